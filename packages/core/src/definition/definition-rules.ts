import type * as z from 'zod/mini';
import type { InstrumentDefinitionInput } from './definition-schema.js';
import { scaleRange, scoredItemIds } from '../scoring/scored-items.js';

type Path = (string | number)[];
type Ctx = z.core.$RefinementCtx<InstrumentDefinitionInput>;
type Scoring = NonNullable<InstrumentDefinitionInput['scoring']>;

/**
 * The rules of a definition that need more than one field. Each failure names
 * the exact path of the offending value, so that a council team writing its
 * own definition is pointed at the line to change.
 */
export function checkDefinitionRules(definition: InstrumentDefinitionInput, ctx: Ctx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  checkUniqueIds(definition, report);
  if (definition.scoring) checkScoring(definition, definition.scoring, report);
}

type Report = (path: Path, message: string) => void;

function checkUniqueIds(definition: InstrumentDefinitionInput, report: Report): void {
  const sectionIds = new Set<string>();
  const itemIds = new Map<string, Path>();
  definition.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      report(['sections', s, 'id'], `Section id "${section.id}" is used more than once`);
    }
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      const path: Path = ['sections', s, 'items', i, 'id'];
      const first = itemIds.get(item.id);
      if (first) {
        report(path, `Item id "${item.id}" is already used at ${formatPath(first)}`);
      } else {
        itemIds.set(item.id, path);
      }
      if (item.type === 'single-choice') {
        const codes = new Set<string>();
        item.options.forEach((option, o) => {
          if (codes.has(option.code)) {
            report(
              ['sections', s, 'items', i, 'options', o, 'code'],
              `Option code "${option.code}" is used more than once in item "${item.id}"`,
            );
          }
          codes.add(option.code);
        });
      }
    });
  });
}

function checkScoring(definition: InstrumentDefinitionInput, scoring: Scoring, report: Report): void {
  const located = locateItems(definition);
  // While scored items or their scores are broken, the range of a total is unknown,
  // so band coverage is only checked once those errors are fixed.
  let rangeUnknown = false;
  scoring.items?.forEach((id, index) => {
    const found = located.get(id);
    if (!found) report(['scoring', 'items', index], `Scored item "${id}" is not in the definition`);
    else if (found.item.type !== 'single-choice') {
      report(['scoring', 'items', index], `Scored item "${id}" must be a single-choice item`);
    } else return;
    rangeUnknown = true;
  });

  for (const id of scoredItemIds(definition)) {
    const found = located.get(id);
    if (found?.item.type !== 'single-choice') continue;
    found.item.options.forEach((option, o) => {
      if (option.score === undefined) {
        rangeUnknown = true;
        report(
          [...found.path, 'options', o, 'score'],
          `Option "${option.code}" needs a score because item "${id}" is scored`,
        );
      }
    });
  }

  const scaleIds = new Set(['total']);
  scoring.alternativeScales?.forEach((scale, index) => {
    if (scaleIds.has(scale.id)) {
      report(['scoring', 'alternativeScales', index, 'id'], `Scale id "${scale.id}" is used more than once or is reserved`);
    }
    scaleIds.add(scale.id);
  });

  const scoredCount = scoredItemIds(definition).length;
  if (scoring.missing?.rule === 'prorate' && scoring.missing.maxMissing >= scoredCount) {
    report(
      ['scoring', 'missing', 'maxMissing'],
      `maxMissing must be less than the ${scoredCount} scored items, or nothing would be left to prorate from`,
    );
  }

  const bandSetIds = new Set<string>();
  scoring.bandSets?.forEach((bandSet, index) => {
    const path: Path = ['scoring', 'bandSets', index];
    if (bandSetIds.has(bandSet.id)) report([...path, 'id'], `Band set id "${bandSet.id}" is used more than once`);
    bandSetIds.add(bandSet.id);
    const scaleId = bandSet.scale ?? 'total';
    if (!scaleIds.has(scaleId)) {
      report([...path, 'scale'], `Band set "${bandSet.id}" refers to scale "${scaleId}", which is not defined`);
      return;
    }
    if (rangeUnknown || scoredCount === 0) return;
    checkBandCoverage(bandSet.bands, scaleRange(definition, scaleId), path, report);
  });

  if (scoring.defaultBandSet !== undefined && !bandSetIds.has(scoring.defaultBandSet)) {
    report(['scoring', 'defaultBandSet'], `Default band set "${scoring.defaultBandSet}" is not defined`);
  }
}

function checkBandCoverage(
  bands: { min: number; max: number }[],
  range: { min: number; max: number },
  path: Path,
  report: Report,
): void {
  const ordered = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  let expectedMin = range.min;
  for (const { band, index } of ordered) {
    const bandPath = [...path, 'bands', index];
    if (band.max < band.min) {
      report(bandPath, `Band ${band.min}–${band.max} ends before it starts`);
      return;
    }
    if (band.min > expectedMin) {
      report(bandPath, `Gap: no band covers ${describeRange(expectedMin, band.min - 1)}`);
      return;
    }
    if (band.min < expectedMin) {
      report(
        bandPath,
        band.min < range.min
          ? `Band ${band.min}–${band.max} starts below the lowest possible total, ${range.min}`
          : `Band ${band.min}–${band.max} overlaps the band before it`,
      );
      return;
    }
    expectedMin = band.max + 1;
  }
  const last = ordered[ordered.length - 1];
  if (!last) return;
  if (last.band.max < range.max) {
    report([...path, 'bands'], `Gap: no band covers ${describeRange(last.band.max + 1, range.max)}`);
  } else if (last.band.max > range.max) {
    report([...path, 'bands', last.index], `Band ${last.band.min}–${last.band.max} ends above the highest possible total, ${range.max}`);
  }
}

function describeRange(min: number, max: number): string {
  return min === max ? `a total of ${min}` : `totals ${min}–${max}`;
}

function locateItems(definition: InstrumentDefinitionInput) {
  const located = new Map<string, { item: InstrumentDefinitionInput['sections'][number]['items'][number]; path: Path }>();
  definition.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      if (!located.has(item.id)) located.set(item.id, { item, path: ['sections', s, 'items', i] });
    }),
  );
  return located;
}

/** `sections[0].items[2].id`: the notation used in every error message. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
