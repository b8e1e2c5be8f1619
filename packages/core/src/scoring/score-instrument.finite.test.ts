import { describe, expect, it } from 'vitest';
import { buildOutcomeRecord } from '../record/build-outcome-record.js';
import { emptyResponseState } from '../answers/answers.js';
import { validateAnswers } from '../answers/validate-answers.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { definitionOf, group, numberItem } from '../test-support/definition-builders.js';
import { scoreInstrument } from './score-instrument.js';

/**
 * parseDefinition keeps every score a definition sets in the safe range, but a
 * scored number question without a max takes any number. Issue 13: a total of
 * Infinity made "Complete assessment" fail with no record. Scores that are no
 * finite number are given as no score instead, and the record is made.
 */
const definition = parseDefinition(
  definitionOf([numberItem('a', 'decimal'), numberItem('b', 'decimal'), group('g', [numberItem('gc', 'decimal')])], {
    items: ['a', 'b'],
    weights: { b: 2 },
    alternativeScales: [{ id: 'x10', label: 'Times ten', multiplier: 10 }],
    subscales: [{ id: 'ab', label: 'A and B', items: ['a', 'b'] }],
    groupScores: [{ id: 'gs', label: 'Group', group: 'g', item: 'gc', method: 'sum' }],
    differences: [{ id: 'change', label: 'Change', from: 'gs', to: 'total' }],
  }),
);
const huge = Number.MAX_VALUE;

describe('scores of unbounded number answers', () => {
  it('are no score, never Infinity, when they add up past the largest number', () => {
    const answers = { a: huge, b: 1, g: [{ gc: huge }, { gc: huge }] };
    expect(validateAnswers(definition, { ...emptyResponseState(), answers })).toEqual([]);
    expect(scoreInstrument(definition, answers)).toMatchObject({
      itemScores: { a: huge, b: 2 },
      total: huge,
      status: 'complete',
      scales: { x10: null },
      scores: { ab: huge, gs: null, change: null },
    });
    expect(scoreInstrument(definition, { a: huge, b: huge })).toMatchObject({ itemScores: { a: huge, b: null }, missingItems: ['b'], total: null, status: 'incomplete' });
    expect(scoreInstrument(definition, { a: huge, b: huge / 2 })).toMatchObject({ total: null, status: 'complete', scores: { ab: null } });
  });

  it('still give a record', () => {
    const responses = { ...emptyResponseState(), answers: { a: huge, b: huge / 2, g: [{ gc: huge }, { gc: huge }] } };
    const record = buildOutcomeRecord(definition, responses, {
      recordId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      startedAt: '2026-11-22T09:00:00.000Z',
      completedAt: '2026-11-22T09:30:00.000Z',
    });
    expect(record).toMatchObject({ total: null, status: 'complete', scores: { gs: null } });
  });

  it('are the same as before for every finite total', () => {
    expect(scoreInstrument(definition, { a: 1.5, b: 2, g: [{ gc: 3 }, { gc: 4 }] })).toMatchObject({
      total: 5.5,
      scales: { x10: 55 },
      scores: { ab: 5.5, gs: 7, change: -1.5 },
    });
  });
});
