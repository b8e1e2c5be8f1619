import type { InstrumentDefinitionInput } from './definition-shape.js';
import { isScorableType, scaleRange, scoredItemIds } from '../scoring/scored-items.js';
import type { LocatedItem, Path, Report } from './rule-support.js';
import { checkSafeScores } from './safe-score-rules.js';

type Scoring = NonNullable<InstrumentDefinitionInput['scoring']>;

/** Scoring must refer to items and scores that exist, and bands must cover every possible total. */
export function checkScoring(
  definition: InstrumentDefinitionInput,
  scoring: Scoring,
  located: Map<string, LocatedItem>,
  idsUnique: boolean,
  report: Report,
): void {
  // While ids, scored items or their scores are broken, the range of a total is
  // unknown, so band coverage is only checked once those errors are fixed.
  let rangeKnown = idsUnique;
  const listed = new Set<string>();
  scoring.items?.forEach((id, index) => {
    const found = located.get(id);
    const repeated = listed.has(id);
    listed.add(id);
    // A repeat would count the item once in the sum but twice in a mean's divisor.
    if (repeated) report(['scoring', 'items', index], `Scored item "${id}" is listed more than once`);
    else if (!found) report(['scoring', 'items', index], `Scored item "${id}" is not in the definition`);
    else if (found.group) report(['scoring', 'items', index], `Scored item "${id}" is inside a repeating group; score it with groupScores`);
    else if (!isScorableType(found.item.type)) report(['scoring', 'items', index], `Scored item "${id}" is ${found.item.type}, which cannot be scored`);
    else return;
    rangeKnown = false;
  });

  const scored = scoredItemIds(definition);
  // Looked up by id for every weight and subscale item: a list's includes would make those checks grow with the square of the form.
  const scoredSet = new Set(scored);
  // Once per id: with duplicate ids (reported above) the same item would be checked twice.
  for (const id of scoredSet) {
    const found = located.get(id);
    if (!found) continue;
    const item = found.item;
    if (item.type === 'single-choice' || item.type === 'multiple-choice') {
      item.options.forEach((option, o) => {
        if (option.score !== undefined) return;
        rangeKnown = false;
        report([...found.path, 'options', o, 'score'], `Option "${option.code}" needs a score because item "${id}" is scored`);
      });
    } else if (item.type === 'yes-no' && !item.scores) {
      rangeKnown = false;
      report([...found.path, 'scores'], `Item "${id}" is scored, so give scores for yes and no`);
    }
  }

  Object.keys(scoring.weights ?? {}).forEach((id) => {
    if (!scoredSet.has(id)) report(['scoring', 'weights', id], `Weight for "${id}", which is not a scored item`);
  });

  const scaleIds = new Set(['total']);
  scoring.alternativeScales?.forEach((scale, index) => {
    if (scaleIds.has(scale.id)) report(['scoring', 'alternativeScales', index, 'id'], `Scale id "${scale.id}" is used more than once or is reserved`);
    scaleIds.add(scale.id);
  });

  if (scoring.missing?.rule === 'prorate' && scoring.missing.maxMissing >= scored.length) {
    report(
      ['scoring', 'missing', 'maxMissing'],
      `maxMissing must be less than the ${scored.length} scored items, or nothing would be left to prorate from`,
    );
  }

  // A direction without a total would be copied into records that can never be compared by it.
  if (scoring.method === 'none' && scoring.betterWhen !== undefined) {
    report(['scoring', 'betterWhen'], 'A definition without a total (method "none") cannot say which way its total improves');
  }

  checkNamedScores(scoring, scoredSet, located, report);
  checkSafeScores(scoring, scored, located, report);
  checkBandSets(definition, scoring, scaleIds, rangeKnown && scored.length > 0, fractionalScore(scoring, scored, located), report);
}

function checkNamedScores(scoring: Scoring, scored: ReadonlySet<string>, located: Map<string, LocatedItem>, report: Report): void {
  const scoreIds = new Set(['total']);
  const claim = (id: string, path: Path) => {
    if (scoreIds.has(id)) report(path, `Score id "${id}" is used more than once or is reserved`);
    scoreIds.add(id);
  };
  scoring.subscales?.forEach((subscale, s) => {
    claim(subscale.id, ['scoring', 'subscales', s, 'id']);
    const listed = new Set<string>();
    subscale.items.forEach((id, i) => {
      const repeated = listed.has(id);
      listed.add(id);
      if (!scored.has(id)) report(['scoring', 'subscales', s, 'items', i], `Subscale item "${id}" is not a scored item`);
      else if (repeated) report(['scoring', 'subscales', s, 'items', i], `Subscale item "${id}" is listed more than once`);
    });
  });
  scoring.groupScores?.forEach((groupScore, g) => {
    claim(groupScore.id, ['scoring', 'groupScores', g, 'id']);
    const group = located.get(groupScore.group);
    if (group?.item.type !== 'group') return report(['scoring', 'groupScores', g, 'group'], `"${groupScore.group}" is not a repeating group`);
    const child = group.item.items.find((item) => item.id === groupScore.item);
    if (!child) report(['scoring', 'groupScores', g, 'item'], `Group "${groupScore.group}" has no item "${groupScore.item}"`);
    else if (!isScorableType(child.type)) report(['scoring', 'groupScores', g, 'item'], `Item "${child.id}" is ${child.type}, which cannot be scored`);
  });
  // A difference may use only scores defined before it, so differences never loop.
  scoring.differences?.forEach((difference, d) => {
    for (const end of ['from', 'to'] as const) {
      if (!scoreIds.has(difference[end])) report(['scoring', 'differences', d, end], `Score "${difference[end]}" is not defined before this difference`);
    }
    claim(difference.id, ['scoring', 'differences', d, 'id']);
  });
  scoring.thresholds?.forEach((threshold, t) => {
    const score = threshold.score ?? 'total';
    if (!scoreIds.has(score)) report(['scoring', 'thresholds', t, 'score'], `Threshold refers to score "${score}", which is not defined`);
  });
}

/**
 * The first scored item that can give a fraction (a decimal or duration, a
 * fractional option score or weight), which would fall between whole-number bands.
 */
function fractionalScore(scoring: Scoring, scored: string[], located: Map<string, LocatedItem>): string | undefined {
  return scored.find((id) => {
    const item = located.get(id)?.item;
    if (!item) return false;
    if (!Number.isInteger(scoring.weights?.[id] ?? 1)) return true;
    if (item.type === 'decimal' || item.type === 'duration') return true;
    if ('options' in item) return item.options.some((option) => option.score !== undefined && !Number.isInteger(option.score));
    return item.type === 'yes-no' && item.scores !== undefined && !(Number.isInteger(item.scores.yes) && Number.isInteger(item.scores.no));
  });
}

function checkBandSets(
  definition: InstrumentDefinitionInput,
  scoring: Scoring,
  scaleIds: Set<string>,
  rangeKnown: boolean,
  fractional: string | undefined,
  report: Report,
): void {
  const bandSetIds = new Set<string>();
  const ranges = new Map<string, { min: number; max: number } | null>();
  scoring.bandSets?.forEach((bandSet, index) => {
    const path: Path = ['scoring', 'bandSets', index];
    if (bandSetIds.has(bandSet.id)) report([...path, 'id'], `Band set id "${bandSet.id}" is used more than once`);
    bandSetIds.add(bandSet.id);
    const scaleId = bandSet.scale ?? 'total';
    if (!scaleIds.has(scaleId)) return report([...path, 'scale'], `Band set "${bandSet.id}" refers to scale "${scaleId}", which is not defined`);
    if (scoring.method === 'none') return report(path, 'A definition without a total (method "none") cannot have band sets');
    if (scoring.method === 'mean') return report(path, 'Band sets need whole-number totals, so method must be "sum"');
    if (fractional) return report(path, `Band sets need whole-number totals, but "${fractional}" can score a fraction`);
    const multiplier = scoring.alternativeScales?.find((scale) => scale.id === scaleId)?.multiplier ?? 1;
    if (!Number.isInteger(multiplier)) return report([...path, 'scale'], `Band sets need whole-number totals, but scale "${scaleId}" multiplies by ${multiplier}`);
    if (!rangeKnown) return;
    // Each scale's range once: it walks every item, and band sets can be many.
    if (!ranges.has(scaleId)) ranges.set(scaleId, scaleRange(definition, scaleId));
    const range = ranges.get(scaleId);
    if (!range) return report(path, 'Band sets need every scored number question to have a min and a max');
    checkBandCoverage(bandSet.bands, range, path, report);
  });
  if (scoring.defaultBandSet !== undefined && !bandSetIds.has(scoring.defaultBandSet)) {
    report(['scoring', 'defaultBandSet'], `Default band set "${scoring.defaultBandSet}" is not defined`);
  }
}

function checkBandCoverage(bands: { min: number; max: number }[], range: { min: number; max: number }, path: Path, report: Report): void {
  const ordered = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  let expectedMin = range.min;
  for (const { band, index } of ordered) {
    const bandPath = [...path, 'bands', index];
    if (band.max < band.min) return report(bandPath, `Band ${band.min}–${band.max} ends before it starts`);
    if (band.min > expectedMin) return report(bandPath, `Gap: no band covers ${describeRange(expectedMin, band.min - 1)}`);
    if (band.min < expectedMin) {
      return report(
        bandPath,
        band.min < range.min
          ? `Band ${band.min}–${band.max} starts below the lowest possible total, ${range.min}`
          : `Band ${band.min}–${band.max} overlaps the band before it`,
      );
    }
    expectedMin = band.max + 1;
  }
  const last = ordered[ordered.length - 1];
  if (!last) return;
  if (last.band.max < range.max) report([...path, 'bands'], `Gap: no band covers ${describeRange(last.band.max + 1, range.max)}`);
  else if (last.band.max > range.max) {
    report([...path, 'bands', last.index], `Band ${last.band.min}–${last.band.max} ends above the highest possible total, ${range.max}`);
  }
}

function describeRange(min: number, max: number): string {
  return min === max ? `a total of ${min}` : `totals ${min}–${max}`;
}
