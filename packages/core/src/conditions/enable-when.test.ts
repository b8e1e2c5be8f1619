import { describe, expect, it } from 'vitest';
import { emptyResponseState, type Answer, type ResponseState } from '../answers/answers.js';
import { validateAnswers } from '../answers/validate-answers.js';
import type { Condition } from '../definition/definition-schema.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { buildOutcomeRecord } from '../record/build-outcome-record.js';
import { validateOutcomeRecord } from '../record/validate-outcome-record.js';
import { conditionalDefinition } from '../test-support/conditional-definition.js';
import { areConditionsMet, effectiveAnswers, enabledItemIds, isConditionMet } from './enable-when.js';

const on = (operator: Condition['operator'], value?: string | number): Condition => ({ item: 'x', operator, ...(value === undefined ? {} : { value }) });
const met = (condition: Condition, answer: Answer | undefined) => isConditionMet(condition, answer);

describe('isConditionMet', () => {
  it('answered and notAnswered: an empty list of choices is no answer', () => {
    expect(met(on('answered'), 'yes')).toBe(true);
    expect(met(on('answered'), 0)).toBe(true);
    expect(met(on('answered'), undefined)).toBe(false);
    expect(met(on('answered'), [])).toBe(false);
    expect(met(on('notAnswered'), undefined)).toBe(true);
    expect(met(on('notAnswered'), [])).toBe(true);
    expect(met(on('notAnswered'), 'no')).toBe(false);
  });

  it('equals and notEquals compare codes and numbers exactly', () => {
    expect(met(on('equals', 'yes'), 'yes')).toBe(true);
    expect(met(on('equals', 'yes'), 'no')).toBe(false);
    expect(met(on('equals', 3), 3)).toBe(true);
    expect(met(on('equals', 3), '3')).toBe(false);
    expect(met(on('notEquals', 'yes'), 'no')).toBe(true);
    expect(met(on('notEquals', 'yes'), 'yes')).toBe(false);
  });

  it('equals on a multiple-choice answer means "includes", and notEquals "does not include"', () => {
    expect(met(on('equals', 'bath'), ['bed', 'bath'])).toBe(true);
    expect(met(on('equals', 'bath'), ['bed'])).toBe(false);
    expect(met(on('notEquals', 'bath'), ['bed'])).toBe(true);
    expect(met(on('notEquals', 'bath'), ['bed', 'bath'])).toBe(false);
  });

  it('a question with no answer meets neither equals nor notEquals', () => {
    expect(met(on('equals', 'yes'), undefined)).toBe(false);
    expect(met(on('notEquals', 'yes'), undefined)).toBe(false);
    expect(met(on('notEquals', 'bath'), [])).toBe(false);
  });

  it('greaterThan and lessThan are strict and need a number answer', () => {
    expect(met(on('greaterThan', 2), 3)).toBe(true);
    expect(met(on('greaterThan', 2), 2)).toBe(false);
    expect(met(on('lessThan', 2), 1.5)).toBe(true);
    expect(met(on('lessThan', 2), 2)).toBe(false);
    expect(met(on('greaterThan', 2), '3')).toBe(false);
    expect(met(on('lessThan', 2), undefined)).toBe(false);
    expect(met(on('greaterThan', 0), -0.5)).toBe(false);
  });
});

describe('areConditionsMet', () => {
  const conditions: Condition[] = [
    { item: 'a', operator: 'equals', value: 'yes' },
    { item: 'b', operator: 'greaterThan', value: 2 },
  ];
  const answers = (a?: Answer, b?: Answer) => (id: string) => ({ a, b })[id as 'a' | 'b'];

  it('"all" needs every condition', () => {
    expect(areConditionsMet(conditions, 'all', answers('yes', 3))).toBe(true);
    expect(areConditionsMet(conditions, 'all', answers('yes', 2))).toBe(false);
  });

  it('"any" needs one condition', () => {
    expect(areConditionsMet(conditions, 'any', answers('no', 3))).toBe(true);
    expect(areConditionsMet(conditions, 'any', answers('yes'))).toBe(true);
    expect(areConditionsMet(conditions, 'any', answers('no', 1))).toBe(false);
  });
});

describe('enabledItemIds', () => {
  const definition = parseDefinition(conditionalDefinition);
  const shown = (answers: Record<string, Answer>) => [...enabledItemIds(definition, answers)];

  it('shows unconditional questions, and conditional ones only when their conditions hold', () => {
    expect(shown({})).toEqual(['fallen', 'rooms', 'note']);
    expect(shown({ fallen: 'yes' })).toEqual(['fallen', 'falls', 'rooms', 'bathing', 'note']);
    expect(shown({ fallen: 'yes', falls: 2 })).toEqual(['fallen', 'falls', 'injured', 'rooms', 'bathing', 'note']);
    expect(shown({ fallen: 'yes', falls: 2, injured: 'minor' })).toEqual(['fallen', 'falls', 'injured', 'rooms', 'bathing']);
  });

  it('treats a hidden controlling question as unanswered, whatever answer it still holds', () => {
    // `falls` keeps its answer of 2, but once "fallen" is "no" it is hidden, so `injured` is hidden too.
    expect(shown({ fallen: 'no', falls: 2, injured: 'major' })).toEqual(['fallen', 'rooms', 'note']);
  });

  it('shows a question with "any" when one of its conditions holds, and tests a multiple-choice answer for inclusion', () => {
    expect(shown({ rooms: ['kitchen', 'bathroom'] })).toContain('bathing');
    expect(shown({ rooms: ['kitchen'] })).not.toContain('bathing');
  });

  it('shows a repeating group once its controller is answered', () => {
    expect(shown({ rooms: ['kitchen'] })).toContain('aids');
    expect(shown({ rooms: [] })).not.toContain('aids');
  });

  it('keeps only the answers of shown questions', () => {
    expect(effectiveAnswers(definition, { fallen: 'no', falls: 2, injured: 'major', rooms: ['bedroom'], stranger: 'x' })).toEqual({
      fallen: 'no',
      rooms: ['bedroom'],
    });
  });
});

describe('validateAnswers: hidden and revealed questions', () => {
  const definition = parseDefinition(conditionalDefinition);
  const state = (patch: Partial<ResponseState>): ResponseState => ({ ...emptyResponseState(), ...patch });

  it('does not check a hidden question, whatever it holds', () => {
    const errors = validateAnswers(definition, state({ answers: { fallen: 'no', falls: 99, rooms: ['bedroom'] }, invalidInputs: { injured: 'x' } }));
    expect(errors).toEqual([]);
  });

  it('checks a question once it is revealed', () => {
    expect(validateAnswers(definition, state({ answers: { fallen: 'yes', rooms: ['bedroom'] } }))).toEqual([
      { itemId: 'falls', message: 'Enter number of falls', problem: { kind: 'missing', answer: 'value' } },
      { itemId: 'bathing', message: 'Select an answer for bathing', problem: { kind: 'missing', answer: 'choice' } },
    ]);
    expect(validateAnswers(definition, state({ answers: { fallen: 'yes', falls: 11, rooms: ['bedroom'], bathing: 'alone' } }))).toEqual([
      { itemId: 'falls', message: 'Number of falls must be 10 or less', problem: { kind: 'above-maximum', limit: 10 } },
      { itemId: 'injured', message: 'Select an answer for injury from the worst fall', problem: { kind: 'missing', answer: 'choice' } },
    ]);
  });

  it('checks only the items asked for, and still skips hidden ones among them', () => {
    expect(validateAnswers(definition, state({ answers: { fallen: 'no' } }), ['falls', 'rooms'])).toEqual([
      { itemId: 'rooms', message: 'Select at least one answer for rooms that are hard to reach', problem: { kind: 'missing', answer: 'choices' } },
    ]);
  });
});

describe('buildOutcomeRecord: hidden and revealed questions', () => {
  const definition = parseDefinition(conditionalDefinition);
  const context = {
    recordId: '3b241101-e2bb-4255-8caf-4136c566a962',
    startedAt: '2026-11-22T10:00:00.000Z',
    completedAt: '2026-11-22T10:20:00.000Z',
  };

  it('keeps only the answers, and "Not assessed" marks, of questions that are shown', () => {
    const record = buildOutcomeRecord(
      definition,
      {
        answers: { fallen: 'no', falls: 4, injured: 'major', rooms: ['kitchen'], aids: [{ aidName: 'Frame', aidUse: 7 }], note: 'Tidy house' },
        invalidInputs: {},
        notAssessed: ['injured', 'bathing'],
      },
      context,
    );
    expect(record.answers).toEqual({ fallen: 'no', rooms: ['kitchen'], aids: [{ aidName: 'Frame', aidUse: 7 }], note: 'Tidy house' });
    expect(record.notAssessed).toEqual([]);
    expect(record).toMatchObject({ total: 1, status: 'complete', itemScores: { fallen: 0, rooms: 1 }, scores: { aidDays: 7 } });
    expect(validateOutcomeRecord(record).success).toBe(true);
  });

  it('keeps a revealed answer, and records why a total is withheld', () => {
    const record = buildOutcomeRecord(
      definition,
      { answers: { fallen: 'yes', falls: 9, injured: 'minor', rooms: ['bathroom'], bathing: 'help' }, invalidInputs: {}, notAssessed: [] },
      context,
    );
    expect(record.answers).toEqual({ fallen: 'yes', falls: 9, injured: 'minor', rooms: ['bathroom'], bathing: 'help' });
    expect(record).toMatchObject({ total: null, band: null, noTotalReason: 'Refer for a falls assessment instead', flags: { high: null } });
    expect(validateOutcomeRecord(record).success).toBe(true);
  });
});
