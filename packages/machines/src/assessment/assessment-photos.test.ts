import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AssessmentRecordSchema, parseDefinition } from '@otforms/core';
import { homeCheck, photo } from '../home-visit/home-visit.test-support.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { readAssessmentDraft } from './assessment-snapshot.js';
import { visibleAnswerErrors } from './assessment-selectors.js';
import { flatResponses, heldAnswer } from './held-answers.js';

/** A photo question's ANSWER carries the item's whole list of attachments as it is now. */
const machine = createAssessmentMachine(homeCheck);
const input = { startedAt: '2026-11-10T09:30:00.000Z' };
const start = () => createActor(machine, { input }).start();
const responsesOf = (actor: ReturnType<typeof start>) => flatResponses(actor.getSnapshot().context.responses);

describe('the assessment machine with photos', () => {
  it('answers with the ids and keeps the attachments by id', async () => {
    const actor = start();
    const [one, two] = [await photo('p1', 'entrancePhotos'), await photo('p2', 'entrancePhotos')];
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [one, two] });
    expect(responsesOf(actor).answers.entrancePhotos).toEqual(['p1', 'p2']);
    expect(responsesOf(actor).attachments).toEqual({ p1: one, p2: two });
  });

  it('drops the item’s photos no longer in its list, and an empty list clears the answer', async () => {
    const actor = start();
    const [one, two] = [await photo('p1', 'entrancePhotos'), await photo('p2', 'entrancePhotos')];
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [one, two] });
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [two] });
    expect(responsesOf(actor).answers.entrancePhotos).toEqual(['p2']);
    expect(Object.keys(responsesOf(actor).attachments)).toEqual(['p2']);
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [] });
    expect(responsesOf(actor).answers).not.toHaveProperty('entrancePhotos');
    expect(responsesOf(actor).attachments).toEqual({});
  });

  it('passes over anything that is not an attachment of this question, and never replaces another question’s photo', async () => {
    const twoPhotos = parseDefinition({
      ...homeCheck,
      sections: [{ id: 'photos', title: 'Photos', items: [
        { id: 'front', type: 'photo', label: 'Front', required: false },
        { id: 'back', type: 'photo', label: 'Back', required: false },
      ] }],
      suggestions: [],
    });
    const actor = createActor(createAssessmentMachine(twoPhotos), { input }).start();
    const front = await photo('p1', 'front');
    actor.send({ type: 'ANSWER', itemId: 'front', input: [front] });
    const broken = { ...(await photo('p2', 'back')), sha256: 'not a hash' };
    actor.send({ type: 'ANSWER', itemId: 'back', input: [await photo('p1', 'back', 'clash'), await photo('p3', 'front'), broken, 'p9', await photo('p4', 'back')] });
    const { answers, attachments } = flatResponses(actor.getSnapshot().context.responses);
    expect(answers).toEqual({ front: ['p1'], back: ['p4'] });
    expect(attachments.p1).toEqual(front);
    expect(Object.keys(attachments).sort()).toEqual(['p1', 'p4']);
  });

  it('puts the photos in the record, and leaves out one removed before submitting', async () => {
    const actor = start();
    const [one, two] = [await photo('p1', 'entrancePhotos'), await photo('p2', 'entrancePhotos')];
    actor.send({ type: 'ANSWER', itemId: 'stepHeight', input: '120' });
    actor.send({ type: 'ANSWER', itemId: 'rail', input: 'yes' });
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [one, two] });
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [one] });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SUBMIT', completedAt: '2026-11-10T10:00:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
    const record = actor.getSnapshot().output!;
    expect(AssessmentRecordSchema.safeParse(record).success).toBe(true);
    expect(record.answers.entrancePhotos).toEqual(['p1']);
    expect(record.attachments).toEqual([one]);
  });

  it('keeps more photos than allowed, but does not continue with them (the question says why)', async () => {
    const actor = start();
    actor.send({ type: 'ANSWER', itemId: 'stepHeight', input: '120' });
    actor.send({ type: 'ANSWER', itemId: 'rail', input: 'yes' });
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p1', 'entrancePhotos'), await photo('p2', 'entrancePhotos'), await photo('p3', 'entrancePhotos')] });
    expect(heldAnswer(actor.getSnapshot().context.responses.answers, 'entrancePhotos')).toHaveLength(3);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.sectionIndex).toBe(0);
    expect(visibleAnswerErrors(actor.getSnapshot()).byField.get('entrancePhotos')).toBeTruthy();
  });

  it('does not continue with photos over the definition’s budget, and says so at the question', async () => {
    const small = createAssessmentMachine(parseDefinition({ ...homeCheck, attachmentBudgetBytes: 30 }));
    const actor = createActor(small, { input }).start();
    actor.send({ type: 'ANSWER', itemId: 'stepHeight', input: '120' });
    actor.send({ type: 'ANSWER', itemId: 'rail', input: 'yes' });
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p1', 'entrancePhotos'), await photo('p2', 'entrancePhotos')] });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.sectionIndex).toBe(0);
    expect(visibleAnswerErrors(actor.getSnapshot()).byField.get('entrancePhotos')).toMatch(/too large/);
  });

  it('resumes a draft with its photos, and a draft saved before photos existed with none', async () => {
    const actor = start();
    actor.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p1', 'entrancePhotos')] });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const reading = readAssessmentDraft(stored, homeCheck);
    expect(reading.resumable && reading.snapshot).toBe(stored);
    const resumed = createActor(machine, { input, snapshot: stored }).start();
    expect(Object.keys(resumed.getSnapshot().context.responses.attachments)).toEqual(['p1']);

    const old = JSON.parse(JSON.stringify(start().getPersistedSnapshot()));
    delete old.context.responses.attachments;
    const oldReading = readAssessmentDraft(old, homeCheck);
    expect(oldReading.resumable).toBe(true);
    if (!oldReading.resumable) return;
    expect(oldReading.snapshot.context.responses.attachments).toEqual({});
    const carriedOn = createActor(machine, { input, snapshot: oldReading.snapshot as never }).start();
    carriedOn.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p2', 'entrancePhotos')] });
    expect(Object.keys(carriedOn.getSnapshot().context.responses.attachments)).toEqual(['p2']);
  });

  it('carries on, to a record, from a snapshot saved before photos existed even when restored without its reader (as a child is)', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', itemId: 'stepHeight', input: '120' });
    const old = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    delete old.context.responses.attachments;
    const carriedOn = createActor(machine, { input, snapshot: old }).start();
    for (const event of [
      { type: 'ANSWER', itemId: 'rail', input: 'yes' },
      { type: 'CONTINUE' },
      { type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes' },
      { type: 'CONTINUE' },
      { type: 'SUBMIT', completedAt: '2026-11-10T10:00:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' },
    ] as const) carriedOn.send(event);
    expect(carriedOn.getSnapshot().output?.attachments).toEqual([]);
  });

  it('refuses a draft whose photos are not attachments', async () => {
    const stored = JSON.parse(JSON.stringify(start().getPersistedSnapshot()));
    stored.context.responses.attachments = { p1: { id: 'p1', itemId: 'entrancePhotos' } };
    const reading = readAssessmentDraft(stored, homeCheck);
    expect(reading.resumable ? '' : reading.detail).toMatch(/^context\.responses\.attachments\.p1/);
  });
});
