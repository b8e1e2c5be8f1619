import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { goalPlanMachine } from './goal-plan-machine.js';
import type { GoalPlanEmitted } from './goal-plan-types.js';
import { input, walkEvents } from './goal-plan-walk.test-support.js';

describe('the goal-plan machine says when an attempt failed', () => {
  it('emits ATTEMPT_FAILED when agreeing or saving a review is refused, and for nothing else, from every reachable state', () => {
    const failedBy = new Set<string>();
    for (const path of getShortestPaths(goalPlanMachine, { events: walkEvents, input })) {
      if (path.state.status !== 'active') continue;
      const snapshot = goalPlanMachine.getPersistedSnapshot(path.state);
      for (const event of walkEvents) {
        const actor = createActor(goalPlanMachine, { input, snapshot: snapshot as never }).start();
        const emitted: GoalPlanEmitted[] = [];
        actor.on('*', (one) => emitted.push(one));
        const handled = actor.getSnapshot().can(event);
        actor.send(event);
        const after = actor.getSnapshot();
        // Refused: the machine took the attempt and stayed on the page, now showing its errors.
        const stayed = (event.type === 'AGREE' && after.matches('drafting')) || (event.type === 'SAVE_REVIEW' && after.matches('reviewing'));
        const refused = handled && stayed && after.context.showErrors && after.context.errors.length > 0;
        expect(emitted, `${event.type} in ${JSON.stringify(path.state.value)}`).toEqual(refused ? [{ type: 'ATTEMPT_FAILED', attempt: event.type }] : []);
        if (refused) failedBy.add(event.type);
        actor.stop();
      }
    }
    expect(failedBy).toEqual(new Set(['AGREE', 'SAVE_REVIEW']));
  });
});
