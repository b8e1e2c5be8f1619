import {
  dependantsIndex,
  enabledItemIds,
  hiddenItemIds,
  indexDefinition,
  trackScore,
  trackedTotals,
  updateHiddenItems,
  updateScore,
  type Answer,
  type InstrumentDefinition,
  type ScoreTracker,
  type VisitItem,
} from '@otforms/core';
import { changesSince } from './answer-lineage.js';
import { flatAnswers, heldAnswer, holdsAnswer, type HeldAnswers } from './held-answers.js';
import { ShownItems } from './shown-items.js';
import { countedVisit } from './work-diagnostics.js';

/**
 * What an answering page needs after each answer, worked out from what was
 * worked out for the answers before (`answer-lineage`): only the changed
 * item's dependants are evaluated again and only the touched items rescored,
 * so the work per answer does not grow with the form. Anything that cannot
 * be traced back (a resumed draft, a definition whose conditions loop) is
 * worked out in full, which gives the same results.
 */
export interface AnswersView {
  /** Exactly `enabledItemIds` of these answers, as a read-only set (a view: never changed, and never to be). */
  shown: ReadonlySet<string>;
  /** Sum of the shown scored items' scores so far, and how many have no score yet. */
  sum: number;
  missing: number;
}

/** The mutable state one tracker keeps, sitting at one answers object. */
interface Tracker {
  /** The answers it sits at now. */
  at: HeldAnswers;
  /**
   * The same answers as one plain object, kept up with them answer by answer, as core's visibility and score
   * functions read them: the held answers are bucketed, and flattening them per answer would cost the form.
   * Without a prototype, so an id "__proto__" is an answer like any other. Never handed out.
   */
  flat: Record<string, Answer>;
  hidden: Set<string>;
  /** The hidden set as last handed out: copied only when visibility changes, so views never see it change. */
  handedOut: ReadonlySet<string>;
  score: ScoreTracker;
}

const trackers = new WeakMap<InstrumentDefinition, WeakMap<HeldAnswers, Tracker>>();
const views = new WeakMap<InstrumentDefinition, WeakMap<HeldAnswers, AnswersView>>();

const perDefinition = <T>(maps: WeakMap<InstrumentDefinition, WeakMap<HeldAnswers, T>>, definition: InstrumentDefinition) => {
  let map = maps.get(definition);
  if (!map) maps.set(definition, (map = new WeakMap()));
  return map;
};

/**
 * The view of `answers`, made once per answers object: `answers` must never
 * be changed in place afterwards (the machine never does; each event makes
 * a new object). A count under way (`countingVisits`) hears of every item
 * whose rules are evaluated to make it, none when it was made before.
 */
export function answersView(definition: InstrumentDefinition, answers: HeldAnswers): AnswersView {
  const made = perDefinition(views, definition);
  const known = made.get(answers);
  if (known) return known;
  const visit = countedVisit();
  const view = dependantsIndex(definition).incremental ? trackedView(definition, answers, visit) : fullView(definition, answers, visit);
  made.set(answers, view);
  return view;
}

function trackedView(definition: InstrumentDefinition, answers: HeldAnswers, visit?: VisitItem): AnswersView {
  const sitting = perDefinition(trackers, definition);
  // A tracker is found only where it sits now: one moved on from some answers is no longer theirs.
  const traced = changesSince(answers, (earlier) => {
    const candidate = sitting.get(earlier);
    return candidate?.at === earlier ? candidate : undefined;
  });
  let tracker: Tracker;
  if (traced) {
    tracker = traced.earlier;
    // The tracker moves on: the earlier answers keep their view, but no longer a tracker.
    sitting.delete(tracker.at);
    tracker.at = answers;
    sitting.set(answers, tracker);
    for (const itemId of traced.changed) {
      if (holdsAnswer(answers, itemId)) tracker.flat[itemId] = heldAnswer(answers, itemId)!;
      else delete tracker.flat[itemId];
    }
    const flipped = updateHiddenItems(definition, tracker.hidden, tracker.flat, traced.changed, visit);
    if (flipped.length) tracker.handedOut = new Set(tracker.hidden);
    updateScore(tracker.score, tracker.flat, tracker.hidden, [...traced.changed, ...flipped], visit);
  } else {
    indexDefinition(definition).items.forEach((item) => visit?.(item.id));
    // A copy of its own: the tracker changes it as the answers move on. Assigned into an object without a
    // prototype, a key "__proto__" is a key.
    const flat: Record<string, Answer> = Object.assign(Object.create(null) as Record<string, Answer>, flatAnswers(answers));
    const hidden = hiddenItemIds(definition, flat);
    tracker = { at: answers, flat, hidden, handedOut: new Set(hidden), score: trackScore(definition, flat, hidden) };
    sitting.set(answers, tracker);
  }
  const { sum, missing } = trackedTotals(tracker.score, {}, visit);
  return { shown: new ShownItems(definition, tracker.handedOut), sum, missing };
}

function fullView(definition: InstrumentDefinition, held: HeldAnswers, visit?: VisitItem): AnswersView {
  indexDefinition(definition).items.forEach((item) => visit?.(item.id));
  const answers = flatAnswers(held);
  const hidden = hiddenItemIds(definition, answers);
  const { sum, missing } = trackedTotals(trackScore(definition, answers, hidden), {}, visit);
  return { shown: enabledItemIds(definition, answers), sum, missing };
}
