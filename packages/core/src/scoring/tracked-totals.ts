import { indexDefinition } from '../definition/definition-index.js';
import type { VisitItem } from '../conditions/update-hidden-items.js';
import { finiteOrNull, scoreInstrument, subscaleScore, totalsOf, type ScoreOptions, type ScoreParts, type ScoreResult } from './score-instrument.js';
import { scoreIndex } from './score-index.js';
import type { ScoreTracker } from './score-tracker.js';

/*
 * The score of a tracker (score-tracker.ts), from the sums it keeps: a
 * handful of rules, not the items. `visit` is for diagnostics only (tests
 * count the work with it): it is told of each item read.
 */

/** The score now, without the item by item lists (but the sum of the known item scores, and how many are missing): what a running total needs, at a cost that does not grow with the form. */
export function trackedTotals(tracker: ScoreTracker, options: ScoreOptions = {}, visit?: VisitItem): Omit<ScoreResult, 'itemScores' | 'missingItems'> & { sum: number; missing: number } {
  const { definition } = tracker;
  if (!scoreIndex(definition).incremental) {
    const full = scoreInstrument(definition, tracker.answers, options);
    indexDefinition(definition).items.forEach((item) => visit?.(item.id));
    const { itemScores: _itemScores, missingItems: _missingItems, ...totals } = full;
    return { ...totals, sum: Object.values(full.itemScores).reduce<number>((total, score) => total + (score ?? 0), 0), missing: full.missingItems.length };
  }
  const parts = trackedParts(tracker, visit);
  return { ...totalsOf(definition, parts, options), sum: parts.sum, missing: parts.missing };
}

/** The whole score, item by item lists too: one pass over the shown scored items. */
export function trackedScore(tracker: ScoreTracker, options: ScoreOptions = {}): ScoreResult {
  const { definition } = tracker;
  if (!scoreIndex(definition).incremental) return scoreInstrument(definition, tracker.answers, options);
  const { itemScores, missingItems } = itemLists(tracker);
  return { ...totalsOf(definition, trackedParts(tracker), options), itemScores, missingItems };
}

function itemLists(tracker: ScoreTracker, visit?: VisitItem) {
  const itemScores: Record<string, number | null> = {};
  const missingItems: string[] = [];
  for (const id of indexDefinition(tracker.definition).scoredIds) {
    if (!tracker.itemScores.has(id)) continue;
    visit?.(id);
    const score = tracker.itemScores.get(id)!;
    itemScores[id] = score;
    if (score === null) missingItems.push(id);
  }
  return { itemScores, missingItems };
}

function trackedParts(tracker: ScoreTracker, visit?: VisitItem): ScoreParts {
  const scoring = tracker.definition.scoring;
  const scored = tracker.itemScores.size;
  const known = tracker.sum.count;
  // Scores that are not whole numbers, or whose sum may pass 2^53 (see ExactSum): added up again in the order
  // `scoreInstrument` adds them, as floating point sums depend on their order. This is the known limit: while
  // it holds, the work per answer grows with the shown scored items (assessment-answer-cost.test.ts counts it).
  const sum = tracker.sum.value() ?? Object.values(itemLists(tracker, visit).itemScores).reduce<number>((total, score) => total + (score ?? 0), 0);
  const subscales = (scoring?.subscales ?? []).map((subscale, at) => {
    const sums = tracker.subscaleSums[at]!;
    if (sums.count + tracker.subscaleMissing[at]! === 0 || tracker.subscaleMissing[at]! > 0) return null;
    const whole = sums.value();
    if (whole === null) {
      // The same limit, for the subscale's items.
      subscale.items.forEach((id) => visit?.(id));
      return subscaleScore(subscale, Object.fromEntries(tracker.itemScores));
    }
    return finiteOrNull(subscale.method === 'mean' ? whole / sums.count : whole);
  });
  const firstMet = tracker.rulesMet.indexOf(true);
  return {
    sum,
    known,
    scored,
    missing: scored - known,
    refusal: firstMet < 0 ? null : scoring!.noTotalWhen[firstMet]!,
    subscales,
    groupScores: [...tracker.groupScores],
  };
}
