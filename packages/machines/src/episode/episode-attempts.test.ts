import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import type { EpisodeMachine } from './episode-machine.js';
import { goalPlanChild, reviewStage } from './episode-selectors.js';
import type { EpisodeEmitted, EpisodeEvent } from './episode-types.js';
import { afterClosure, afterIntervention, afterReview, afterGoals, episode, input, openTask, runEpisode, sendSteps, wholeEpisode, type ScriptStep } from './episode-script.test-support.js';

/** What the episode emits while `steps` are sent to it. */
function emittedBy(actor: Actor<EpisodeMachine>, steps: readonly ScriptStep[]): EpisodeEmitted[] {
  const emitted: EpisodeEmitted[] = [];
  const listening = actor.on('*', (event) => emitted.push(event));
  sendSteps(actor, steps);
  listening.unsubscribe();
  return emitted;
}
const failed = (attempt: EpisodeEmitted['attempt']) => [{ type: 'ATTEMPT_FAILED', attempt }];

describe('the episode machine says when an attempt failed', () => {
  it('emits nothing along a whole episode that never fails', () => {
    expect(emittedBy(runEpisode([]), wholeEpisode)).toEqual([]);
  });

  it('emits ATTEMPT_FAILED for each refused way on, once per attempt', () => {
    const referral = runEpisode([openTask]);
    expect(emittedBy(referral, [episode({ type: 'CONTINUE' }), episode({ type: 'SET_FIELD', field: 'request.date', value: '2026-11-02' })])).toEqual(failed('CONTINUE'));

    const intervention = runEpisode([...afterGoals, openTask, episode({ type: 'ADD_ROW', list: 'advice' })]);
    expect(emittedBy(intervention, [episode({ type: 'CONTINUE' })])).toEqual(failed('CONTINUE'));

    const review = runEpisode([...afterIntervention, openTask]);
    expect(emittedBy(review, [episode({ type: 'CONTINUE', at: '2026-12-09T10:00:00.000Z' })])).toEqual(failed('CONTINUE'));
    expect(reviewStage(review.getSnapshot())).toBe('goals');

    const ready = runEpisode(afterReview.slice(0, -1));
    goalPlanChild(ready.getSnapshot())!.send({ type: 'START_REVIEW', date: '2026-12-10' });
    expect(emittedBy(ready, [afterReview.at(-1)!])).toEqual(failed('FINISH_REVIEW'));

    const closing = runEpisode([...afterReview, openTask]);
    expect(emittedBy(closing, [episode({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' })])).toEqual(failed('CLOSE'));

    const following = runEpisode([...afterClosure, openTask, episode({ type: 'ADD_ROW', list: 'followUp' })]);
    expect(emittedBy(following, [episode({ type: 'FINISH', completedAt: '2027-01-26T12:00:00.000Z' })])).toEqual(failed('FINISH'));

    const revisiting = runEpisode([...afterIntervention, episode({ type: 'REVISIT', task: 'referral' }), episode({ type: 'SET_FIELD', field: 'request.date', value: '' })]);
    expect(emittedBy(revisiting, [episode({ type: 'SAVE_REVISIT' })])).toEqual(failed('SAVE_REVISIT'));
  });

  it('emits nothing for events that are not attempts, or that the step under way does not take', () => {
    const actor = runEpisode([openTask], undefined, input);
    const events: EpisodeEvent[] = [
      { type: 'SET_FIELD', field: 'request.date', value: 'soon' },
      { type: 'ADD_ROW', list: 'equipment' },
      { type: 'SAVE_REVISIT' },
      { type: 'FINISH', completedAt: '2027-01-26T12:00:00.000Z' },
      { type: 'SHOW_TASKS' },
    ];
    expect(emittedBy(actor, events.map(episode))).toEqual([]);
  });
});
