import { describe, expect, it } from 'vitest';
import { choice, definitionOf, group, issuesOf, multipleChoice, numberItem, textItem } from '../test-support/definition-builders.js';
import { definitionMessageTemplates, isKnownDefinitionMessage, matchesTemplate } from '../test-support/definition-messages.js';

/** Issue 13: a question whose limits leave no answer it could accept is refused, naming the field to change. */
const measurement = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'measurement', label: `Question ${id}`, unit: 'cm', ...extra });
const options: [string, number | undefined][] = [['bath', undefined], ['bed', undefined], ['stairs', undefined]];

const cases: { name: string; input: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    name: 'an integer question whose min is above its max',
    input: definitionOf([numberItem('n', 'integer', { min: 10, max: 1 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'The largest answer (max 1) must not be below the smallest (min 10)' }],
  },
  {
    name: 'a decimal question whose min is above its max',
    input: definitionOf([choice('a'), numberItem('d', 'decimal', { min: 0.5, max: -0.5 })]),
    issues: [{ path: 'sections[0].items[1].max', message: 'The largest answer (max -0.5) must not be below the smallest (min 0.5)' }],
  },
  {
    name: 'a duration whose max is below the 0 every duration starts at, given as min',
    input: definitionOf([numberItem('t', 'duration', { min: 30, max: 20 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'The largest answer (max 20) must not be below the smallest (min 30)' }],
  },
  {
    name: 'a measurement whose min is above its max (as before)',
    input: definitionOf([measurement('m', { min: 400, max: 100 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'The largest measurement (max 100) must not be below the smallest (min 400)' }],
  },
  {
    name: 'a number question inside a repeating group whose min is above its max',
    input: definitionOf([group('g', [textItem('gt'), numberItem('gn', 'integer', { min: 5, max: 4 })])]),
    issues: [{ path: 'sections[0].items[0].items[1].max', message: 'The largest answer (max 4) must not be below the smallest (min 5)' }],
  },
  {
    name: 'an integer question with no whole number in its range',
    input: definitionOf([numberItem('n', 'integer', { min: 1.2, max: 1.8 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'No whole number lies between min 1.2 and max 1.8' }],
  },
  {
    name: 'a measurement with no whole number in its range (0 decimal places by default)',
    input: definitionOf([measurement('m', { min: 0.2, max: 0.8 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'No whole number lies between min 0.2 and max 0.8' }],
  },
  {
    name: 'a decimal question whose range is narrower than its decimal places allow',
    input: definitionOf([numberItem('d', 'decimal', { min: 0.121, max: 0.129, decimalPlaces: 2 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'No number with 2 decimal places or fewer lies between min 0.121 and max 0.129' }],
  },
  {
    name: 'a duration whose range is narrower than its 1 decimal place (the default)',
    input: definitionOf([numberItem('t', 'duration', { min: 0.12, max: 0.18 })]),
    issues: [{ path: 'sections[0].items[0].max', message: 'No number with 1 decimal place or fewer lies between min 0.12 and max 0.18' }],
  },
  {
    name: 'a multiple-choice question that needs more answers than it allows',
    input: definitionOf([multipleChoice('m', options, { minSelected: 3, maxSelected: 2 })]),
    issues: [{ path: 'sections[0].items[0].minSelected', message: 'minSelected (3) must not be above maxSelected (2)' }],
  },
  {
    name: 'a multiple-choice question that needs more answers than it has options',
    input: definitionOf([multipleChoice('m', options, { minSelected: 4 })]),
    issues: [{ path: 'sections[0].items[0].minSelected', message: 'minSelected (4) is more than the 3 options' }],
  },
  {
    name: 'a repeating group that needs more entries than it allows',
    input: definitionOf([group('g', [textItem('gt')], { minEntries: 3, maxEntries: 2 })]),
    issues: [{ path: 'sections[0].items[0].minEntries', message: 'minEntries (3) must not be above maxEntries (2)' }],
  },
  {
    name: 'an impossible range even on an item whose id is used twice',
    input: definitionOf([numberItem('n', 'integer'), numberItem('n', 'integer', { min: 2, max: 1 })]),
    issues: [
      { path: 'sections[0].items[1].id', message: 'Item id "n" is already used at sections[0].items[0].id' },
      { path: 'sections[0].items[1].max', message: 'The largest answer (max 1) must not be below the smallest (min 2)' },
    ],
  },
];

describe('limits of a question', () => {
  it('accept every range that holds an answer, however narrow', () => {
    const input = definitionOf([
      numberItem('n', 'integer', { min: 3, max: 3 }),
      numberItem('n2', 'integer', { min: 1.5, max: 2 }),
      numberItem('d', 'decimal', { min: 0.7, max: 0.7, decimalPlaces: 1 }),
      numberItem('d2', 'decimal', { min: 0.121, max: 0.129 }),
      numberItem('d3', 'decimal', { min: -1e300, max: 1e300, decimalPlaces: 0 }),
      numberItem('t', 'duration', { max: 0.1 }),
      measurement('m', { min: 0.1, max: 0.1, decimalPlaces: 1 }),
      measurement('m2', { min: 2.5 }),
      multipleChoice('c', options, { minSelected: 3, maxSelected: 3 }),
      group('g', [textItem('gt')], { minEntries: 2, maxEntries: 2 }),
    ]);
    expect(issuesOf(input)).toEqual([]);
  });

  for (const { name, input, issues } of cases) {
    it(`report ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('have a case above for every message in range-rules.ts', () => {
    const messages = cases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of [...definitionMessageTemplates.items, ...definitionMessageTemplates.ranges]) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
    expect(messages.every(isKnownDefinitionMessage)).toBe(true);
  });
});
