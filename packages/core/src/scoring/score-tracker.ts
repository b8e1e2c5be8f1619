import type { InstrumentDefinition } from '../definition/definition-schema.js';
import type { Answers } from '../answers/answers.js';
import { areConditionsMet } from '../conditions/enable-when.js';
import type { VisitItem } from '../conditions/update-hidden-items.js';
import { indexDefinition } from '../definition/definition-index.js';
import { ExactSum } from './exact-sum.js';
import { groupScoreValue, weightedItemScore } from './score-instrument.js';
import { scoreIndex, type ScoreIndex } from './score-index.js';

/**
 * A score kept up answer by answer: after a change only the changed items'
 * contributions, and the rules that read them (subscales, group scores,
 * `noTotalWhen`), are worked out again. What it gives is exactly what
 * `scoreInstrument` gives for the same answers. Totals, bands, scales,
 * differences and thresholds are a handful of rules and are derived afresh.
 * Falls back to scoring in full (each time) for a definition whose
 * conditions loop or whose scored ids repeat, and adds sums up again in
 * order while any score is not a whole number or the scores pass 2^53
 * (see `ExactSum`): then the work per answer grows with the form. Totals
 * are in tracked-totals.ts; `visit`, on these functions, is for diagnostics
 * only (tests count the work with it), told of each item rescored.
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

