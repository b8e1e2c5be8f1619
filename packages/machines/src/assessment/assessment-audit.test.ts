import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import * as z from 'zod/mini';
import { AnswerAuditEntrySchema, AssessmentRecordSchema, bucketEntries, parseDefinition, toBuckets, validateOutcomeRecord, withBucketValue, type AnswerAuditEntry, type AssessmentRecord, type BucketedRecord } from '@otforms/core';
import { personRatedPerformanceDefinition } from '@otforms/instruments';
import { homeCheck, photo } from '../home-visit/home-visit.test-support.js';
import { auditEntries, type AnswerAuditTrail } from './answer-audit.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { readAssessmentDraft } from './assessment-snapshot.js';
import type { AssessmentEvent, AssessmentInput } from './assessment-types.js';
import { definition } from './assessment-walk.test-support.js';

/**
 * The record's `answerAudit`, as the machine keeps it: who gave each answer
 * first and when, who changed it last and when, by the host's assessor of
 * the time and the time the view stamped on the event.
 */
const ot1 = { reference: 'Practitioner/ot-1', role: 'Occupational therapist' };
const ot2 = { reference: 'Practitioner/ot-2', role: 'Occupational therapist' };
const at = (minute: number) => `2026-11-22T09:${String(minute).padStart(2, '0')}:00.000Z`;
const submit = { type: 'SUBMIT', completedAt: '2026-11-22T10:00:00.000Z', recordId: '9b2f8b4c-5a7e-4c1d-9f3e-2a6b8c0d1e2f' } as const;

function run(events: readonly AssessmentEvent[], input: AssessmentInput = { startedAt: at(0), assessor: ot1 }, machine = createAssessmentMachine(definition)): AssessmentRecord {
  const actor = createActor(machine, { input }).start();
  for (const event of events) actor.send(event);
  const record = actor.getSnapshot().output;
  if (!record) throw new Error(`Not submitted: ${JSON.stringify(actor.getSnapshot().value)}`);
  expect(validateOutcomeRecord(record)).toMatchObject({ success: true });
  return record;
}

/** Answers every question of the walk definition, then goes through review to submit. */
const complete = (answers: readonly AssessmentEvent[]): AssessmentEvent[] => [...answers, { type: 'CONTINUE' }, { type: 'CONTINUE' }, submit];

afterEach(() => vi.useRealTimers());

describe('the audit of answers', () => {
  it('names who gave each answer and when, and who changed it last when the host’s assessor changed', () => {
    const record = run(
      complete([
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(2) },
        // A second OT carries on: the element sends the host's assessor now.
        { type: 'UPDATE_OPTIONS', options: { assessor: ot2 } },
        { type: 'ANSWER', itemId: 'choice', input: 'high', at: at(5) },
        { type: 'ANSWER', itemId: 'note', input: 'Uses a frame', at: at(6) },
      ]),
    );
    expect(record.answerAudit).toEqual({
      choice: { firstBy: ot1.reference, firstAt: at(1), lastBy: ot2.reference, lastAt: at(5) },
      count: { firstBy: ot1.reference, firstAt: at(2), lastBy: ot1.reference, lastAt: at(2) },
      note: { firstBy: ot2.reference, firstAt: at(6), lastBy: ot2.reference, lastAt: at(6) },
    });
    expect(record.answerAudit?.choice).not.toHaveProperty('changes');
  });

  it('is not changed by the same answer given again, and keeps who gave it first through a clearing', () => {
    const record = run(
      complete([
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(2) },
        { type: 'UPDATE_OPTIONS', options: { assessor: ot2 } },
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(7) },
        { type: 'ANSWER', itemId: 'count', input: '', at: at(8) },
        { type: 'ANSWER', itemId: 'count', input: '4', at: at(9) },
      ]),
    );
    expect(record.answerAudit?.choice).toEqual({ firstBy: ot1.reference, firstAt: at(1), lastBy: ot1.reference, lastAt: at(1) });
    expect(record.answerAudit?.count).toEqual({ firstBy: ot1.reference, firstAt: at(2), lastBy: ot2.reference, lastAt: at(9) });
  });

  it('keeps only the answers the record holds: one hidden since, or never given, has none', () => {
    const record = run(
      complete([
        { type: 'ANSWER', itemId: 'choice', input: 'high', at: at(1) },
        { type: 'ANSWER', itemId: 'note', input: 'Uses a frame', at: at(2) },
        { type: 'ANSWER', itemId: 'count', input: 'three', at: at(3) },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(4) },
        // "Note" is shown only after "high": answered, then hidden.
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(5) },
      ]),
    );
    expect(Object.keys(record.answerAudit ?? {}).sort()).toEqual(['choice', 'count']);
    expect(record.answerAudit?.count).toMatchObject({ firstAt: at(4), lastAt: at(4) });
  });

  it('names nobody when the host names no assessor, and takes its own clock when the event has no time, or no real one', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T09:40:00.000Z'), toFake: ['Date'] });
    const record = run(complete([{ type: 'ANSWER', itemId: 'choice', input: 'low' }, { type: 'ANSWER', itemId: 'count', input: '3', at: 'just now' }]), { startedAt: at(0) });
    expect(record.answerAudit).toEqual({
      choice: { firstAt: '2026-11-22T09:40:00.000Z', lastAt: '2026-11-22T09:40:00.000Z' },
      count: { firstAt: '2026-11-22T09:40:00.000Z', lastAt: '2026-11-22T09:40:00.000Z' },
    });
  });

  it('never runs backwards when a clock is set back, so the record passes its own schema', () => {
    const record = run(
      complete([
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(30) },
        { type: 'UPDATE_OPTIONS', options: { assessor: ot2 } },
        { type: 'ANSWER', itemId: 'choice', input: 'high', at: at(10) },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(11) },
      ]),
      { startedAt: at(0), assessor: ot1, auditHistory: true },
    );
    expect(record.answerAudit?.choice).toEqual({
      firstBy: ot1.reference,
      firstAt: at(30),
      lastBy: ot2.reference,
      lastAt: at(30),
      changes: [
        { by: ot1.reference, at: at(30), value: 'low' },
        { by: ot2.reference, at: at(30), value: 'high' },
      ],
    });
  });

  it('keeps every change with its value when the host asks for the full history; one person’s changes within a minute are one', () => {
    const record = run(
      complete([
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: '2026-11-22T09:01:00.000Z' },
        { type: 'ANSWER', itemId: 'choice', input: 'high', at: '2026-11-22T09:01:20.000Z' },
        { type: 'NOT_ASSESSED', itemId: 'choice', at: at(3) },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(4) },
        { type: 'UPDATE_OPTIONS', options: { assessor: ot2 } },
        { type: 'ANSWER', itemId: 'count', input: '', at: '2026-11-22T09:05:00.000Z' },
        { type: 'ANSWER', itemId: 'count', input: '4', at: '2026-11-22T09:05:30.000Z' },
      ]),
      { startedAt: at(0), assessor: ot1, auditHistory: true },
    );
    expect(record.notAssessed).toEqual(['choice']);
    expect(record.answerAudit?.choice).toEqual({
      firstBy: ot1.reference,
      firstAt: at(1),
      lastBy: ot1.reference,
      lastAt: at(3),
      changes: [
        // One run: the time it began, the value it ended with.
        { by: ot1.reference, at: '2026-11-22T09:01:00.000Z', value: 'high' },
        { by: ot1.reference, at: at(3), notAssessed: true },
      ],
    });
    expect(record.answerAudit?.count?.changes).toEqual([
      { by: ot1.reference, at: at(4), value: 3 },
      { by: ot2.reference, at: '2026-11-22T09:05:00.000Z', value: 4 },
    ]);
    expect(AssessmentRecordSchema.safeParse(record).success).toBe(true);
    // Turned off, an answer changed afterwards has no history (what it had is no longer every change); the compact audit goes on.
    const off = run(
      complete([
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(2) },
        { type: 'UPDATE_OPTIONS', options: { assessor: ot2, auditHistory: false } },
        { type: 'ANSWER', itemId: 'count', input: '4', at: at(9) },
      ]),
      { startedAt: at(0), assessor: ot1, auditHistory: true },
    );
    expect(off.answerAudit?.count).toEqual({ firstBy: ot1.reference, firstAt: at(2), lastBy: ot2.reference, lastAt: at(9) });
    // One not changed since keeps its history, which still ends with its answer.
    expect(off.answerAudit?.choice).toEqual({ firstBy: ot1.reference, firstAt: at(1), lastBy: ot1.reference, lastAt: at(1), changes: [{ by: ot1.reference, at: at(1), value: 'low' }] });
  });

  it('measures the minute from the first change of a run, so a long session of edits stays a history', () => {
    // One OT answers low and high in turn every 50 seconds, 12 times.
    const second = (seconds: number) => new Date(Date.parse(at(1)) + seconds * 1000).toISOString();
    const answers: AssessmentEvent[] = Array.from({ length: 12 }, (_, index) => ({ type: 'ANSWER', itemId: 'choice', input: index % 2 === 0 ? 'low' : 'high', at: second(index * 50) }));
    const record = run(complete([...answers, { type: 'ANSWER', itemId: 'count', input: '3', at: at(20) }]), { startedAt: at(0), assessor: ot1, auditHistory: true });
    // Each run of a minute is one change: the time it began, the value it ended with.
    expect(record.answerAudit?.choice?.changes).toEqual([0, 100, 200, 300, 400, 500].map((start) => ({ by: ot1.reference, at: second(start), value: 'high' })));
    expect(record.answerAudit?.choice).toMatchObject({ firstAt: second(0), lastAt: second(550), lastBy: ot1.reference });
  });

  it('does not let a clock that was ahead freeze the audit: every later change is kept, and the latest changer named', () => {
    const tomorrow = '2026-11-23T09:01:00.000Z';
    const record = run(
      complete([
        // The tablet's clock is a day ahead, then put right.
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: tomorrow },
        { type: 'ANSWER', itemId: 'choice', input: 'high', at: at(5) },
        { type: 'UPDATE_OPTIONS', options: { assessor: ot2 } },
        { type: 'ANSWER', itemId: 'choice', input: 'low', at: at(6) },
        { type: 'ANSWER', itemId: 'choice', input: 'high', at: '2026-11-22T09:06:10.000Z' },
        { type: 'ANSWER', itemId: 'count', input: '3', at: at(7) },
      ]),
      { startedAt: at(0), assessor: ot1, auditHistory: true },
    );
    // The times only keep the order (none is before the one noted before it); who and what are all there.
    expect(record.answerAudit?.choice).toEqual({
      firstBy: ot1.reference,
      firstAt: tomorrow,
      lastBy: ot2.reference,
      lastAt: tomorrow,
      changes: [
        { by: ot1.reference, at: tomorrow, value: 'low' },
        { by: ot1.reference, at: tomorrow, value: 'high' },
        { by: ot2.reference, at: tomorrow, value: 'low' },
        { by: ot2.reference, at: tomorrow, value: 'high' },
      ],
    });
    expect(record.answers.choice).toBe('high');
  });

  it('audits a photo answer, and the questions of a repeating group’s entries, moving with them when one is removed', async () => {
    const photos = run(
      [
        { type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p1', 'entrancePhotos')], at: at(1) },
        { type: 'ANSWER', itemId: 'stepHeight', input: '180', at: at(2) },
        { type: 'ANSWER', itemId: 'rail', input: 'no', at: at(2) },
        { type: 'CONTINUE' },
        { type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes', at: at(3) },
        { type: 'CONTINUE' },
        submit,
      ],
      { startedAt: at(0), assessor: ot1 },
      createAssessmentMachine(homeCheck),
    );
    expect(photos.answerAudit?.entrancePhotos).toEqual({ firstBy: ot1.reference, firstAt: at(1), lastBy: ot1.reference, lastAt: at(1) });

    const groups = parseDefinition(personRatedPerformanceDefinition);
    const actor = createActor(createAssessmentMachine(groups), { input: { startedAt: at(0), assessor: ot1 } }).start();
    for (const event of [
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'activity', input: 'Make a hot meal', at: at(1) },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 1, childId: 'activity', input: 'Get to the shops', at: at(2) },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 1, childId: 'importance', input: '7', at: at(3) },
      { type: 'REMOVE_ENTRY', itemId: 'activities', index: 0 },
    ] satisfies AssessmentEvent[]) {
      actor.send(event);
    }
    expect(auditEntries(actor.getSnapshot().context.audit ?? {})).toEqual({
      'activities/0/activity': { firstBy: ot1.reference, firstAt: at(2), lastBy: ot1.reference, lastAt: at(2) },
      'activities/0/importance': { firstBy: ot1.reference, firstAt: at(3), lastBy: ot1.reference, lastAt: at(3) },
    });
  });

  it('resumes a draft saved before the audit existed; only what is answered after has an audit', () => {
    const machine = createAssessmentMachine(definition);
    const first = createActor(machine, { input: { startedAt: at(0), assessor: ot1 } }).start();
    first.send({ type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) });
    const stored = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as { context: Record<string, unknown> };
    delete stored.context.audit;
    const reading = readAssessmentDraft(stored, definition);
    if (!reading.resumable) throw new Error(reading.detail);
    const resumed = createActor(machine, { input: { startedAt: at(0) }, snapshot: reading.snapshot as never }).start();
    for (const event of complete([{ type: 'ANSWER', itemId: 'count', input: '3', at: at(2) }])) resumed.send(event);
    expect(resumed.getSnapshot().output?.answerAudit).toEqual({ count: { firstBy: ot1.reference, firstAt: at(2), lastBy: ot1.reference, lastAt: at(2) } });
  });

  it('lists the record’s audit first answer first, whatever bucket each entry sits in', () => {
    const keys = ['walking', 'bathing', 'stairs', 'dressing', 'feeding', 'grooming', 'toiletUse', 'transfers', 'bladder', 'bowels'];
    let trail: AnswerAuditTrail = toBuckets({});
    keys.forEach((key, minute) => (trail = withBucketValue(trail as BucketedRecord<AnswerAuditEntry>, key, { firstAt: at(minute + 1), lastAt: at(minute + 1) })));
    expect(Object.keys(auditEntries(trail))).toEqual(keys);
    // Flat, as a draft read back holds it until the next answer, in the buckets' order.
    expect(Object.keys(auditEntries(JSON.parse(JSON.stringify(bucketEntries(trail as BucketedRecord<AnswerAuditEntry>))) as AnswerAuditTrail))).toEqual(keys);
  });

  it('persists the audit flat from a machine given other implementations too (xstate’s provide)', () => {
    const provided = createAssessmentMachine(definition).provide({});
    const actor = createActor(provided, { input: { startedAt: at(0) } }).start();
    actor.send({ type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) });
    expect((actor.getPersistedSnapshot() as unknown as { context: { audit: object } }).context.audit).toEqual({ choice: { firstAt: at(1), lastAt: at(1) } });
  });

  it('refuses a draft whose audit is not one', () => {
    const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: at(0) } }).start();
    actor.send({ type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { context: { audit: Record<string, unknown> } };
    stored.context.audit.choice = { firstAt: 'then', lastAt: at(1) };
    const reading = readAssessmentDraft(stored, definition);
    expect(reading.resumable ? '' : `${reading.reason}: ${reading.detail}`).toMatch(/^malformed: context\.audit\.choice\.firstAt/);
  });

  it('keeps the audit bucketed in memory and flat in its drafts, as earlier versions read them; resumed, it has every entry and notes the next answer beside them', () => {
    const machine = createAssessmentMachine(definition);
    const first = createActor(machine, { input: { startedAt: at(0), assessor: ot1 } }).start();
    first.send({ type: 'ANSWER', itemId: 'choice', input: 'low', at: at(1) });
    const stored = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as { context: { audit: Record<string, unknown> } };
    expect(stored.context.audit).toEqual({ choice: { firstBy: ot1.reference, firstAt: at(1), lastBy: ot1.reference, lastAt: at(1) } });
    expect(Object.keys(first.getSnapshot().context.audit!)).to.not.include('choice');
    // What every version before the buckets checked a draft's audit with.
    expect(z.safeParse(z.record(z.string(), AnswerAuditEntrySchema), stored.context.audit).success).toBe(true);
    const reading = readAssessmentDraft(stored, definition);
    if (!reading.resumable) throw new Error(reading.detail);
    const resumed = createActor(machine, { input: { startedAt: at(0) }, snapshot: reading.snapshot as never }).start();
    for (const event of complete([{ type: 'ANSWER', itemId: 'count', input: '3', at: at(2) }])) resumed.send(event);
    expect(resumed.getSnapshot().output?.answerAudit).toEqual({
      choice: { firstBy: ot1.reference, firstAt: at(1), lastBy: ot1.reference, lastAt: at(1) },
      count: { firstBy: ot1.reference, firstAt: at(2), lastBy: ot1.reference, lastAt: at(2) },
    });
  });
});
