import type { InstrumentDefinition } from '../definition/definition-schema.js';
import type { Answers } from '../answers/answers.js';
import { areConditionsMet } from '../conditions/enable-when.js';
import { dependantsIndex } from '../conditions/dependants-index.js';
import type { VisitItem } from '../conditions/update-hidden-items.js';
import { indexDefinition } from '../definition/definition-index.js';
import { ExactSum } from './exact-sum.js';
import {
  finiteOrNull,
  groupScoreValue,
  scoreInstrument,
  subscaleScore,
  totalsOf,
  weightedItemScore,
  type ScoreOptions,
  type ScoreParts,
  type ScoreResult,
} from './score-instrument.js';

/**
 * A score kept up answer by answer: after a change only the changed items'
 * contributions, and the rules that read them (subscales, group scores,
 * `noTotalWhen`), are worked out again. What it gives is exactly what
 * `scoreInstrument` gives for the same answers. Totals, bands, scales,
 * differences and thresholds are a handful of rules and are derived afresh.
 * Falls back to scoring in full (each time) for a definition whose
 * conditions loop or whose scored ids repeat, and adds sums up again in
 * order while any score is not a whole number (see `ExactSum`).
 */
export interface ScoreTracker {
  readonly definition: InstrumentDefinition;
  /** Each shown scored item's score; hidden ones are absent. */
  readonly itemScores: Map<string, number | null>;
  readonly sum: ExactSum;
  readonly subscaleSums: ExactSum[];
  /** Missing shown items per subscale (counting repeats). */
  readonly subscaleMissing: number[];
  readonly groupScores: (number | null)[];
  readonly rulesMet: boolean[];
  answers: Answers;
  hidden: ReadonlySet<string>;
}

interface ScoreIndex {
  incremental: boolean;
  scored: ReadonlySet<string>;
  /** Subscale positions of each item, once per mention. */
  subscalesOf: ReadonlyMap<string, number[]>;
  groupScoresOf: ReadonlyMap<string, number[]>;
  rulesReading: ReadonlyMap<string, number[]>;
}

const indexes = new WeakMap<InstrumentDefinition, ScoreIndex>();

function scoreIndex(definition: InstrumentDefinition): ScoreIndex {
  let index = indexes.get(definition);
  if (index) return index;
  const { scoredIds } = indexDefinition(definition);
  const scoring = definition.scoring;
  const listed = (lists: Map<string, number[]>, id: string, at: number) => {
    const list = lists.get(id);
    if (list) list.push(at);
    else lists.set(id, [at]);
  };
  const subscalesOf = new Map<string, number[]>();
  scoring?.subscales.forEach((subscale, at) => subscale.items.forEach((id) => listed(subscalesOf, id, at)));
  const groupScoresOf = new Map<string, number[]>();
  scoring?.groupScores.forEach((groupScore, at) => listed(groupScoresOf, groupScore.group, at));
  const rulesReading = new Map<string, number[]>();
  scoring?.noTotalWhen.forEach((rule, at) => new Set(rule.enableWhen.map((condition) => condition.item)).forEach((id) => listed(rulesReading, id, at)));
  const scored = new Set(scoredIds);
  index = { incremental: dependantsIndex(definition).incremental && scored.size === scoredIds.length, scored, subscalesOf, groupScoresOf, rulesReading };
  indexes.set(definition, index);
  return index;
}

/** What the score reads of one item: its answer when it is a shown item, else nothing (as `effectiveAnswers` leaves it). */
const shownAnswer = (tracker: Pick<ScoreTracker, 'definition' | 'answers' | 'hidden'>, id: string) =>
  indexDefinition(tracker.definition).itemsById.has(id) && !tracker.hidden.has(id) ? tracker.answers[id] : undefined;

/** A tracker for these answers, built in full; `hidden` is `hiddenItemIds` of the same answers. */
export function trackScore(definition: InstrumentDefinition, answers: Answers, hidden: ReadonlySet<string>, visit?: VisitItem): ScoreTracker {
  const scoring = definition.scoring;
  const tracker: ScoreTracker = {
    definition,
    itemScores: new Map(),
    sum: new ExactSum(),
    subscaleSums: (scoring?.subscales ?? []).map(() => new ExactSum()),
    subscaleMissing: (scoring?.subscales ?? []).map(() => 0),
    groupScores: (scoring?.groupScores ?? []).map(() => null),
    rulesMet: (scoring?.noTotalWhen ?? []).map(() => false),
    answers,
    hidden,
  };
  if (!scoreIndex(definition).incremental) return tracker;
  updateScore(tracker, answers, hidden, indexDefinition(definition).items.map((item) => item.id), visit);
  // A rule may read only ids that are no item (never touched above): each is read once here.
  scoring?.noTotalWhen.forEach((rule, at) => {
    tracker.rulesMet[at] = areConditionsMet(rule.enableWhen, rule.enableBehavior, (read) => shownAnswer(tracker, read));
  });
  return tracker;
}

/**
 * Brings the tracker to `answers` and `hidden`, which differ from what it
 * holds only at `touchedIds`: items whose answer changed, or whose
 * visibility did (`updateHiddenItems` returns those).
 */
export function updateScore(tracker: ScoreTracker, answers: Answers, hidden: ReadonlySet<string>, touchedIds: Iterable<string>, visit?: VisitItem): void {
  tracker.answers = answers;
  tracker.hidden = hidden;
  const index = scoreIndex(tracker.definition);
  if (!index.incremental) return;
  const scoring = tracker.definition.scoring;
  for (const id of new Set(touchedIds)) {
    visit?.(id);
    if (index.scored.has(id)) rescoreItem(tracker, index, id);
    for (const at of index.groupScoresOf.get(id) ?? []) tracker.groupScores[at] = groupScoreValue(tracker.definition, scoring!.groupScores[at]!, shownAnswer(tracker, id));
    for (const at of index.rulesReading.get(id) ?? []) {
      const rule = scoring!.noTotalWhen[at]!;
      tracker.rulesMet[at] = areConditionsMet(rule.enableWhen, rule.enableBehavior, (read) => shownAnswer(tracker, read));
    }
  }
}

function rescoreItem(tracker: ScoreTracker, index: ScoreIndex, id: string): void {
  const shown = indexDefinition(tracker.definition).itemsById.has(id) && !tracker.hidden.has(id);
  const mentions = index.subscalesOf.get(id) ?? [];
  if (tracker.itemScores.has(id)) {
    const old = tracker.itemScores.get(id)!;
    tracker.itemScores.delete(id);
    if (old !== null) tracker.sum.remove(old);
    for (const at of mentions) {
      if (old === null) tracker.subscaleMissing[at]!--;
      else tracker.subscaleSums[at]!.remove(old);
    }
  }
  if (!shown) return;
  const score = weightedItemScore(tracker.definition, id, tracker.answers[id]);
  tracker.itemScores.set(id, score);
  if (score !== null) tracker.sum.add(score);
  for (const at of mentions) {
    if (score === null) tracker.subscaleMissing[at]!++;
    else tracker.subscaleSums[at]!.add(score);
  }
}

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
  // Scores that are not whole numbers: added up again in the order `scoreInstrument` adds them.
  const sum = tracker.sum.value() ?? Object.values(itemLists(tracker, visit).itemScores).reduce<number>((total, score) => total + (score ?? 0), 0);
  const subscales = (scoring?.subscales ?? []).map((subscale, at) => {
    const sums = tracker.subscaleSums[at]!;
    if (sums.count + tracker.subscaleMissing[at]! === 0 || tracker.subscaleMissing[at]! > 0) return null;
    const whole = sums.value();
    if (whole === null) {
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
