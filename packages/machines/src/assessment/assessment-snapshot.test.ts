import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import * as z from 'zod/mini';
import { parseDefinition, type AnswerAuditEntry, type ResponseState } from '@otforms/core';
import { personRatedPerformanceDefinition } from '@otforms/instruments';
import { createAssessmentMachine } from './assessment-machine.js';
import { AssessmentContextSchema, AssessmentSnapshotSchema, readAssessmentDraft } from './assessment-snapshot.js';
import type { AssessmentContext, AssessmentEvent } from './assessment-types.js';
import { definition, events } from './assessment-walk.test-support.js';

const machine = createAssessmentMachine(definition);
const input = { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/7', assessor: { role: 'Occupational therapist' }, administrationMode: 'observed' as const };
/** The persisted snapshot after `sent`, as it comes back from a store: through JSON. */
const draftAfter = (sent: AssessmentEvent[] = []) => {
  const actor = createActor(machine, { input }).start();
  for (const event of sent) actor.send(event);
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Record<string, unknown> & { context: Record<string, unknown> & { responses: Record<string, unknown> } };
};
const refusal = (stored: unknown, against = definition) => {
  const reading = readAssessmentDraft(stored, against);
  return reading.resumable ? 'resumable' : reading.reason;
};
const detailOf = (stored: unknown) => {
  const reading = readAssessmentDraft(stored, definition);
  return reading.resumable ? '' : reading.detail;
};

describe('the assessment snapshot schema', () => {
  it('describes exactly the machine’s context, as its drafts hold it (the audit and the answers flat)', () => {
    type Persisted = Omit<AssessmentContext, 'audit' | 'responses'> & { audit?: Record<string, AnswerAuditEntry>; responses: ResponseState };
    expectTypeOf<z.output<typeof AssessmentContextSchema>>().toEqualTypeOf<{ [K in keyof Persisted]: Persisted[K] }>();
  });

  it('accepts every persisted snapshot along every path of the walk, and only the unfinished ones resume', () => {
    const paths = getShortestPaths(machine, { events, input });
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const stored = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(path.state)));
      const parsed = AssessmentSnapshotSchema.safeParse(stored);
      expect(parsed.success, `${path.steps.map((step) => step.event.type).join(' → ')}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(refusal(stored)).toBe(path.state.status === 'active' ? 'resumable' : 'finished');
    }
  });

  it('accepts every persisted snapshot of a repeating group’s entries, readable or not', () => {
    const groups = parseDefinition(personRatedPerformanceDefinition);
    const groupMachine = createAssessmentMachine(groups);
    const entryEvents: AssessmentEvent[] = [
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'activity', input: 'Make a hot meal', at: '2026-11-22T09:30:00.000Z' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'importance', input: '8', at: '2026-11-22T09:30:00.000Z' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 1, childId: 'importance', input: 'eight', at: '2026-11-22T09:30:00.000Z' },
      { type: 'REMOVE_ENTRY', itemId: 'activities', index: 0 },
      { type: 'CONTINUE' },
    ];
    const paths = getShortestPaths(groupMachine, { events: entryEvents, input });
    expect(paths.some((path) => Object.keys(path.state.context.responses.invalidInputs).length > 0)).toBe(true);
    for (const path of paths) {
      const stored = JSON.parse(JSON.stringify(groupMachine.getPersistedSnapshot(path.state)));
      expect(readAssessmentDraft(stored, groups).resumable, JSON.stringify(stored.context.responses)).toBe(true);
    }
  });

  it('hands back the stored draft itself, which the machine resumes where it was', () => {
    const stored = draftAfter([{ type: 'ANSWER', itemId: 'choice', input: 'high' }, { type: 'CONTINUE' }, { type: 'ANSWER', itemId: 'count', input: '12x' }]);
    const reading = readAssessmentDraft(stored, definition);
    expect(reading.resumable).toBe(true);
    if (!reading.resumable) return;
    expect(reading.snapshot).toBe(stored);
    const resumed = createActor(machine, { input, snapshot: reading.snapshot as never }).start();
    expect(resumed.getSnapshot().context).toMatchObject({ sectionIndex: 1, responses: { answers: { choice: 'high' }, invalidInputs: { count: '12x' } } });
  });
});

describe('readAssessmentDraft refuses, with a reason', () => {
  it('a draft whose unreadable answers were deleted (it would resume with a blank form), naming the field', () => {
    const stored = draftAfter([{ type: 'ANSWER', itemId: 'choice', input: 'low' }]);
    delete stored.context.responses.invalidInputs;
    expect(refusal(stored)).toBe('malformed');
    expect(detailOf(stored)).toMatch(/^context\.responses\.invalidInputs: /);
  });

  it('anything that is not a persisted snapshot', () => {
    for (const garbage of [null, undefined, 'draft', 42, [], {}, { status: 'active' }, { status: 'active', value: 'answering', context: {} }]) {
      expect(refusal(garbage), JSON.stringify(garbage)).toBe('malformed');
    }
  });

  it('not a draft saved before errors carried their problem: it resumes, its errors to be found again', () => {
    const stored = draftAfter([{ type: 'ANSWER', itemId: 'choice', input: 'low' }]);
    stored.context.errors = [{ itemId: 'choice', message: 'Select an answer for choice' }] as never;
    stored.context.showErrors = true;
    const reading = readAssessmentDraft(stored, definition);
    expect(reading.resumable && reading.snapshot.context.errors).toEqual([]);
  });

  it('not a draft that mixes errors saved before and after errors carried their problem: it keeps the new ones', () => {
    const stored = draftAfter([{ type: 'ANSWER', itemId: 'choice', input: 'low' }]);
    const current = { itemId: 'count', message: 'Enter a whole number', problem: { kind: 'not-whole-number' } };
    stored.context.errors = [{ itemId: 'choice', message: 'Select an answer for choice' }, current] as never;
    const reading = readAssessmentDraft(stored, definition);
    expect(reading.resumable && reading.snapshot.context.errors).toEqual([current]);
  });

  it('a draft with any field the machine or the page reads missing or of the wrong type', () => {
    const breakages: [string, (draft: ReturnType<typeof draftAfter>) => void][] = [
      ['value', (draft) => (draft.value = 'paused')],
      ['children', (draft) => delete draft.children],
      ['context.instrument', (draft) => delete draft.context.instrument],
      ['context.responses.answers', (draft) => (draft.context.responses.answers = { choice: { code: 'low' } })],
      ['context.responses.notAssessed', (draft) => (draft.context.responses.notAssessed = 'choice')],
      ['context.sectionIndex', (draft) => (draft.context.sectionIndex = '0')],
      ['context.sectionIndex', (draft) => (draft.context.sectionIndex = -1)],
      ['context.errors', (draft) => (draft.context.errors = [{ message: 'Select an answer' }])],
      ['context.showErrors', (draft) => delete draft.context.showErrors],
      ['context.returnToReview', (draft) => (draft.context.returnToReview = 'no')],
      ['context.options.startedAt', (draft) => delete (draft.context.options as Record<string, unknown>).startedAt],
      ['context.options.administrationMode', (draft) => ((draft.context.options as Record<string, unknown>).administrationMode = 'telepathy')],
      ['context.record', (draft) => (draft.context.record = { kind: 'assessment' })],
    ];
    for (const [path, breakIt] of breakages) {
      const stored = draftAfter([{ type: 'ANSWER', itemId: 'choice', input: 'low' }]);
      breakIt(stored);
      expect(refusal(stored), path).toBe('malformed');
      expect(detailOf(stored), path).toContain(path);
    }
  });

  it('a snapshot in the final state that says it is still under way', () => {
    const stored = draftAfter();
    stored.value = 'submitted';
    expect(refusal(stored)).toBe('malformed');
    expect(detailOf(stored)).toMatch(/^value: /);
  });

  it('an assessment that has ended', () => {
    for (const status of ['done', 'error', 'stopped']) expect(refusal({ ...draftAfter(), status }), status).toBe('finished');
  });

  it('a draft of another instrument or version, or at a section this definition does not have', () => {
    const other = (changes: object) => parseDefinition({ ...definition, ...changes });
    expect(refusal(draftAfter(), other({ id: 'another-test' }))).toBe('other-instrument');
    expect(refusal(draftAfter(), other({ version: '2' }))).toBe('other-instrument');
    const onSecondSection = draftAfter([{ type: 'ANSWER', itemId: 'choice', input: 'low' }, { type: 'CONTINUE' }]);
    expect(refusal(onSecondSection)).toBe('resumable');
    expect(refusal(onSecondSection, other({ sections: definition.sections.slice(0, 1) }))).toBe('other-instrument');
    const reading = readAssessmentDraft(draftAfter(), other({ version: '2' }));
    expect(reading.resumable ? '' : reading.detail).toBe('The draft is of walk-test@1, not walk-test@2.');
  });
});
