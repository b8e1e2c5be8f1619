import { describe, expect, it, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { recommendationsErrors } from './recommendations-errors.js';
import { recommendationsMachine } from './recommendations-machine.js';
import type { RecommendationsEmitted, RecommendationsEvent } from './recommendations-types.js';
import { decisionEvents, input } from './recommendations.test-support.js';

/** Continue validates once (its guard and the action that shows its errors share one result), and every refused try is emitted. */
vi.mock('./recommendations-errors.js', async (importOriginal) => {
  const errors = await importOriginal<typeof import('./recommendations-errors.js')>();
  return { ...errors, recommendationsErrors: vi.fn(errors.recommendationsErrors) };
});
const counted = vi.mocked(recommendationsErrors);

describe('recommendations: each attempt', () => {
  const fewIds = (state: SnapshotFrom<typeof recommendationsMachine>, event: RecommendationsEvent) =>
    (event.type !== 'ADD' && event.type !== 'ACCEPT_SUGGESTION') || state.context.nextNumber <= 3;
  const snapshots = getShortestPaths(recommendationsMachine, { events: decisionEvents, input, filterEvents: fewIds })
    .filter((path) => path.state.status === 'active')
    .map((path) => JSON.stringify(recommendationsMachine.getPersistedSnapshot(path.state)));

  it('validates Continue once from every state, and at most once for any change', () => {
    let continued = 0;
    for (const stored of snapshots) {
      for (const event of decisionEvents) {
        const actor = createActor(recommendationsMachine, { input, snapshot: JSON.parse(stored) }).start();
        counted.mockClear();
        actor.send(event);
        if (event.type === 'CONTINUE') {
          expect(counted.mock.calls.length, stored).toBe(1);
          continued++;
        } else expect(counted.mock.calls.length).toBeLessThanOrEqual(1);
        actor.stop();
      }
    }
    expect(continued).toBeGreaterThan(20);
  });

  it('emits ATTEMPT_FAILED exactly when Continue, a status or a dismissal is refused', () => {
    const seen = new Set<string>();
    for (const stored of snapshots) {
      for (const event of decisionEvents) {
        const actor = createActor(recommendationsMachine, { input, snapshot: JSON.parse(stored) }).start();
        const failed: RecommendationsEmitted['attempt'][] = [];
        actor.on('ATTEMPT_FAILED', (emitted) => failed.push(emitted.attempt));
        const before = JSON.stringify(actor.getSnapshot().context.recommendations) + JSON.stringify(actor.getSnapshot().context.decisions);
        actor.send(event);
        const { context, status } = actor.getSnapshot();
        const unchanged = before === JSON.stringify(context.recommendations) + JSON.stringify(context.decisions);
        if (failed.length) {
          seen.add(failed[0]!);
          expect(failed).toEqual([event.type]);
          expect(unchanged && status === 'active').toBe(true);
          expect(context.showErrors || context.actionError !== null).toBe(true);
        }
        actor.stop();
      }
    }
    expect(seen).toEqual(new Set(['CONTINUE', 'SET_STATUS', 'DISMISS_SUGGESTION']));
  });
});
