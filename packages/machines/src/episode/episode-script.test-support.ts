import { createActor, type Actor } from 'xstate';
import { parseDefinition, type Answers, type InstrumentDefinition } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import type { EpisodeList, EpisodeRows } from './episode-draft.js';
import { createEpisodeMachine, type EpisodeMachine } from './episode-machine.js';
import type { EpisodeEvent, EpisodeInput, RowEvent } from './episode-types.js';

/**
 * A whole episode as the events a person's actions send, step by step, for
 * the tests: the episode's own events, and events for its current child
 * (the assessment or the goal plan), which a view sends to the child.
 */
export type ScriptStep = { to: 'episode'; event: EpisodeEvent } | { to: 'assessment'; event: object } | { to: 'goalPlan'; event: object };

export const barthel = parseDefinition(barthelDefinition);
export const input: EpisodeInput = { startedAt: '2026-11-02T09:00:00.000Z', subjectReference: 'Patient/ada-example', assessor: { role: 'Occupational therapist' } };

export const episode = (event: EpisodeEvent): ScriptStep => ({ to: 'episode', event });
export const field = (name: Extract<EpisodeEvent, { type: 'SET_FIELD' }>['field'], value: string) => episode({ type: 'SET_FIELD', field: name, value });
export const row = <List extends EpisodeList>(list: List, index: number, name: EpisodeRows[List], value: string) =>
  episode({ type: 'SET_ROW', list, index, field: name, value } as RowEvent);
/**
 * One OPEN_TASK step to spread into the chains below. The scripted tasks make
 * their own, because the machine's tests find a task in `wholeEpisode` by
 * the identity of its first step.
 */
export const openTask = episode({ type: 'OPEN_TASK' });

export function assessmentSteps(answers: Answers, day: string, recordId: string): ScriptStep[] {
  // Answered at a set time, as the element stamps them, so two runs of a script give the same record, audit and all.
  const at = `${day}T10:00:00.000Z`;
  const answerAll = Object.entries(answers).map(([itemId, input]): ScriptStep => ({ to: 'assessment', event: { type: 'ANSWER', itemId, input, at } }));
  // Barthel has one section per page in otforms' definition; CONTINUE until the review, then submit.
  const continues = barthel.sections.map((): ScriptStep => ({ to: 'assessment', event: { type: 'CONTINUE' } }));
  return [...answerAll, ...continues, { to: 'assessment', event: { type: 'SUBMIT', completedAt: `${day}T11:00:00.000Z`, recordId } }];
}

export const baselineAnswers: Answers = {
  bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help',
  feeding: 'independent', transfers: 'minor-help', mobility: 'walks-with-help', dressing: 'needs-help',
  stairs: 'unable', bathing: 'dependent',
};
export const dischargeAnswers: Answers = { ...baselineAnswers, bladder: 'continent', toiletUse: 'independent', transfers: 'independent', mobility: 'independent', dressing: 'independent' };

export const referralSteps: ScriptStep[] = [
  episode({ type: 'OPEN_TASK' }),
  field('request.date', '2026-11-02'),
  field('request.routeOfAccess', 'Discharge from Hospital'),
  field('request.hospitalDischargeDate', '2026-11-03'),
  field('request.dischargePathway', '1'),
  field('startedOn', '2026-11-04'),
  field('hoursAtStart', '10.5'),
  episode({ type: 'CONTINUE', at: '2026-11-04T10:00:00.000Z' }),
];

export const goalSteps: ScriptStep[] = [
  episode({ type: 'OPEN_TASK' }),
  { to: 'goalPlan', event: { type: 'ADD_GOAL', goalId: 'shower' } },
  { to: 'goalPlan', event: { type: 'EDIT_GOAL', goalId: 'shower', field: 'statement', value: 'I want to have a shower on my own again' } },
  { to: 'goalPlan', event: { type: 'EDIT_GOAL', goalId: 'shower', field: 'baseline', value: '-2' } },
  { to: 'goalPlan', event: { type: 'EDIT_GOAL', goalId: 'shower', field: 'levels.expected', value: 'Showers alone with a seat' } },
  { to: 'goalPlan', event: { type: 'EDIT_GOAL', goalId: 'shower', field: 'dueDate', value: '2026-12-10' } },
  { to: 'goalPlan', event: { type: 'AGREE', date: '2026-11-05' } },
];

export const interventionSteps: ScriptStep[] = [
  episode({ type: 'OPEN_TASK' }),
  episode({ type: 'ADD_ROW', list: 'equipment' }),
  episode({ type: 'SET_ROW', list: 'equipment', index: 0, field: 'item', value: 'Shower seat' }),
  episode({ type: 'SET_ROW', list: 'equipment', index: 0, field: 'issuedOn', value: '2026-11-05' }),
  episode({ type: 'ADD_ROW', list: 'minorAdaptations' }),
  episode({ type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'description', value: 'Grab rail by the shower' }),
  episode({ type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'cost', value: '£85' }),
  episode({ type: 'CONTINUE', at: '2026-12-09T09:00:00.000Z' }),
];

export const reviewSteps: ScriptStep[] = [
  episode({ type: 'OPEN_TASK' }),
  { to: 'goalPlan', event: { type: 'START_REVIEW', date: '2026-12-09' } },
  { to: 'goalPlan', event: { type: 'RATE', goalId: 'shower', level: 0 } },
  { to: 'goalPlan', event: { type: 'SAVE_REVIEW' } },
  episode({ type: 'CONTINUE', at: '2026-12-09T10:00:00.000Z' }),
  ...assessmentSteps(dischargeAnswers, '2026-12-09', '1a2b3c4d-0000-4000-8000-000000000002'),
  episode({ type: 'FINISH_REVIEW', completedAt: '2026-12-09T12:00:00.000Z', recordId: '1a2b3c4d-0000-4000-8000-000000000003' }),
];

export const closureSteps: ScriptStep[] = [
  episode({ type: 'OPEN_TASK' }),
  field('endedOn', '2026-12-10'),
  field('endOutcome', 'NFA: Support ended as planned'),
  field('hoursAtEnd', '0'),
  episode({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' }),
];

export const followUpSteps: ScriptStep[] = [
  episode({ type: 'OPEN_TASK' }),
  episode({ type: 'ADD_ROW', list: 'followUp' }),
  episode({ type: 'SET_ROW', list: 'followUp', index: 0, field: 'kind', value: '84-day' }),
  episode({ type: 'SET_ROW', list: 'followUp', index: 0, field: 'date', value: '2027-01-26' }),
  episode({ type: 'SET_ROW', list: 'followUp', index: 0, field: 'status', value: 'at-home' }),
  episode({ type: 'FINISH', completedAt: '2027-01-26T12:00:00.000Z' }),
];


/** Where the scripted episode is after each task, for the views that resume it there. */
export const afterReferral = referralSteps;
export const afterInitial = [...afterReferral, openTask, ...assessmentSteps(baselineAnswers, '2026-11-04', '1a2b3c4d-0000-4000-8000-000000000001')];
export const afterGoals = [...afterInitial, ...goalSteps];
export const afterIntervention = [...afterGoals, ...interventionSteps];
export const afterReview = [...afterIntervention, ...reviewSteps];
export const afterClosure = [...afterReview, ...closureSteps];
export const wholeEpisode: ScriptStep[] = [...afterClosure, ...followUpSteps];
/** The review's steps up to and including the episode's CONTINUE to the final assessment. */
export const toFinalAssessment = reviewSteps.slice(0, reviewSteps.findIndex((step) => step.to === 'episode' && step.event.type === 'CONTINUE') + 1);

/** Sends `steps` to a running episode: the episode's own events to it, the others to its child of the moment. */
export function sendSteps(actor: Actor<EpisodeMachine>, steps: readonly ScriptStep[]): void {
  for (const [index, step] of steps.entries()) {
    if (step.to === 'episode') {
      actor.send(step.event);
      continue;
    }
    const child = actor.getSnapshot().children[step.to];
    if (!child) throw new Error(`Step ${index}: no ${step.to} is under way for ${JSON.stringify(step.event)} in ${JSON.stringify(actor.getSnapshot().value)}`);
    child.send(step.event as never);
  }
}

/** A started episode, run headlessly through `steps`. */
export function runEpisode(steps: readonly ScriptStep[], instruments: readonly InstrumentDefinition[] = [barthel], start: EpisodeInput = input): Actor<EpisodeMachine> {
  const actor = createActor(createEpisodeMachine(instruments), { input: start }).start();
  sendSteps(actor, steps);
  return actor;
}

/**
 * The persisted snapshot, children included, of an episode after `steps`:
 * handed to `<ot-episode>` as its saved draft, it opens straight in that
 * state. Elements and stories pass their own `start` where the subject they
 * render differs from the script's.
 */
export function episodeDraftAfter(steps: readonly ScriptStep[], instruments?: readonly InstrumentDefinition[], start?: EpisodeInput): unknown {
  const actor = runEpisode(steps, instruments, start);
  if (actor.getSnapshot().status !== 'active') throw new Error('The steps ended the episode; the element only resumes an unfinished one.');
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}
