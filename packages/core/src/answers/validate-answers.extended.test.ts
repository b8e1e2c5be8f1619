import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { definitionOf, group, multipleChoice, numberItem, textItem } from '../test-support/definition-builders.js';
import { emptyResponseState, entryInputKey, type ResponseState } from './answers.js';
import { validateAnswers } from './validate-answers.js';

const state = (patch: Partial<ResponseState>): ResponseState => ({ ...emptyResponseState(), ...patch });

describe('validateAnswers: repeating groups', () => {
  const definition = parseDefinition(
    definitionOf([
      group('aids', [textItem('aidName', { label: 'Name of aid' }), numberItem('aidUse', 'integer', { label: 'Days used a week', min: 0, max: 7 })], {
        label: 'Walking aids',
        entryLabel: 'Aid',
        minEntries: 2,
        maxEntries: 3,
      }),
      group('visits', [textItem('who', { label: 'Who visits' })], { label: 'Visits', entryLabel: 'Visit' }),
      group('extras', [textItem('what', { label: 'What' })], { label: 'Extras', entryLabel: 'Extra', required: false }),
    ]),
  );
  const entry = (aidName?: string, aidUse?: number) => ({ ...(aidName ? { aidName } : {}), ...(aidUse === undefined ? {} : { aidUse }) });
  const visits = [{ who: 'Daughter' }];

  it('asks for the least number of entries: one when required, minEntries when more', () => {
    expect(validateAnswers(definition, state({}))).toEqual([
      { itemId: 'aids', message: 'Add at least 2 entries (aid)', problem: { kind: 'too-few-entries', min: 2 } },
      { itemId: 'visits', message: 'Add at least one visit', problem: { kind: 'too-few-entries', min: 1 } },
    ]);
  });

  it('refuses more than maxEntries', () => {
    const answers = { aids: [entry('Frame', 7), entry('Stick', 1), entry('Rail', 2), entry('Chair', 3)], visits };
    expect(validateAnswers(definition, state({ answers }))).toEqual([{ itemId: 'aids', message: 'Add no more than 3 entries (aid)', problem: { kind: 'too-many-entries', max: 3 } }]);
  });

  it('names the entry and the member of each problem inside an entry', () => {
    const answers = { aids: [entry(undefined, 7), entry('Stick', 9)], visits };
    expect(validateAnswers(definition, state({ answers }))).toEqual([
      { itemId: 'aids', entry: 0, childId: 'aidName', message: 'Aid 1: Enter name of aid', problem: { kind: 'missing', answer: 'value' } },
      { itemId: 'aids', entry: 1, childId: 'aidUse', message: 'Aid 2: Days used a week must be 7 or less', problem: { kind: 'above-maximum', limit: 7 } },
    ]);
  });

  it('explains text in an entry that could not be read', () => {
    const answers = { aids: [entry('Frame'), entry('Stick', 2)], visits };
    const invalidInputs = { [entryInputKey('aids', 0, 'aidUse')]: 'most days' };
    expect(validateAnswers(definition, state({ answers, invalidInputs }))).toEqual([
      { itemId: 'aids', entry: 0, childId: 'aidUse', message: 'Aid 1: Days used a week must be a whole number', problem: { kind: 'not-whole-number' } },
    ]);
  });

  it('accepts an optional group with no entries, and valid entries', () => {
    expect(validateAnswers(definition, state({ answers: { aids: [entry('Frame', 7), entry('Stick', 0)], visits } }))).toEqual([]);
  });
});

describe('validateAnswers: how many choices', () => {
  const definition = parseDefinition(
    definitionOf([multipleChoice('rooms', [['bath', undefined], ['bed', undefined], ['hall', undefined]], { label: 'Rooms', minSelected: 2, maxSelected: 2 })]),
  );

  it('asks for at least minSelected and no more than maxSelected choices', () => {
    expect(validateAnswers(definition, state({ answers: { rooms: ['bath'] } }))).toEqual([{ itemId: 'rooms', message: 'Select at least 2 answers for rooms', problem: { kind: 'too-few-selected', min: 2 } }]);
    expect(validateAnswers(definition, state({ answers: { rooms: ['bath', 'bed', 'hall'] } }))).toEqual([
      { itemId: 'rooms', message: 'Select no more than 2 answers for rooms', problem: { kind: 'too-many-selected', max: 2 } },
    ]);
    expect(validateAnswers(definition, state({ answers: { rooms: ['bath', 'hall'] } }))).toEqual([]);
  });
});
