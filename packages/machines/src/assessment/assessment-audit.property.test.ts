import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { entryInputKey, groupEntries, parseDefinition, validateOutcomeRecord } from '@otforms/core';
import { personRatedPerformanceDefinition } from '@otforms/instruments';
import { auditEntries } from './answer-audit.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { readAssessmentDraft } from './assessment-snapshot.js';
import type { AssessmentContext, AssessmentEvent } from './assessment-types.js';
import { definition } from './assessment-walk.test-support.js';
import { flatAnswers, heldAnswer } from './held-answers.js';

/**
 * Whatever the order of answers, assessors and clocks (set back, missing,
 * or not a time at all), the audit names every answer the person gave, and
 * the record it ends in passes its own schema.
 */

/** A time on one morning, a missing one, or text that is not a time. */
const at = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 * 3600 }).map((seconds) => new Date(Date.UTC(2026, 10, 22, 9, 0, seconds)).toISOString()) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('soon') },
);
const stamped = <T extends AssessmentEvent>(event: T) => at.map((time) => (time === undefined ? event : { ...event, at: time }));
const assessor = fc.constantFrom(undefined, { reference: 'Practitioner/ot-1' }, { reference: 'Practitioner/ot-2', role: 'Occupational therapist' });
const updateOptions = fc
  .tuple(assessor, fc.constantFrom(undefined, true, false))
  .map(([who, auditHistory]): AssessmentEvent => ({ type: 'UPDATE_OPTIONS', options: { ...(who ? { assessor: who } : {}), ...(auditHistory === undefined ? {} : { auditHistory }) } }));

const walkEvent: fc.Arbitrary<AssessmentEvent> = fc.oneof(
  fc.constantFrom('low', 'high', '').chain((input) => stamped({ type: 'ANSWER', itemId: 'choice', input })),
  stamped({ type: 'NOT_ASSESSED', itemId: 'choice' }),
  fc.constantFrom('3', '0', '11', 'three', '').chain((input) => stamped({ type: 'ANSWER', itemId: 'count', input })),
  fc.constantFrom('Uses a frame', '').chain((input) => stamped({ type: 'ANSWER', itemId: 'note', input })),
  updateOptions,
);

const groups = parseDefinition(personRatedPerformanceDefinition);
const groupEvent: fc.Arbitrary<AssessmentEvent> = fc.oneof(
  fc.constant<AssessmentEvent>({ type: 'ADD_ENTRY', itemId: 'activities' }),
  fc.integer({ min: 0, max: 3 }).map((index): AssessmentEvent => ({ type: 'REMOVE_ENTRY', itemId: 'activities', index })),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(['activity', 'Cook'], ['activity', ''], ['importance', '8'], ['importance', 'eight'], ['performance', '3']))
    .chain(([index, [childId, input]]) => stamped({ type: 'ANSWER_ENTRY', itemId: 'activities', index, childId: childId!, input })),
  updateOptions,
);

/** The walk's required questions answered, so it can be submitted. */
const answerRequired = (context: AssessmentContext): AssessmentEvent[] => [
  ...(heldAnswer(context.responses.answers, 'choice') !== undefined || context.responses.notAssessed.includes('choice') ? [] : [{ type: 'ANSWER', itemId: 'choice', input: 'low', at: '2026-11-22T11:00:00.000Z' } as const]),
  { type: 'ANSWER', itemId: 'count', input: '3', at: '2026-11-22T11:00:00.000Z' },
];

/** Every entry rated (one added if there is none), so the group can be submitted. */
function rateEveryEntry(context: AssessmentContext): AssessmentEvent[] {
  const count = groupEntries(heldAnswer(context.responses.answers, 'activities')).length;
  const rate = (index: number): AssessmentEvent[] =>
    (['activity', 'importance', 'performance', 'satisfaction'] as const).map((childId) => ({
      type: 'ANSWER_ENTRY',
      itemId: 'activities',
      index,
      childId,
      input: childId === 'activity' ? 'Cook' : '5',
      at: '2026-11-22T11:00:00.000Z',
    }));
  return count === 0 ? [{ type: 'ADD_ENTRY', itemId: 'activities' }, ...rate(0)] : Array.from({ length: count }, (_, index) => rate(index)).flat();
}

/** The keys of every answer the responses hold: items answered or not assessed, and the questions answered in each entry. */
function answerKeys(context: AssessmentContext): string[] {
  const keys: string[] = [...context.responses.notAssessed];
  for (const [itemId, answer] of Object.entries(flatAnswers(context.responses.answers))) {
    if (itemId !== 'activities') keys.push(itemId);
    else groupEntries(answer).forEach((entry, index) => keys.push(...Object.keys(entry).map((childId) => entryInputKey(itemId, index, childId))));
  }
  return keys.sort();
}

/**
 * Checks the audit after `events`, then submits (after `finishing`, what a
 * person would answer to be able to); whether a record came of it.
 */
function expectAuditOf(
  machine: ReturnType<typeof createAssessmentMachine>,
  events: readonly AssessmentEvent[],
  against: Parameters<typeof readAssessmentDraft>[1],
  finishing: (context: AssessmentContext) => AssessmentEvent[] = () => [],
): boolean {
  const actor = createActor(machine, { input: { startedAt: '2026-11-22T08:00:00.000Z', assessor: { reference: 'Practitioner/ot-1' } } }).start();
  for (const event of events) actor.send(event);
  const { context } = actor.getSnapshot();
  const audit = auditEntries(context.audit ?? {});
  // Every answer given has its audit, at its own key, however entries were removed since.
  expect(answerKeys(context).filter((key) => !(key in audit))).toEqual([]);
  for (const entry of Object.values(audit)) expect(Date.parse(entry.firstAt)).toBeLessThanOrEqual(Date.parse(entry.lastAt));
  expect(readAssessmentDraft(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), against).resumable).toBe(true);
  for (const event of finishing(actor.getSnapshot().context)) actor.send(event);
  for (const event of [{ type: 'CONTINUE' }, { type: 'CONTINUE' }, { type: 'SUBMIT', completedAt: '2026-11-22T12:00:00.000Z', recordId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' }] as const) {
    actor.send(event);
  }
  const record = actor.getSnapshot().output;
  if (!record) return false;
  const validation = validateOutcomeRecord(record);
  expect(validation.success, JSON.stringify(validation)).toBe(true);
  // Exactly the answers the record holds, each with its audit.
  const held = [...record.notAssessed, ...Object.entries(record.answers).flatMap(([itemId, answer]) =>
    itemId === 'activities' ? groupEntries(answer).flatMap((entry, index) => Object.keys(entry).map((childId) => entryInputKey(itemId, index, childId))) : [itemId],
  )].sort();
  expect(Object.keys(record.answerAudit ?? {}).sort()).toEqual(held);
  return true;
}

describe('the audit of answers, over any order of events', () => {
  it('names every answer given, in a valid record (a walk with a condition and "Not assessed")', () => {
    const machine = createAssessmentMachine(definition);
    let records = 0;
    fc.assert(fc.property(fc.array(walkEvent, { maxLength: 25 }), (events) => void (records += Number(expectAuditOf(machine, events, definition, answerRequired)))), { numRuns: 150 });
    expect(records, 'records made').toBeGreaterThan(100);
  });

  it('names every answer given in a repeating group’s entries, added and removed in any order', () => {
    const machine = createAssessmentMachine(groups);
    let records = 0;
    fc.assert(fc.property(fc.array(groupEvent, { maxLength: 25 }), (events) => void (records += Number(expectAuditOf(machine, events, groups, rateEveryEntry)))), { numRuns: 150 });
    expect(records, 'records made').toBeGreaterThan(100);
  });
});
