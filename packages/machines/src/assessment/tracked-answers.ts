import {
  dependantsIndex,
  enabledItemIds,
  hiddenItemIds,
  indexDefinition,
  trackScore,
  trackedTotals,
  updateHiddenItems,
  updateScore,
  type Answers,
  type InstrumentDefinition,
  type ScoreTracker,
  type VisitItem,
} from '@otforms/core';
import { changesSince } from './answer-lineage.js';
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
  at: Answers;
  hidden: Set<string>;
  /** The hidden set as last handed out: copied only when visibility changes, so views never see it change. */
  handedOut: ReadonlySet<string>;
  score: ScoreTracker;
}

const trackers = new WeakMap<InstrumentDefinition, WeakMap<Answers, Tracker>>();
const views = new WeakMap<InstrumentDefinition, WeakMap<Answers, AnswersView>>();

const perDefinition = <T>(maps: WeakMap<InstrumentDefinition, WeakMap<Answers, T>>, definition: InstrumentDefinition) => {
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
export function answersView(definition: InstrumentDefinition, answers: Answers): AnswersView {
  const made = perDefinition(views, definition);
  const known = made.get(answers);
  if (known) return known;
  const visit = countedVisit();
  const view = dependantsIndex(definition).incremental ? trackedView(definition, answers, visit) : fullView(definition, answers, visit);
  made.set(answers, view);
  return view;
}

function trackedView(definition: InstrumentDefinition, answers: Answers, visit?: VisitItem): AnswersView {
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
    const flipped = updateHiddenItems(definition, tracker.hidden, answers, traced.changed, visit);
    if (flipped.length) tracker.handedOut = new Set(tracker.hidden);
    updateScore(tracker.score, answers, tracker.hidden, [...traced.changed, ...flipped], visit);
  } else {
    indexDefinition(definition).items.forEach((item) => visit?.(item.id));
    const hidden = hiddenItemIds(definition, answers);
    tracker = { at: answers, hidden, handedOut: new Set(hidden), score: trackScore(definition, answers, hidden) };
    sitting.set(answers, tracker);
  }
  const { sum, missing } = trackedTotals(tracker.score, {}, visit);
  return { shown: new ShownItems(definition, tracker.handedOut), sum, missing };
}

function fullView(definition: InstrumentDefinition, answers: Answers, visit?: VisitItem): AnswersView {
  indexDefinition(definition).items.forEach((item) => visit?.(item.id));
  const hidden = hiddenItemIds(definition, answers);
  const { sum, missing } = trackedTotals(trackScore(definition, answers, hidden), {}, visit);
  return { shown: enabledItemIds(definition, answers), sum, missing };
}
