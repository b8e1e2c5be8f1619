import type { InstrumentDefinitionInput } from './definition-shape.js';
import { itemScoreRange } from '../scoring/scored-items.js';
import type { InputItem, InputQuestion, LocatedItem, Path, Report } from './rule-support.js';

type Scoring = NonNullable<InstrumentDefinitionInput['scoring']>;

/** The lowest and highest value a score can take; 0 is always among them, as a sum of no answers. */
interface Extent {
  low: number;
  high: number;
}

const safe = Number.MAX_SAFE_INTEGER;
const outside = (value: number) => !(Math.abs(value) <= safe);
const tooLarge = (extent: Extent) => outside(extent.low) || outside(extent.high);
const beyond = (extent: Extent) => (outside(extent.high) ? extent.high : extent.low);
const message = (what: string, extent: Extent) => `${what} ${beyond(extent)}, beyond the safe range of numbers (±${safe})`;

/**
 * Scores must stay exact: a sum past Number.MAX_SAFE_INTEGER loses units, and
 * one past the largest number becomes Infinity, which no record can hold, so
 * "Complete assessment" would fail. Each score is bounded as the scorer
 * computes it: item scores times their weights, summed over any set of
 * answered items (the running score, subscales), prorated up to every item,
 * multiplied by a scale, summed over a repeating group's entries, subtracted
 * in a difference. A number question without a min or a max is bounded only
 * by its answers, so the scores it feeds are not checked here.
 */
export function checkSafeScores(scoring: Scoring, scored: readonly string[], located: Map<string, LocatedItem>, report: Report): void {
  const items = itemExtents(scoring, scored, located, report);
  const extents = new Map<string, Extent | null>();
  extents.set('total', totalExtent(scoring, scored, items, report));
  scoring.alternativeScales?.forEach((scale, index) => {
    const total = extents.get('total');
    if (!total) return;
    const extent = { low: total.low * scale.multiplier, high: total.high * scale.multiplier };
    if (tooLarge(extent)) report(['scoring', 'alternativeScales', index, 'multiplier'], message(`Scale "${scale.id}" can reach`, extent));
  });
  scoring.subscales?.forEach((subscale, index) => {
    extents.set(subscale.id, checked(sumOf(subscale.items, items), ['scoring', 'subscales', index], `Score "${subscale.id}" can reach`, report));
  });
  scoring.groupScores?.forEach((groupScore, index) => {
    const extent = groupScoreExtent(groupScore, located);
    extents.set(groupScore.id, checked(extent, ['scoring', 'groupScores', index], `Score "${groupScore.id}" can reach`, report));
  });
  scoring.differences?.forEach((difference, index) => {
    const from = extents.get(difference.from);
    const to = extents.get(difference.to);
    const extent = from && to ? { low: to.low - from.high, high: to.high - from.low } : null;
    extents.set(difference.id, checked(extent, ['scoring', 'differences', index], `Score "${difference.id}" can reach`, report));
  });
}

/** The extent of a score, or null when it is unknown or reported here (so nothing built on it is reported again). */
function checked(extent: Extent | null, path: Path, what: string, report: Report): Extent | null {
  if (!extent || !tooLarge(extent)) return extent;
  report(path, message(what, extent));
  return null;
}

/**
 * Each scored item's weighted score, by id: null when it is unbounded (a
 * number question without min or max) or out of range itself, which is
 * reported where it is set: an option, yes/no scores, min or max, or the weight.
 */
function itemExtents(scoring: Scoring, scored: readonly string[], located: Map<string, LocatedItem>, report: Report): Map<string, Extent | null> {
  const weights = scoring.weights ?? {};
  const extents = new Map<string, Extent | null>();
  for (const id of new Set(scored)) {
    const found = located.get(id);
    const range = found && !found.group ? itemScoreRange(found.item) : null;
    if (!found || !range) {
      extents.set(id, null);
      continue;
    }
    // Own keys only: a weight is never read from Object.prototype.
    const weight = Object.hasOwn(weights, id) ? (weights[id] ?? 1) : 1;
    const own = { low: range.min, high: range.max };
    const weighted = { low: range.min * weight, high: range.max * weight };
    if (!tooLarge(weighted)) {
      extents.set(id, weighted);
      continue;
    }
    report(tooLarge(own) ? fieldOf(found.item, found.path, beyond(own)) : ['scoring', 'weights', id], message(`Item "${id}" can score`, weighted));
    extents.set(id, null);
  }
  return extents;
}

/** The field that sets an item's out-of-range score. */
function fieldOf(item: InputItem | InputQuestion, path: Path, value: number): Path {
  if ('options' in item) {
    const index = item.options.findIndex((option) => option.score !== undefined && outside(option.score));
    return index >= 0 ? [...path, 'options', index, 'score'] : [...path, 'options'];
  }
  if (item.type === 'yes-no') return [...path, 'scores'];
  return [...path, value < 0 ? 'min' : 'max'];
}

/** Any of these items may be unanswered or hidden, so their sum runs from every negative score to every positive one. */
function sumOf(ids: readonly string[], items: Map<string, Extent | null>): Extent | null {
  const extent = { low: 0, high: 0 };
  for (const id of new Set(ids)) {
    const range = items.get(id);
    if (!range) return null;
    extent.low += Math.min(range.low, 0);
    extent.high += Math.max(range.high, 0);
  }
  return extent;
}

function totalExtent(scoring: Scoring, scored: readonly string[], items: Map<string, Extent | null>, report: Report): Extent | null {
  if (scoring.method === 'none') return null;
  const sum = sumOf(scored, items);
  if (!sum) return null;
  let extent = sum;
  if (scoring.missing?.rule === 'prorate') {
    // A prorated total is the mean of the answered items times the number of
    // items, so one item's extreme score can stand for every item.
    let lowest = 0;
    let highest = 0;
    for (const range of items.values()) {
      lowest = Math.min(lowest, range!.low);
      highest = Math.max(highest, range!.high);
    }
    extent = { low: Math.min(sum.low, items.size * lowest), high: Math.max(sum.high, items.size * highest) };
  }
  return checked(extent, ['scoring'], 'The total can reach', report);
}

/**
 * One question summed over a repeating group's entries (a mean adds them up
 * first). Without maxEntries the definition sets no limit on the number of
 * entries, so only one entry's score is checked.
 */
function groupScoreExtent(groupScore: { group: string; item: string }, located: Map<string, LocatedItem>): Extent | null {
  const group = located.get(groupScore.group)?.item;
  if (group?.type !== 'group') return null;
  const child = group.items.find((item) => item.id === groupScore.item);
  const range = child ? itemScoreRange(child) : null;
  if (!range) return null;
  const entries = group.maxEntries ?? 1;
  return { low: entries * Math.min(range.min, 0), high: entries * Math.max(range.max, 0) };
}
