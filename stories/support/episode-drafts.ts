import { createActor } from 'xstate';
import { parseDefinition, type InstrumentDefinition } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import { createEpisodeMachine } from '@otforms/machines';
import {
  assessmentSteps,
  baselineAnswers,
  closureSteps,
  goalSteps,
  input,
  interventionSteps,
  referralSteps,
  reviewSteps,
  type ScriptStep,
} from '../../packages/machines/src/episode/episode-script.test-support.js';

/**
 * Episode drafts for the stories, made as drafts.ts makes assessment ones:
 * the scripted episode's own events sent headlessly (the episode's to the
 * episode, the others to its child of the moment), and the persisted
 * snapshot, children included, handed to `<ot-episode>` as the draft it resumes.
 */

export type { ScriptStep };
export const barthel = parseDefinition(barthelDefinition);

/** The persisted snapshot of a Barthel episode after `steps`. */
export function episodeDraftAfter(steps: readonly ScriptStep[], instruments: readonly InstrumentDefinition[] = [barthel]): unknown {
  const actor = createActor(createEpisodeMachine(instruments), { input });
  actor.start();
  for (const [index, step] of steps.entries()) {
    const target = step.to === 'episode' ? actor : actor.getSnapshot().children[step.to];
    if (!target) throw new Error(`Step ${index}: the episode has no ${step.to} now`);
    target.send(step.event as never);
  }
  if (actor.getSnapshot().status !== 'active') throw new Error(`The story's steps ended the episode; the element only resumes an unfinished one.`);
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}

const episode = (event: ScriptStep['event']): ScriptStep => ({ to: 'episode', event } as ScriptStep);
export const openTask = episode({ type: 'OPEN_TASK' });
export const row = (list: string, index: number, field: string, value: string) => episode({ type: 'SET_ROW', list, index, field, value } as never);

/** Where the scripted episode is after each task. */
export const afterReferral = referralSteps;
export const afterInitial = [...afterReferral, openTask, ...assessmentSteps(baselineAnswers, '2026-11-04', '1a2b3c4d-0000-4000-8000-000000000001')];
export const afterGoals = [...afterInitial, ...goalSteps];
export const afterIntervention = [...afterGoals, ...interventionSteps];
export const afterReview = [...afterIntervention, ...reviewSteps];
export const afterClosure = [...afterReview, ...closureSteps];
/** The review up to the episode's CONTINUE into the final assessment. */
export const toFinalAssessment = reviewSteps.slice(0, reviewSteps.findIndex((step) => step.to === 'episode' && step.event.type === 'CONTINUE') + 1);
