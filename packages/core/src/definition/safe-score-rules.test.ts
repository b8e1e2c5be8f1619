import { describe, expect, it } from 'vitest';
import { choice, definitionOf, group, issuesOf, multipleChoice, numberItem, yesNo } from '../test-support/definition-builders.js';
import { definitionMessageTemplates, isKnownDefinitionMessage, matchesTemplate } from '../test-support/definition-messages.js';
import { parseDefinition } from './parse-definition.js';
import { scoreInstrument } from '../scoring/score-instrument.js';

/**
 * Issue 13: option scores that overflowed to Infinity made "Complete
 * assessment" fail with no record. A score that can leave the safe range of
 * numbers is refused where it is set.
 */
const big = 2 ** 52; // about half of Number.MAX_SAFE_INTEGER: 1 item is safe, 2 summed are not
const safe = '±9007199254740991';

const cases: { name: string; input: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    name: 'an option score beyond the safe range',
    input: definitionOf([choice('a', [['no', 0], ['yes', 1e16]])], { method: 'sum' }),
    issues: [{ path: 'sections[0].items[0].options[1].score', message: `Item "a" can score 10000000000000000, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a negative option score beyond the safe range',
    input: definitionOf([choice('a', [['no', -1e308], ['yes', 1]])], { method: 'sum' }),
    issues: [{ path: 'sections[0].items[0].options[0].score', message: `Item "a" can score -1e+308, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'multiple-choice options whose sum leaves the safe range',
    input: definitionOf([multipleChoice('m', [['bath', big], ['bed', big]])], { method: 'sum' }),
    issues: [{ path: 'sections[0].items[0].options', message: `Item "m" can score ${2 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'yes-no scores beyond the safe range',
    input: definitionOf([yesNo('b', { scores: { yes: 1e300, no: 0 } })], { method: 'sum' }),
    issues: [{ path: 'sections[0].items[0].scores', message: `Item "b" can score 1e+300, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a scored number question whose max is beyond the safe range',
    input: definitionOf([numberItem('n', 'integer', { min: 0, max: 1e20 })], { items: ['n'] }),
    issues: [{ path: 'sections[0].items[0].max', message: `Item "n" can score 100000000000000000000, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a weight that takes a safe score beyond the safe range',
    input: definitionOf([choice('a', [['no', 0], ['yes', big]])], { weights: { a: 4 } }),
    issues: [{ path: 'scoring.weights.a', message: `Item "a" can score ${4 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a weight so large that the score overflows to Infinity',
    input: definitionOf([choice('a', [['no', 0], ['yes', 10]])], { weights: { a: 1e308 } }),
    issues: [{ path: 'scoring.weights.a', message: `Item "a" can score Infinity, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'safe items whose total leaves the safe range',
    input: definitionOf([choice('a', [['no', 0], ['yes', big]]), choice('b', [['no', 0], ['yes', big]])], { method: 'sum' }),
    issues: [{ path: 'scoring', message: `The total can reach ${2 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a mean whose sum leaves the safe range before it is divided',
    input: definitionOf([choice('a', [['no', -big], ['yes', 0]]), choice('b', [['no', -big], ['yes', 0]])], { method: 'mean' }),
    issues: [{ path: 'scoring', message: `The total can reach ${-2 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a prorated total, where one large item stands for every item',
    input: definitionOf([choice('a', [['no', 0], ['yes', big]]), choice('b', [['no', 0], ['yes', 1]]), choice('c', [['no', 0], ['yes', 1]])], {
      missing: { rule: 'prorate', maxMissing: 2, rounding: 'nearest' },
    }),
    issues: [{ path: 'scoring', message: `The total can reach ${3 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'an alternative scale that multiplies a safe total beyond the safe range',
    input: definitionOf([choice('a', [['no', 0], ['yes', big]])], { alternativeScales: [{ id: 'big', label: 'Big', multiplier: 3 }] }),
    issues: [{ path: 'scoring.alternativeScales[0].multiplier', message: `Scale "big" can reach ${3 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a subscale of items that are safe one by one, where the total is not scored',
    input: definitionOf([numberItem('n', 'integer', { min: 0, max: big }), numberItem('m', 'integer', { min: 0, max: big }), numberItem('u', 'integer')], {
      items: ['n', 'm', 'u'],
      subscales: [{ id: 'nm', label: 'N and M', items: ['n', 'm'] }],
    }),
    issues: [{ path: 'scoring.subscales[0]', message: `Score "nm" can reach ${2 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a group score summed over the most entries a group allows',
    input: definitionOf([group('g', [numberItem('gc', 'integer', { min: 0, max: big })], { maxEntries: 3 })], {
      method: 'none',
      groupScores: [{ id: 'days', label: 'Days', group: 'g', item: 'gc', method: 'sum' }],
    }),
    issues: [{ path: 'scoring.groupScores[0]', message: `Score "days" can reach ${3 * big}, beyond the safe range of numbers (${safe})` }],
  },
  {
    name: 'a difference between safe scores that is not',
    input: definitionOf([choice('a', [['no', -big], ['yes', 0]]), group('g', [numberItem('gc', 'integer', { min: 0, max: big })], { maxEntries: 1 })], {
      groupScores: [{ id: 'days', label: 'Days', group: 'g', item: 'gc' }],
      differences: [{ id: 'change', label: 'Change', from: 'total', to: 'days' }],
    }),
    issues: [{ path: 'scoring.differences[0]', message: `Score "change" can reach ${2 * big}, beyond the safe range of numbers (${safe})` }],
  },
];

describe('scores in the safe range of numbers', () => {
  it('accept scores up to the safe range, and scores fed by unbounded number questions', () => {
    const edge = Number.MAX_SAFE_INTEGER;
    expect(issuesOf(definitionOf([choice('a', [['no', -edge], ['yes', edge]])], { method: 'sum' }))).toEqual([]);
    expect(issuesOf(definitionOf([choice('a', [['no', 0], ['yes', big]]), choice('b', [['no', -big], ['yes', 0]])], { method: 'sum' }))).toEqual([]);
    expect(issuesOf(definitionOf([numberItem('n', 'integer'), numberItem('m', 'integer')], { items: ['n', 'm'] }))).toEqual([]);
    // Without maxEntries the definition sets no limit on entries: one entry's score is checked.
    expect(
      issuesOf(definitionOf([group('g', [numberItem('gc', 'integer', { min: 0, max: big })])], { method: 'none', groupScores: [{ id: 'd', label: 'D', group: 'g', item: 'gc', method: 'sum' }] })),
    ).toEqual([]);
  });

  it('report an item once, not again in the total, subscales or differences built on it', () => {
    const input = definitionOf([choice('a', [['no', 0], ['yes', 1e16]]), choice('b')], {
      subscales: [{ id: 'ab', label: 'A and B', items: ['a', 'b'] }],
      differences: [{ id: 'change', label: 'Change', from: 'ab', to: 'total' }],
      alternativeScales: [{ id: 'x2', label: 'Twice', multiplier: 2 }],
    });
    expect(issuesOf(input).map((issue) => issue.path)).toEqual(['sections[0].items[0].options[1].score']);
  });

  it('give exact totals at the edge of the range they accept', () => {
    const definition = parseDefinition(definitionOf([choice('a', [['no', 0], ['yes', big]]), choice('b', [['no', 0], ['yes', big - 1]])], { method: 'sum' }));
    expect(scoreInstrument(definition, { a: 'yes', b: 'yes' }).total).toBe(Number.MAX_SAFE_INTEGER);
  });

  for (const { name, input, issues } of cases) {
    it(`report ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('have a case above for every message in safe-score-rules.ts', () => {
    const messages = cases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of definitionMessageTemplates.safeScores) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
    expect(messages.every(isKnownDefinitionMessage)).toBe(true);
  });
});
