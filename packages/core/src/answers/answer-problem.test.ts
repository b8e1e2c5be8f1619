import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import type { QuestionItem } from '../definition/definition-schema.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { emptyResponseState, type ResponseState } from './answers.js';
import { AnswerProblemSchema, describeAnswerProblem, describeEntryProblem, type AnswerProblem } from './answer-problem.js';
import { checkItem, validateAnswers, validateItem } from './validate-answers.js';

const definition = parseDefinition(sampleDefinition);
const item = (id: string) => definition.sections.flatMap((s) => s.items).find((i) => i.id === id) as QuestionItem;
const state = (patch: Partial<ResponseState>): ResponseState => ({ ...emptyResponseState(), ...patch });

describe('AnswerProblem', () => {
  it('says each problem in English, the label in a sentence or leading it', () => {
    const cases: [AnswerProblem, string][] = [
      [{ kind: 'missing', answer: 'choice' }, 'Select an answer for walking'],
      [{ kind: 'missing', answer: 'choices' }, 'Select at least one answer for walking'],
      [{ kind: 'missing', answer: 'photo' }, 'Add a photo for walking'],
      [{ kind: 'missing', answer: 'value' }, 'Enter walking'],
      [{ kind: 'unknown-option' }, 'Select one of the options for walking'],
      [{ kind: 'not-whole-number' }, 'Walking must be a whole number'],
      [{ kind: 'not-number' }, 'Walking must be a number'],
      [{ kind: 'not-seconds' }, 'Walking must be a number of seconds, like 12.5'],
      [{ kind: 'not-real-date' }, 'Walking must be a real date'],
      [{ kind: 'decimal-places', max: 0 }, 'Walking must be a whole number'],
      [{ kind: 'decimal-places', max: 1 }, 'Walking must have 1 decimal place or fewer'],
      [{ kind: 'decimal-places', max: 2 }, 'Walking must have 2 decimal places or fewer'],
      [{ kind: 'below-minimum', limit: 3 }, 'Walking must be 3 or more'],
      [{ kind: 'below-minimum', limit: 0, seconds: true }, 'Walking must be 0 seconds or more'],
      [{ kind: 'above-maximum', limit: 400, unit: 'mm' }, 'Walking must be 400 mm or less'],
      [{ kind: 'too-few-selected', min: 2 }, 'Select at least 2 answers for walking'],
      [{ kind: 'too-many-selected', max: 3 }, 'Select no more than 3 answers for walking'],
      [{ kind: 'too-long', maxLength: 10 }, 'Walking must be 10 characters or fewer'],
      [{ kind: 'too-few-entries', min: 1 }, 'Add at least one walking'],
      [{ kind: 'too-few-entries', min: 2 }, 'Add at least 2 entries (walking)'],
      [{ kind: 'too-many-entries', max: 4 }, 'Add no more than 4 entries (walking)'],
      [{ kind: 'unreadable-photo' }, 'A photo for walking could not be read; add it again'],
      [{ kind: 'too-many-photos', max: 1 }, 'Add no more than 1 photo for walking'],
      [{ kind: 'too-many-photos', max: 2 }, 'Add no more than 2 photos for walking'],
      [{ kind: 'photos-too-large', totalBytes: 2_600_000, budgetBytes: 2_500_000 }, 'The photos are too large to keep with this record (2.6 MB of 2.5 MB). Remove a photo.'],
    ];
    for (const [problem, words] of cases) {
      expect(describeAnswerProblem(problem, 'Walking')).toBe(words);
      expect(AnswerProblemSchema.parse(problem)).toEqual(problem);
    }
    expect(describeEntryProblem('Aid', 1, 'Enter name')).toBe('Aid 2: Enter name');
  });

  it('is refused by its schema when its kind or values are not one of the union', () => {
    expect(AnswerProblemSchema.safeParse({ kind: 'too-long' }).success).toBe(false);
    expect(AnswerProblemSchema.safeParse({ kind: 'missing', answer: 'nothing' }).success).toBe(false);
    expect(AnswerProblemSchema.safeParse({ kind: 'other' }).success).toBe(false);
  });

  it('goes with every error validateAnswers gives, and its message is the problem in English', () => {
    const errors = validateAnswers(definition, state({ answers: { visits: 30 }, invalidInputs: { seenOn: '31/02' } }));
    expect(errors.length).toBeGreaterThan(2);
    for (const error of errors) {
      expect(AnswerProblemSchema.parse(error.problem)).toEqual(error.problem);
      expect(error.message).toBe(describeAnswerProblem(error.problem, item(error.itemId).label));
    }
  });

  it('is what checkItem gives a question element, with the message validateItem gives', () => {
    const given = state({ answers: { visits: 1.5 } });
    expect(checkItem(item('visits'), given)).toEqual({ problem: { kind: 'not-whole-number' }, message: 'Visits a week must be a whole number' });
    expect(validateItem(item('visits'), given)).toBe('Visits a week must be a whole number');
    expect(checkItem(item('visits'), state({ answers: { visits: 2 } }))).toBe(null);
    expect(checkItem(item('walk'), state({ invalidInputs: { walk: 'fly' } }))?.problem).toEqual({ kind: 'unknown-option' });
  });
});
