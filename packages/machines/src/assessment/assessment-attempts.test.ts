import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createAssessmentMachine } from './assessment-machine.js';
import type { AssessmentEmitted } from './assessment-types.js';
import { definition, events, serializeWalkState } from './assessment-walk.test-support.js';

const machine = createAssessmentMachine(definition);
const input = { startedAt: '2026-11-22T09:00:00.000Z' };

describe('the assessment machine says when an attempt failed', () => {
  it('emits ATTEMPT_FAILED for a refused Continue or Submit, and for nothing else, from every reachable state', () => {
    const failedBy = new Set<string>();
    for (const path of getShortestPaths(machine, { events, input, serializeState: serializeWalkState })) {
      if (path.state.status !== 'active') continue;
      const snapshot = machine.getPersistedSnapshot(path.state);
      for (const event of events) {
        const actor = createActor(machine, { input, snapshot: snapshot as never }).start();
        const emitted: AssessmentEmitted[] = [];
        actor.on('*', (one) => emitted.push(one));
        const handled = actor.getSnapshot().can(event);
        actor.send(event);
        const after = actor.getSnapshot();
        // Refused: the machine took the attempt, and the person is on a page that shows its errors.
        const refused = (event.type === 'CONTINUE' || event.type === 'SUBMIT') && handled && after.matches('answering') && after.context.showErrors && after.context.errors.length > 0;
        expect(emitted, `${event.type} in ${JSON.stringify(path.state.value)}`).toEqual(refused ? [{ type: 'ATTEMPT_FAILED', attempt: event.type }] : []);
        if (refused) failedBy.add(event.type);
        actor.stop();
      }
    }
    expect(failedBy).toEqual(new Set(['CONTINUE', 'SUBMIT']));
  });

  it('keeps the signal out of the snapshot: a refused Continue only shows the errors', () => {
    const actor = createActor(machine, { input }).start();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'CONTINUE' });
    const after = actor.getSnapshot().context;
    expect(after).toEqual({ ...before, showErrors: true, errors: [{ itemId: 'choice', message: expect.any(String), problem: { kind: 'missing', answer: 'choice' } }] });
  });
});
