import type { InstrumentDefinitionInput } from './definition-shape.js';
import type { InputItem, InputQuestion, Path, Report } from './rule-support.js';

/**
 * Limits that leave a question no answer it could accept: a number question
 * whose `min` is above its `max` (or whose range holds no number with the
 * decimal places allowed), a multiple-choice question that asks for more
 * choices than it may take or has, a repeating group that needs more entries
 * than it allows. Every item is checked, group members and repeated ids included.
 */
export function checkRanges(definition: InstrumentDefinitionInput, report: Report): void {
  definition.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      const path: Path = ['sections', s, 'items', i];
      checkItem(item, path, report);
      if (item.type === 'group') item.items.forEach((child, c) => checkItem(child, [...path, 'items', c], report));
    }),
  );
}

function checkItem(item: InputItem | InputQuestion, path: Path, report: Report): void {
  switch (item.type) {
    case 'integer':
    case 'decimal':
    case 'duration':
    case 'measurement':
      return checkNumberRange(item, path, report);
    case 'multiple-choice':
      if (item.minSelected !== undefined && item.maxSelected !== undefined && item.minSelected > item.maxSelected) {
        report([...path, 'minSelected'], `minSelected (${item.minSelected}) must not be above maxSelected (${item.maxSelected})`);
      } else if (item.minSelected !== undefined && item.minSelected > item.options.length) {
        report([...path, 'minSelected'], `minSelected (${item.minSelected}) is more than the ${item.options.length} options`);
      }
      return;
    case 'group':
      if (item.maxEntries !== undefined && (item.minEntries ?? 0) > item.maxEntries) {
        report([...path, 'minEntries'], `minEntries (${item.minEntries}) must not be above maxEntries (${item.maxEntries})`);
      }
      return;
    default:
      return;
  }
}

type NumberQuestion = Extract<InputQuestion, { type: 'integer' | 'decimal' | 'duration' | 'measurement' }>;

function checkNumberRange(item: NumberQuestion, path: Path, report: Report): void {
  // A duration is never negative, whatever its definition says (validate-answers.ts).
  const min = item.min ?? (item.type === 'duration' ? 0 : undefined);
  const max = item.max;
  if (min === undefined || max === undefined) return;
  if (min > max) {
    const message =
      item.type === 'measurement'
        ? `The largest measurement (max ${max}) must not be below the smallest (min ${min})`
        : `The largest answer (max ${max}) must not be below the smallest (min ${min})`;
    return report([...path, 'max'], message);
  }
  const places = item.type === 'integer' ? 0 : item.decimalPlaces;
  if (places === undefined || hasNumberBetween(min, max, places)) return;
  report(
    [...path, 'max'],
    places === 0
      ? `No whole number lies between min ${min} and max ${max}`
      : `No number with ${places} decimal place${places === 1 ? '' : 's'} or fewer lies between min ${min} and max ${max}`,
  );
}

/** Whether some number of at most `places` decimal places lies in [min, max], compared as validation compares answers. */
function hasNumberBetween(min: number, max: number, places: number): boolean {
  const scale = 10 ** places;
  const steps = Math.ceil(min * scale);
  // Beyond the safe integers every number is a whole number: there is always one to give.
  if (!Number.isSafeInteger(steps)) return true;
  // min × scale can land a hair above a whole number (0.7 × 10 = 7.000000000000001): try the step below first.
  const smallest = (steps - 1) / scale >= min ? (steps - 1) / scale : steps / scale;
  return smallest <= max;
}
