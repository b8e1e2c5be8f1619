import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import type { QuestionItem } from '../definition/definition-schema.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { emptyResponseState, type ResponseState } from './answers.js';
import { readInput } from './read-input.js';
import { validateAnswers } from './validate-answers.js';
import { scoreInstrument } from '../scoring/score-instrument.js';

const definition = parseDefinition(sampleDefinition);
const item = (id: string) => definition.sections.flatMap((s) => s.items).find((i) => i.id === id) as QuestionItem;
const state = (patch: Partial<ResponseState>): ResponseState => ({ ...emptyResponseState(), ...patch });

describe('readInput', () => {
  it('reads option codes, numbers, text and real ISO dates', () => {
    expect(readInput(item('walk'), 'alone')).toEqual({ kind: 'answer', value: 'alone' });
    expect(readInput(item('walk'), 'fly')).toEqual({ kind: 'invalid', text: 'fly' });
    expect(readInput(item('visits'), ' 1,200 ')).toEqual({ kind: 'answer', value: 1200 });
    expect(readInput(item('visits'), '12x')).toEqual({ kind: 'invalid', text: '12x' });
    expect(readInput(item('time'), '.5')).toEqual({ kind: 'answer', value: 0.5 });
    expect(readInput(item('notes'), '   ')).toEqual({ kind: 'empty' });
    expect(readInput(item('seenOn'), '2024-02-29')).toEqual({ kind: 'answer', value: '2024-02-29' });
    expect(readInput(item('seenOn'), '2023-02-29')).toEqual({ kind: 'invalid', text: '2023-02-29' });
    expect(readInput(item('seenOn'), undefined)).toEqual({ kind: 'empty' });
  });
});

describe('validateAnswers', () => {
  it('asks for every required answer in GOV.UK words', () => {
    expect(validateAnswers(definition, emptyResponseState())).toEqual([
      { itemId: 'walk', message: 'Select an answer for walking', problem: { kind: 'missing', answer: 'choice' } },
      { itemId: 'stairs', message: 'Select an answer for stairs', problem: { kind: 'missing', answer: 'choice' } },
      { itemId: 'visits', message: 'Enter visits a week', problem: { kind: 'missing', answer: 'value' } },
      { itemId: 'seenOn', message: 'Enter date seen', problem: { kind: 'missing', answer: 'value' } },
    ]);
  });

  it('accepts "Not assessed" in place of an answer', () => {
    expect(validateAnswers(definition, state({ notAssessed: ['stairs'] }), ['stairs'])).toEqual([]);
  });

  it('explains unreadable and out-of-range answers', () => {
    const errors = validateAnswers(
      definition,
      state({
        answers: { visits: 30, time: 1.25, notes: 'x'.repeat(201) },
        invalidInputs: { seenOn: '31/02' },
      }),
      ['visits', 'time', 'seenOn', 'notes'],
    );
    expect(errors).toEqual([
      { itemId: 'visits', message: 'Visits a week must be 28 or less', problem: { kind: 'above-maximum', limit: 28 } },
      { itemId: 'time', message: 'Time taken must have 1 decimal place or fewer', problem: { kind: 'decimal-places', max: 1 } },
      { itemId: 'seenOn', message: 'Date seen must be a real date', problem: { kind: 'not-real-date' } },
      { itemId: 'notes', message: 'Notes must be 200 characters or fewer', problem: { kind: 'too-long', maxLength: 200 } },
    ]);
    expect(validateAnswers(definition, state({ answers: { visits: 1.5 } }), ['visits'])[0]?.message).toBe(
      'Visits a week must be a whole number',
    );
    expect(validateAnswers(definition, state({ answers: { time: -1 } }), ['time'])[0]?.message).toBe(
      'Time taken must be 0 seconds or more',
    );
  });
});

describe('durations', () => {
  const timed = parseDefinition({
    id: 'timed',
    version: '1',
    title: 'Timed',
    citation: 'otforms test fixture',
    licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
    sections: [{ id: 's', title: 'S', items: [{ id: 'walk', type: 'duration', label: 'Walk time' }] }],
    scoring: { method: 'sum', items: ['walk'] },
  });

  it('are never negative, even without a minimum, and a refused time is not scored', () => {
    expect(validateAnswers(timed, state({ answers: { walk: -3 } }))).toEqual([{ itemId: 'walk', message: 'Walk time must be 0 seconds or more', problem: { kind: 'below-minimum', limit: 0, seconds: true } }]);
    expect(validateAnswers(timed, state({ answers: { walk: 12.34 } }))).toEqual([
      { itemId: 'walk', message: 'Walk time must have 1 decimal place or fewer', problem: { kind: 'decimal-places', max: 1 } },
    ]);
    expect(scoreInstrument(timed, { walk: -3 }).total).toBe(null);
    expect(scoreInstrument(timed, { walk: 14.2 }).total).toBe(14.2);
  });
});
