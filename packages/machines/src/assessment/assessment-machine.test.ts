import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parseDefinition, validateOutcomeRecord } from '@otforms/core';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';
import { createAssessmentMachine } from './assessment-machine.js';
import type { AssessmentEvent } from './assessment-types.js';
import { flatResponses } from './held-answers.js';

const definition = parseDefinition(sampleDefinition);
const machine = createAssessmentMachine(definition);
const input = { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/7', bandSetId: 'tens' };
const submit: AssessmentEvent = { type: 'SUBMIT', completedAt: '2026-11-22T09:30:00.000Z', recordId: '0f8fad5b-d9cb-469f-a165-70867728950e' };

function start() {
  return createActor(machine, { input }).start();
}

function answerFirstSection(actor: ReturnType<typeof start>) {
  actor.send({ type: 'ANSWER', itemId: 'walk', input: 'alone' });
  actor.send({ type: 'ANSWER', itemId: 'stairs', input: 'unable' });
}

function answerSecondSection(actor: ReturnType<typeof start>) {
  actor.send({ type: 'ANSWER', itemId: 'visits', input: '4' });
  actor.send({ type: 'ANSWER', itemId: 'seenOn', input: '2026-11-20' });
}

describe('assessment machine', () => {
  it('hides errors until the person tries to continue, then updates them live', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', itemId: 'walk', input: 'alone' });
    expect(actor.getSnapshot().context.errors).toEqual([]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context.sectionIndex).toBe(0);
    expect(actor.getSnapshot().context.errors).toEqual([{ itemId: 'stairs', message: 'Select an answer for stairs', problem: { kind: 'missing', answer: 'choice' } }]);
    actor.send({ type: 'NOT_ASSESSED', itemId: 'stairs' });
    expect(actor.getSnapshot().context.errors).toEqual([]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context).toMatchObject({ sectionIndex: 1, showErrors: false, errors: [] });
  });

  it('keeps text it cannot read, with its error, instead of dropping it', () => {
    const actor = start();
    answerFirstSection(actor);
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'ANSWER', itemId: 'visits', input: 'twelve' });
    actor.send({ type: 'CONTINUE' });
    const { context } = actor.getSnapshot();
    expect(context.responses.invalidInputs).toEqual({ visits: 'twelve' });
    expect(context.errors).toEqual([
      { itemId: 'visits', message: 'Visits a week must be a whole number', problem: { kind: 'not-whole-number' } },
      { itemId: 'seenOn', message: 'Enter date seen', problem: { kind: 'missing', answer: 'value' } },
    ]);
    actor.send({ type: 'ANSWER', itemId: 'visits', input: '12' });
    expect(flatResponses(actor.getSnapshot().context.responses)).toMatchObject({ answers: { visits: 12 }, invalidInputs: {} });
    expect(actor.getSnapshot().context.errors).toEqual([{ itemId: 'seenOn', message: 'Enter date seen', problem: { kind: 'missing', answer: 'value' } }]);
  });

  it('goes back without checking, and clears shown errors when leaving a page', () => {
    const actor = start();
    answerFirstSection(actor);
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.errors).toHaveLength(2);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context).toMatchObject({ sectionIndex: 0, errors: [], showErrors: false });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.sectionIndex).toBe(0);
  });

  it('reaches "Check your answers", edits from there and returns there', () => {
    const actor = start();
    answerFirstSection(actor);
    actor.send({ type: 'CONTINUE' });
    answerSecondSection(actor);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'EDIT', itemId: 'walk' });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context).toMatchObject({ sectionIndex: 0, returnToReview: true });
    actor.send({ type: 'ANSWER', itemId: 'walk', input: 'with-help' });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.sectionIndex).toBe(1);
  });

  it('ends with a validated outcome record as its output', () => {
    const actor = start();
    answerFirstSection(actor);
    actor.send({ type: 'CONTINUE' });
    answerSecondSection(actor);
    actor.send({ type: 'CONTINUE' });
    actor.send(submit);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toMatchObject({
      recordId: submit.recordId,
      subject: { reference: 'Person/7' },
      startedAt: input.startedAt,
      completedAt: submit.completedAt,
      answers: { walk: 'alone', stairs: 'unable', visits: 4, seenOn: '2026-11-20' },
      total: 2,
      band: { bandSetId: 'tens', label: 'Not full' },
    });
    expect(validateOutcomeRecord(snapshot.output).success).toBe(true);
  });

  it('takes the host’s new details without changing when the assessment started', () => {
    const actor = start();
    actor.send({ type: 'UPDATE_OPTIONS', options: { bandSetId: 'simple', subjectReference: 'Person/8' } });
    expect(actor.getSnapshot().context.options).toEqual({ bandSetId: 'simple', subjectReference: 'Person/8', startedAt: input.startedAt });
  });

  it('ignores events for items the definition does not have', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', itemId: 'nope', input: 'x' });
    actor.send({ type: 'EDIT', itemId: 'nope' });
    expect(actor.getSnapshot().context.responses.answers).toEqual({});
  });

  it('ignores "Not assessed" for an item that does not offer it', () => {
    const actor = start();
    actor.send({ type: 'NOT_ASSESSED', itemId: 'walk' });
    expect(actor.getSnapshot().context.responses.notAssessed).toEqual([]);
  });

  it('persists its snapshot as JSON and resumes from it exactly', () => {
    const actor = start();
    answerFirstSection(actor);
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'ANSWER', itemId: 'visits', input: '9' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    const resumed = createActor(machine, { snapshot: saved, input }).start();
    expect(resumed.getSnapshot().value).toBe('answering');
    expect(resumed.getSnapshot().context.sectionIndex).toBe(1);
    expect(resumed.getSnapshot().context.responses.answers).toEqual({ walk: 'alone', stairs: 'unable', visits: 9 });
    resumed.send({ type: 'ANSWER', itemId: 'seenOn', input: '2026-11-21' });
    resumed.send({ type: 'CONTINUE' });
    resumed.send(submit);
    expect(resumed.getSnapshot().status).toBe('done');
  });
});
