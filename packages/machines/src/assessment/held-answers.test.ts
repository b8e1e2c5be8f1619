import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { draftChange, isBucketedRecord, parseDefinition, type Answer } from '@otforms/core';
import { choice, definitionOf } from '../../../core/src/test-support/definition-builders.js';
import { fixturePhoto, homeVisitDefinition } from '../../../core/src/test-support/home-visit-definition.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { readAssessmentDraft } from './assessment-snapshot.js';
import {
  emptyHeldAnswers,
  flatAnswers,
  flatResponses,
  heldAnswersOf,
  heldAnswer,
  holdsAnswer,
  holdsAnyAnswer,
  photoResponses,
  recordResponses,
  responsesOnly,
  withHeldAnswer,
  withoutHeldAnswer,
  type HeldResponses,
} from './held-answers.js';

const START = { startedAt: '2026-01-05T09:00:00Z' };
const definition = parseDefinition(definitionOf([[choice('walk'), choice('stairs')], [choice('bath'), choice('dress')]]));
/** A draft the machine's reader accepts, as a snapshot to resume. */
function resumable(draft: unknown) {
  const reading = readAssessmentDraft(draft, definition);
  if (!reading.resumable) throw new Error(`not resumable: ${reading.detail}`);
  // The snapshot type is the schema's (the answers flat); the machine takes it as its own, as the element does.
  return reading.snapshot as never;
}
const responsesWith = (answers: HeldResponses['answers']): HeldResponses => ({ answers, invalidInputs: {}, notAssessed: [], attachments: {} });

describe('the answers as an assessment holds them', () => {
  it('reads, sets and clears an answer, bucketed or flat (as a draft gives them back), with "__proto__" an id like any other', () => {
    const flat = heldAnswersOf(JSON.parse('{"__proto__": "yes", "walk": "no"}') as Record<string, Answer>);
    expect([heldAnswer(flat, '__proto__'), heldAnswer(flat, 'walk'), heldAnswer(flat, 'toString')]).toEqual(['yes', 'no', undefined]);
    const held = withHeldAnswer(flat, 'stairs', 'yes');
    expect(isBucketedRecord(held)).toBe(true);
    expect(flat).toEqual(JSON.parse('{"__proto__": "yes", "walk": "no"}'));
    expect([heldAnswer(held, '__proto__'), heldAnswer(held, 'stairs'), holdsAnswer(held, 'toString')]).toEqual(['yes', 'yes', false]);
    const cleared = withoutHeldAnswer(held, '__proto__');
    expect(holdsAnswer(cleared, '__proto__')).toBe(false);
    expect(Object.keys(flatAnswers(cleared)).sort()).toEqual(['stairs', 'walk']);
    // Nothing to clear: the same object, so nothing downstream sees a change.
    expect(withoutHeldAnswer(cleared, 'bath')).toBe(cleared);
  });

  it('knows whether any answer is held without reading each, also once the last one is cleared', () => {
    expect(holdsAnyAnswer(heldAnswersOf({}))).toBe(false);
    expect(holdsAnyAnswer(emptyHeldAnswers())).toBe(false);
    const one = withHeldAnswer(emptyHeldAnswers(), 'walk', 'no');
    expect(holdsAnyAnswer(one)).toBe(true);
    expect(holdsAnyAnswer(withoutHeldAnswer(one, 'walk'))).toBe(false);
  });

  it('flattens each answers object once, and gives flat ones back as they are', () => {
    const held = withHeldAnswer(emptyHeldAnswers(), 'walk', 'no');
    expect(flatAnswers(held)).toBe(flatAnswers(held));
    expect(flatAnswers(held)).toEqual({ walk: 'no' });
    const flat = { walk: 'no' };
    expect(flatAnswers(heldAnswersOf(flat))).toBe(flat);
    const responses = responsesWith(held);
    expect(flatResponses(responses)).toBe(flatResponses(responses));
    expect(flatResponses(responses)).toEqual({ answers: { walk: 'no' }, invalidInputs: {}, notAssessed: [], attachments: {} });
  });

  it('gives a record its answers in the definition’s order, whatever order they were given in, and none the definition does not know', () => {
    let answers = emptyHeldAnswers();
    for (const [itemId, value] of [['dress', 'no'], ['unknown', 'kept'], ['walk', 'yes'], ['bath', 'no']] as const) answers = withHeldAnswer(answers, itemId, value);
    expect(Object.keys(recordResponses(definition, responsesWith(answers)).answers)).toEqual(['walk', 'bath', 'dress']);
  });

  it('picks only the answers a page reads, and only the photos’ for counting them', () => {
    const photos = parseDefinition(homeVisitDefinition);
    const photo = fixturePhoto('p1');
    let answers = emptyHeldAnswers();
    answers = withHeldAnswer(answers, 'walk', 'no');
    answers = withHeldAnswer(answers, photo.itemId, [photo.id]);
    const responses = { ...responsesWith(answers), attachments: { [photo.id]: photo } };
    expect(responsesOnly(responses, ['walk', 'missing']).answers).toEqual({ walk: 'no' });
    expect(photoResponses(photos, responses).answers).toEqual({ [photo.itemId]: [photo.id] });
    expect(photoResponses(photos, responses).attachments).toBe(responses.attachments);
  });
});

describe('an assessment’s answers in its drafts', () => {
  it('are bucketed in memory from the first answer, and flat in every draft, which resumes', () => {
    const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
    actor.send({ type: 'ANSWER', itemId: 'walk', input: 'yes' });
    actor.send({ type: 'ANSWER', itemId: 'stairs', input: 'no' });
    expect(isBucketedRecord(actor.getSnapshot().context.responses.answers)).toBe(true);
    const draft = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { context: { responses: { answers: unknown } } };
    expect(draft.context.responses.answers).toEqual({ walk: 'yes', stairs: 'no' });
    const resumed = createActor(createAssessmentMachine(definition), { input: START, snapshot: resumable(draft) }).start();
    expect(flatAnswers(resumed.getSnapshot().context.responses.answers)).toEqual({ walk: 'yes', stairs: 'no' });
    resumed.send({ type: 'ANSWER', itemId: 'walk', input: 'no' });
    expect(flatAnswers(resumed.getSnapshot().context.responses.answers)).toEqual({ walk: 'no', stairs: 'no' });
  });

  it('change as the flat answers do: one answer’s key per answer, and the whole answers after a resume', () => {
    const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
    actor.send({ type: 'ANSWER', itemId: 'walk', input: 'yes' });
    const first = actor.getSnapshot().context;
    actor.send({ type: 'ANSWER', itemId: 'stairs', input: 'no' });
    const answersChange = (before: object, after: object) => draftChange({ answers: before }, { answers: after })!;
    expect(answersChange(first.responses.answers, actor.getSnapshot().context.responses.answers)).toEqual([{ path: ['answers', 'stairs'], to: 'no' }]);
    actor.send({ type: 'ANSWER', itemId: 'walk', input: '' });
    expect(answersChange(first.responses.answers, actor.getSnapshot().context.responses.answers)).toEqual(
      expect.arrayContaining([{ path: ['answers', 'stairs'], to: 'no' }, { path: ['answers', 'walk'] }]),
    );
    // Resumed: the answers are flat until the next answer buckets them, so that answer's change is all of them.
    const draft = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as object;
    const resumed = createActor(createAssessmentMachine(definition), { input: START, snapshot: resumable(draft) }).start();
    const flat = resumed.getSnapshot().context.responses.answers;
    resumed.send({ type: 'ANSWER', itemId: 'bath', input: 'yes' });
    expect(answersChange(flat, resumed.getSnapshot().context.responses.answers)).toEqual([{ path: ['answers'], to: { stairs: 'no', bath: 'yes' } }]);
  });

  it('make a record with the answers in the definition’s order', () => {
    const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
    for (const itemId of ['stairs', 'walk']) actor.send({ type: 'ANSWER', itemId, input: 'no' });
    actor.send({ type: 'CONTINUE' });
    for (const itemId of ['dress', 'bath']) actor.send({ type: 'ANSWER', itemId, input: 'yes' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SUBMIT', completedAt: '2026-01-05T10:00:00Z', recordId: '0b000000-0000-4000-8000-000000000001' });
    expect(Object.keys(actor.getSnapshot().output!.answers)).toEqual(['walk', 'stairs', 'bath', 'dress']);
  });
});
