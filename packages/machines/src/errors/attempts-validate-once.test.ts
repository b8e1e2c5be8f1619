import { describe, expect, it, vi } from 'vitest';
import { createActor, type AnyStateMachine, type EventFromLogic } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { validateAnswers, validateShownItems } from '@otforms/core';
import { createAssessmentMachine } from '../assessment/assessment-machine.js';
import { definition, events as assessmentEvents, serializeWalkState } from '../assessment/assessment-walk.test-support.js';
import { planErrors, reviewErrors } from '../goal-plan/draft-goals.js';
import { goalPlanMachine } from '../goal-plan/goal-plan-machine.js';
import { input as goalPlanInput, walkEvents } from '../goal-plan/goal-plan-walk.test-support.js';
import { episodeErrors } from '../episode/episode-errors.js';
import { createEpisodeMachine } from '../episode/episode-machine.js';
import type { EpisodeEvent } from '../episode/episode-types.js';
import { barthel, input as episodeInput, sendSteps, wholeEpisode } from '../episode/episode-script.test-support.js';

/**
 * Each attempt to move on (Continue, Submit, Agree, Save…) validates once:
 * its guard and the action that shows its errors share one result. The
 * checks the machines call are counted through these wrappers.
 */
vi.mock('@otforms/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@otforms/core')>();
  return { ...core, validateAnswers: vi.fn(core.validateAnswers), validateShownItems: vi.fn(core.validateShownItems) };
});
vi.mock('../goal-plan/draft-goals.js', async (importOriginal) => {
  const goals = await importOriginal<typeof import('../goal-plan/draft-goals.js')>();
  return { ...goals, planErrors: vi.fn(goals.planErrors), reviewErrors: vi.fn(goals.reviewErrors) };
});
vi.mock('../episode/episode-errors.js', async (importOriginal) => {
  const errors = await importOriginal<typeof import('../episode/episode-errors.js')>();
  return { ...errors, episodeErrors: vi.fn(errors.episodeErrors) };
});

const counted = [validateAnswers, validateShownItems, planErrors, reviewErrors, episodeErrors].map((check) => vi.mocked(check));
const resetCounts = () => counted.forEach((check) => check.mockClear());
const calls = () => counted.reduce((sum, check) => sum + check.mock.calls.length, 0);

/**
 * From the persisted snapshot of every state the walk reaches, sends each
 * event to a fresh actor and says how many times it validated. Each actor
 * resumes from its own copy, through JSON as from a store: asking `can`
 * first evaluates the guards on a context of its own, so it is not counted.
 */
function countsFromEveryState<Machine extends AnyStateMachine>(machine: Machine, input: unknown, snapshots: readonly unknown[], events: readonly EventFromLogic<Machine>[]) {
  const counts: { event: EventFromLogic<Machine>; handled: boolean; calls: number; from: string }[] = [];
  const resume = (snapshot: unknown) => createActor(machine as AnyStateMachine, { input, snapshot: JSON.parse(JSON.stringify(snapshot)) }).start();
  for (const snapshot of snapshots) {
    for (const event of events) {
      const probe = resume(snapshot);
      const handled = probe.getSnapshot().can(event);
      probe.stop();
      const actor = resume(snapshot);
      resetCounts();
      actor.send(event);
      counts.push({ event, handled, calls: calls(), from: JSON.stringify(actor.getSnapshot().value) });
      actor.stop();
    }
  }
  return counts;
}

describe('each attempt validates once', () => {
  it('assessment: every Continue and Submit it takes, from every state of the walk', () => {
    const machine = createAssessmentMachine(definition);
    const input = { startedAt: '2026-11-22T09:00:00.000Z' };
    const snapshots = getShortestPaths(machine, { events: assessmentEvents, input, serializeState: serializeWalkState })
      .filter((path) => path.state.status === 'active')
      .map((path) => machine.getPersistedSnapshot(path.state));
    const counts = countsFromEveryState(machine, input, snapshots, assessmentEvents);
    const attempts = counts.filter(({ event }) => event.type === 'CONTINUE' || event.type === 'SUBMIT');
    expect(new Set(attempts.filter(({ handled }) => handled).map(({ event }) => event.type))).toEqual(new Set(['CONTINUE', 'SUBMIT']));
    for (const { event, handled, calls, from } of attempts) expect(calls, `${event.type} → ${from}`).toBe(handled ? 1 : 0);
    // An answer re-validates the page only while its errors are shown: at most once too.
    for (const { event, calls, from } of counts) expect(calls, `${event.type} → ${from}`).toBeLessThanOrEqual(1);
  });

  it('goal plan: every Agree and Save review it takes, from every state of the walk', () => {
    const snapshots = getShortestPaths(goalPlanMachine, { events: walkEvents, input: goalPlanInput })
      .filter((path) => path.state.status === 'active')
      .map((path) => goalPlanMachine.getPersistedSnapshot(path.state));
    const counts = countsFromEveryState(goalPlanMachine, goalPlanInput, snapshots, walkEvents);
    const attempts = counts.filter(({ event }) => event.type === 'AGREE' || event.type === 'SAVE_REVIEW');
    expect(new Set(attempts.filter(({ handled }) => handled).map(({ event }) => event.type))).toEqual(new Set(['AGREE', 'SAVE_REVIEW']));
    for (const { event, handled, calls, from } of attempts) expect(calls, `${event.type} → ${from}`).toBe(handled ? 1 : 0);
    for (const { event, calls, from } of counts) expect(calls, `${event.type} → ${from}`).toBeLessThanOrEqual(1);
  });

  it('episode: every Continue, Save, Close and Finish, after every step of a whole episode', () => {
    const machine = createEpisodeMachine([barthel]);
    const at = '2026-12-30T10:00:00.000Z';
    const attempts: EpisodeEvent[] = [
      { type: 'CONTINUE', at },
      { type: 'SAVE_REVISIT' },
      { type: 'CLOSE', completedAt: at, recordId: '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f' },
      { type: 'FINISH', completedAt: at },
    ];
    const revisits: EpisodeEvent[] = [{ type: 'REVISIT', task: 'referral' }, { type: 'REVISIT', task: 'intervention' }];
    const actor = createActor(machine, { input: episodeInput }).start();
    const snapshots: unknown[] = [];
    for (const step of wholeEpisode) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active') break;
      snapshots.push(actor.getPersistedSnapshot());
      // The same moment with a completed task opened again, where Save validates.
      for (const revisit of revisits) {
        if (!snapshot.can(revisit)) continue;
        const again = createActor(machine, { input: episodeInput, snapshot: actor.getPersistedSnapshot() as never }).start();
        again.send(revisit);
        snapshots.push(again.getPersistedSnapshot());
        again.stop();
      }
      sendSteps(actor, [step]);
    }
    const counts = countsFromEveryState(machine, episodeInput, snapshots, attempts);
    // Each kind of attempt validates somewhere along the episode, and never more than once.
    expect(new Set(counts.filter(({ calls }) => calls === 1).map(({ event }) => event.type))).toEqual(new Set(['CONTINUE', 'SAVE_REVISIT', 'CLOSE', 'FINISH']));
    for (const { event, calls, from } of counts) expect(calls, `${event.type} → ${from}`).toBeLessThanOrEqual(1);
  });
});
