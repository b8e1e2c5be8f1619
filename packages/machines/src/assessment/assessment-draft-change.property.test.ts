import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { applyDraftChange, draftChange, parseDefinition, type InstrumentDefinition } from '@otforms/core';
import { personRatedPerformanceDefinition } from '@otforms/instruments';
import { createAssessmentMachine } from './assessment-machine.js';
import { readAssessmentDraft } from './assessment-snapshot.js';
import type { AssessmentEvent } from './assessment-types.js';
import { definition as walk } from './assessment-walk.test-support.js';

/**
 * Whatever happens (answers given, changed, cleared and not assessed, a repeating group's entries added,
 * answered and removed, pages left, a draft resumed), the changes written one after another give exactly
 * the draft the machine persists: the answers and the audit are bucketed in memory and flat in drafts, and
 * no answer may be lost on the way (held-answers.ts, core's draft-change.ts).
 */

const START = { startedAt: '2026-11-22T09:00:00.000Z' };

const walkEvent = fc.oneof(
  fc.constantFrom('low', 'high', '').map((input): AssessmentEvent => ({ type: 'ANSWER', itemId: 'choice', input })),
  fc.constant<AssessmentEvent>({ type: 'NOT_ASSESSED', itemId: 'choice' }),
  fc.constantFrom('3', '11', 'three', '').map((input): AssessmentEvent => ({ type: 'ANSWER', itemId: 'count', input })),
  fc.constantFrom('Uses a frame', '').map((input): AssessmentEvent => ({ type: 'ANSWER', itemId: 'note', input })),
  fc.constantFrom<AssessmentEvent>({ type: 'CONTINUE' }, { type: 'BACK' }),
);

const groupEvent = fc.oneof(
  fc.constant<AssessmentEvent>({ type: 'ADD_ENTRY', itemId: 'activities' }),
  fc.integer({ min: 0, max: 3 }).map((index): AssessmentEvent => ({ type: 'REMOVE_ENTRY', itemId: 'activities', index })),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(['activity', 'Cook'], ['activity', ''], ['importance', '8'], ['importance', 'eight']))
    .map(([index, [childId, input]]): AssessmentEvent => ({ type: 'ANSWER_ENTRY', itemId: 'activities', index, childId: childId!, input })),
);

/** A step: an event, or a resume from the draft as stored (a reload). */
type Step = AssessmentEvent | 'resume';

const persisted = (actor: AnyActorRef) => JSON.parse(JSON.stringify((actor.getPersistedSnapshot() as unknown as { context: unknown }).context)) as unknown;

function replay(definition: InstrumentDefinition, steps: readonly Step[]) {
  const machine = createAssessmentMachine(definition);
  let actor: AnyActorRef = createActor(machine, { input: START }).start();
  let stored = persisted(actor);
  let before = actor.getSnapshot().context as object;
  for (const step of steps) {
    if (step === 'resume') {
      const reading = readAssessmentDraft({ ...(actor.getPersistedSnapshot() as object), context: stored }, definition);
      if (!reading.resumable) throw new Error(reading.detail);
      actor.stop();
      actor = createActor(machine, { input: START, snapshot: reading.snapshot as never }).start();
    } else actor.send(step);
    const after = actor.getSnapshot().context as object;
    // As a form saves a draft: the change from the context saved before, written over what is stored.
    const change = draftChange({ context: before }, { context: after });
    stored = change === null ? persisted(actor) : (applyDraftChange({ context: stored }, JSON.parse(JSON.stringify(change))) as { context: unknown }).context;
    before = after;
    expect(stored).toEqual(persisted(actor));
  }
}

describe('an assessment’s draft, written as changes', () => {
  it('over any order of answers, pages and resumes, holds what the machine persists', () => {
    const definition = walk;
    fc.assert(fc.property(fc.array(fc.oneof({ weight: 12, arbitrary: walkEvent as fc.Arbitrary<Step> }, { weight: 1, arbitrary: fc.constant<Step>('resume') }), { maxLength: 60 }), (steps) => replay(definition, steps)), { numRuns: 150 });
  });

  it('over any order of a repeating group’s entries and resumes, holds what the machine persists', () => {
    const definition = parseDefinition(personRatedPerformanceDefinition);
    fc.assert(fc.property(fc.array(fc.oneof({ weight: 12, arbitrary: groupEvent as fc.Arbitrary<Step> }, { weight: 1, arbitrary: fc.constant<Step>('resume') }), { maxLength: 60 }), (steps) => replay(definition, steps)), { numRuns: 150 });
  });
});
