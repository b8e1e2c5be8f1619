import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parseDefinition, validateOutcomeRecord } from '@otforms/core';
import { longChainAnswers, longChainDefinition } from '../../../core/src/test-support/long-chain-definition.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { readAssessmentDraft } from './assessment-snapshot.js';
import { runningScoreOf, scoreOf, shownItemIds } from './assessment-selectors.js';

/**
 * Issue 13: a definition whose 5,000 questions each depend on the next must
 * run from first answer to record: visibility, validation, the selectors and
 * scoring walk the chain without recursion.
 */
const length = 5000;
const definition = parseDefinition(longChainDefinition(length));

const start = () => createActor(createAssessmentMachine(definition), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();

describe('an assessment over a chain of 5,000 conditions', () => {
  it('shows the one question there is at first, and its error after a refused Continue', () => {
    const actor = start();
    expect([...shownItemIds(definition, actor.getSnapshot().context)]).toEqual([`q${length - 1}`]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.errors).toEqual([{ itemId: `q${length - 1}`, message: `Select an answer for question ${length}`, problem: { kind: 'missing', answer: 'choice' } }]);
    // From then on errors follow every answer: each answer checks the whole chain again.
    actor.send({ type: 'ANSWER', itemId: `q${length - 1}`, input: 'yes' });
    actor.send({ type: 'ANSWER', itemId: `q${length - 2}`, input: 'yes' });
    expect(actor.getSnapshot().context.errors).toEqual([{ itemId: `q${length - 3}`, message: `Select an answer for question ${length - 2}`, problem: { kind: 'missing', answer: 'choice' } }]);
  });

  it('reveals the chain answer by answer', () => {
    const actor = start();
    for (let index = length - 1; index >= length - 200; index--) actor.send({ type: 'ANSWER', itemId: `q${index}`, input: 'yes' });
    const { context } = actor.getSnapshot();
    expect(shownItemIds(definition, context).size).toBe(201);
    expect(runningScoreOf(definition, context)).toEqual({ sum: 200, max: length, unanswered: 1 });
  });

  it('resumes a draft with every answer, scores it and builds a valid record', () => {
    // Entering 5,000 answers one by one copies the answers each time (about 2 ms an answer at this
    // length, fine for a person, slow for a test), so the answers come in a draft, as on a reload.
    const draft = JSON.parse(JSON.stringify(start().getPersistedSnapshot()));
    draft.context.responses.answers = longChainAnswers(length, 'yes');
    const reading = readAssessmentDraft(draft, definition);
    if (!reading.resumable) throw new Error(reading.detail);
    const actor = createActor(createAssessmentMachine(definition), { snapshot: reading.snapshot as never, input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
    const { context } = actor.getSnapshot();
    expect(shownItemIds(definition, context).size).toBe(length);
    expect(scoreOf(definition, context)).toMatchObject({ total: length, status: 'complete' });
    expect(runningScoreOf(definition, context)).toEqual({ sum: length, max: length, unanswered: 0 });

    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'SUBMIT', completedAt: '2026-11-22T09:30:00.000Z', recordId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(actor.getSnapshot().status).toBe('done');
    const record = actor.getSnapshot().output!;
    expect(record.total).toBe(length);
    expect(Object.keys(record.answers)).toHaveLength(length);
    expect(validateOutcomeRecord(record)).toMatchObject({ success: true });
  });
});
