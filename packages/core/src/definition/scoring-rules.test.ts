import { describe, expect, it } from 'vitest';
import { choice, definitionOf, group, issuesOf, numberItem, textItem, yesNo } from '../test-support/definition-builders.js';
import { definitionMessageTemplates, matchesTemplate } from '../test-support/definition-messages.js';

/**
 * a: single-choice 0–1   b: single-choice 0–2   y: yes-no (1/0)   n: integer 0–5
 * t: text   g: group of gc (integer 0–3) and gt (text)
 */
const items = (overrides: Record<string, Record<string, unknown>> = {}) => [
  choice('a', undefined, overrides.a),
  choice('b', [['none', 0], ['some', 1], ['lots', 2]], overrides.b),
  yesNo('y', { scores: { yes: 1, no: 0 }, ...overrides.y }),
  numberItem('n', 'integer', { min: 0, max: 5, ...overrides.n }),
  textItem('t'),
  group('g', [numberItem('gc', 'integer', { min: 0, max: 3 }), textItem('gt')]),
];
const scored = (scoring: Record<string, unknown>, overrides?: Record<string, Record<string, unknown>>) => definitionOf(items(overrides), scoring);
const bands = (...ranges: [number, number][]) => ranges.map(([min, max]) => ({ min, max, label: `${min} to ${max}` }));

const cases: { name: string; input: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    name: 'a scored item listed twice',
    input: scored({ method: 'mean', items: ['a', 'b', 'a'] }),
    issues: [{ path: 'scoring.items[2]', message: 'Scored item "a" is listed more than once' }],
  },
  {
    name: 'a scored item that does not exist',
    input: scored({ items: ['a', 'zz'] }),
    issues: [{ path: 'scoring.items[1]', message: 'Scored item "zz" is not in the definition' }],
  },
  {
    name: 'a scored item inside a repeating group',
    input: scored({ items: ['gc'] }),
    issues: [{ path: 'scoring.items[0]', message: 'Scored item "gc" is inside a repeating group; score it with groupScores' }],
  },
  {
    name: 'scored items of types that cannot be scored',
    input: scored({ items: ['t', 'g'] }),
    issues: [
      { path: 'scoring.items[0]', message: 'Scored item "t" is text, which cannot be scored' },
      { path: 'scoring.items[1]', message: 'Scored item "g" is group, which cannot be scored' },
    ],
  },
  {
    name: 'an option without a score in a scored item',
    input: definitionOf([choice('a', [['no', 0], ['yes', undefined]])], { method: 'sum' }),
    issues: [{ path: 'sections[0].items[0].options[1].score', message: 'Option "yes" needs a score because item "a" is scored' }],
  },
  {
    name: 'a yes-no item scored without scores',
    input: definitionOf([choice('a'), yesNo('y')], { items: ['a', 'y'] }),
    issues: [{ path: 'sections[0].items[1].scores', message: 'Item "y" is scored, so give scores for yes and no' }],
  },
  {
    name: 'a weight for an item that is not scored',
    input: scored({ weights: { a: 2, t: 3 } }),
    issues: [{ path: 'scoring.weights.t', message: 'Weight for "t", which is not a scored item' }],
  },
  {
    name: 'a reserved or repeated scale id',
    input: scored({
      alternativeScales: [
        { id: 'total', label: 'Total again', multiplier: 2 },
        { id: 'x5', label: 'Times five', multiplier: 5 },
        { id: 'x5', label: 'Times five again', multiplier: 5 },
      ],
    }),
    issues: [
      { path: 'scoring.alternativeScales[0].id', message: 'Scale id "total" is used more than once or is reserved' },
      { path: 'scoring.alternativeScales[2].id', message: 'Scale id "x5" is used more than once or is reserved' },
    ],
  },
  {
    name: 'a proration rule that leaves nothing to prorate from',
    input: scored({ missing: { rule: 'prorate', maxMissing: 3, rounding: 'nearest' } }),
    issues: [{ path: 'scoring.missing.maxMissing', message: 'maxMissing must be less than the 3 scored items, or nothing would be left to prorate from' }],
  },
  {
    name: 'a direction of improvement when there is no total',
    input: scored({ method: 'none', betterWhen: 'higher', groupScores: [{ id: 'days', label: 'Days', group: 'g', item: 'gc' }] }),
    issues: [{ path: 'scoring.betterWhen', message: 'A definition without a total (method "none") cannot say which way its total improves' }],
  },
  {
    name: 'duplicate and reserved score ids across subscales, group scores and differences',
    input: scored({
      subscales: [
        { id: 'total', label: 'Total', items: ['a'] },
        { id: 'mobility', label: 'Mobility', items: ['a', 'b'] },
      ],
      groupScores: [{ id: 'mobility', label: 'Mobility', group: 'g', item: 'gc' }],
      differences: [{ id: 'mobility', label: 'Change', from: 'total', to: 'total' }],
    }),
    issues: [
      { path: 'scoring.subscales[0].id', message: 'Score id "total" is used more than once or is reserved' },
      { path: 'scoring.groupScores[0].id', message: 'Score id "mobility" is used more than once or is reserved' },
      { path: 'scoring.differences[0].id', message: 'Score id "mobility" is used more than once or is reserved' },
    ],
  },
  {
    name: 'a subscale that lists an item twice',
    input: scored({ subscales: [{ id: 'mobility', label: 'Mobility', items: ['a', 'b', 'a'] }] }),
    issues: [{ path: 'scoring.subscales[0].items[2]', message: 'Subscale item "a" is listed more than once' }],
  },
  {
    name: 'a subscale item that is not scored',
    input: scored({ subscales: [{ id: 'mobility', label: 'Mobility', items: ['a', 'n'] }] }),
    issues: [{ path: 'scoring.subscales[0].items[1]', message: 'Subscale item "n" is not a scored item' }],
  },
  {
    name: 'a group score over something that is not a repeating group',
    input: scored({ groupScores: [{ id: 'days', label: 'Days', group: 'a', item: 'gc' }] }),
    issues: [{ path: 'scoring.groupScores[0].group', message: '"a" is not a repeating group' }],
  },
  {
    name: 'a group score over a member the group does not have',
    input: scored({ groupScores: [{ id: 'days', label: 'Days', group: 'g', item: 'a' }] }),
    issues: [{ path: 'scoring.groupScores[0].item', message: 'Group "g" has no item "a"' }],
  },
  {
    name: 'a group score over a member that cannot be scored',
    input: scored({ groupScores: [{ id: 'days', label: 'Days', group: 'g', item: 'gt' }] }),
    issues: [{ path: 'scoring.groupScores[0].item', message: 'Item "gt" is text, which cannot be scored' }],
  },
  {
    name: 'a difference that refers forward, and one that refers to nothing',
    input: scored({
      differences: [
        { id: 'first', label: 'First', from: 'total', to: 'second' },
        { id: 'second', label: 'Second', from: 'nothing', to: 'total' },
      ],
    }),
    issues: [
      { path: 'scoring.differences[0].to', message: 'Score "second" is not defined before this difference' },
      { path: 'scoring.differences[1].from', message: 'Score "nothing" is not defined before this difference' },
    ],
  },
  {
    name: 'a threshold that refers to nothing',
    input: scored({ thresholds: [{ id: 'high', label: 'High', score: 'nothing', operator: 'atLeast', value: 3 }] }),
    issues: [{ path: 'scoring.thresholds[0].score', message: 'Threshold refers to score "nothing", which is not defined' }],
  },
  {
    name: 'a band set id used twice, and a default band set that is not defined',
    input: scored({
      bandSets: [
        { id: 'simple', label: 'Simple', bands: bands([0, 4]) },
        { id: 'simple', label: 'Simple again', bands: bands([0, 4]) },
      ],
      defaultBandSet: 'fancy',
    }),
    issues: [
      { path: 'scoring.bandSets[1].id', message: 'Band set id "simple" is used more than once' },
      { path: 'scoring.defaultBandSet', message: 'Default band set "fancy" is not defined' },
    ],
  },
  {
    name: 'a band set on a scale that is not defined',
    input: scored({ bandSets: [{ id: 'simple', label: 'Simple', scale: 'x10', bands: bands([0, 4]) }] }),
    issues: [{ path: 'scoring.bandSets[0].scale', message: 'Band set "simple" refers to scale "x10", which is not defined' }],
  },
  {
    name: 'a band set when there is no total',
    input: scored({ method: 'none', bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 4]) }] }),
    issues: [{ path: 'scoring.bandSets[0]', message: 'A definition without a total (method "none") cannot have band sets' }],
  },
  {
    name: 'a band set on a mean',
    input: scored({ method: 'mean', bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 1]) }] }),
    issues: [{ path: 'scoring.bandSets[0]', message: 'Band sets need whole-number totals, so method must be "sum"' }],
  },
  {
    name: 'a band set over a scored number question without a max',
    input: scored({ items: ['a', 'n'], bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 6]) }] }, { n: { max: undefined } }),
    issues: [{ path: 'scoring.bandSets[0]', message: 'Band sets need every scored number question to have a min and a max' }],
  },
  {
    name: 'a band that ends before it starts',
    input: scored({ bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 1], [3, 2]) }] }),
    issues: [{ path: 'scoring.bandSets[0].bands[1]', message: 'Band 3–2 ends before it starts' }],
  },
  {
    name: 'a gap of one total between bands',
    input: scored({ bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 1], [3, 4]) }] }),
    issues: [{ path: 'scoring.bandSets[0].bands[1]', message: 'Gap: no band covers a total of 2' }],
  },
  {
    name: 'a gap of several totals at the top',
    input: scored({ bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 1]) }] }),
    issues: [{ path: 'scoring.bandSets[0].bands', message: 'Gap: no band covers totals 2–4' }],
  },
  {
    name: 'a band that starts below the lowest possible total',
    input: scored({ bandSets: [{ id: 'simple', label: 'Simple', bands: bands([-1, 4]) }] }),
    issues: [{ path: 'scoring.bandSets[0].bands[0]', message: 'Band -1–4 starts below the lowest possible total, 0' }],
  },
  {
    name: 'overlapping bands, whatever order they are written in',
    input: scored({ bandSets: [{ id: 'simple', label: 'Simple', bands: bands([2, 4], [0, 2]) }] }),
    issues: [{ path: 'scoring.bandSets[0].bands[0]', message: 'Band 2–4 overlaps the band before it' }],
  },
  {
    name: 'a band that ends above the highest possible total, with weights and a scale',
    input: scored({
      weights: { b: 2 },
      alternativeScales: [{ id: 'x10', label: 'Times ten', multiplier: 10 }],
      bandSets: [{ id: 'tens', label: 'Tens', scale: 'x10', bands: bands([0, 59], [60, 70]) }],
    }),
    issues: [{ path: 'scoring.bandSets[0].bands[1]', message: 'Band 60–70 ends above the highest possible total, 60' }],
  },
  {
    name: 'band sets over a total that can be a fraction',
    input: definitionOf([choice('a'), numberItem('d', 'decimal', { min: 0, max: 5 })], {
      items: ['a', 'd'],
      bandSets: [{ id: 'simple', label: 'Simple', bands: bands([0, 6]) }],
    }),
    issues: [{ path: 'scoring.bandSets[0]', message: 'Band sets need whole-number totals, but "d" can score a fraction' }],
  },
  {
    name: 'band sets on a scale with a fractional multiplier',
    input: scored({
      items: ['a'],
      alternativeScales: [{ id: 'half', label: 'Halved', multiplier: 0.5 }],
      bandSets: [{ id: 'halves', label: 'Halves', scale: 'half', bands: bands([0, 1]) }],
    }),
    issues: [{ path: 'scoring.bandSets[0].scale', message: 'Band sets need whole-number totals, but scale "half" multiplies by 0.5' }],
  },
];

describe('scoring rules', () => {
  it('accept a definition with every kind of score', () => {
    const input = scored({
      items: ['a', 'b', 'y', 'n'],
      weights: { b: 2 },
      alternativeScales: [{ id: 'x10', label: 'Times ten', multiplier: 10 }],
      missing: { rule: 'prorate', maxMissing: 1, rounding: 'up' },
      bandSets: [
        { id: 'simple', label: 'Simple', bands: bands([0, 5], [6, 11]) },
        { id: 'tens', label: 'Tens', scale: 'x10', bands: bands([0, 110]) },
      ],
      defaultBandSet: 'tens',
      betterWhen: 'lower',
      subscales: [{ id: 'mobility', label: 'Mobility', items: ['a', 'b'], method: 'mean' }],
      groupScores: [{ id: 'days', label: 'Days', group: 'g', item: 'gc' }],
      differences: [{ id: 'change', label: 'Change', from: 'mobility', to: 'days' }],
      thresholds: [{ id: 'high', label: 'High', score: 'change', operator: 'above', value: 1 }],
      noTotalWhen: [{ enableWhen: [{ item: 'a', operator: 'equals', value: 'no' }], reason: 'Not possible' }],
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it('let bands of a question that can be hidden reach 0, since a hidden question adds nothing', () => {
    const conditional = (bandList: [number, number][]) =>
      definitionOf([choice('a', [['low', 1], ['high', 2]]), choice('b', [['low', 1], ['high', 2]], { enableWhen: [{ item: 'a', operator: 'equals', value: 'high' }] })], {
        bandSets: [{ id: 'simple', label: 'Simple', bands: bands(...bandList) }],
      });
    expect(issuesOf(conditional([[2, 4]]))).toEqual([{ path: 'scoring.bandSets[0].bands[0]', message: 'Gap: no band covers a total of 1' }]);
    expect(issuesOf(conditional([[1, 2], [3, 4]]))).toEqual([]);
  });

  for (const { name, input, issues } of cases) {
    it(`report ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('have a case above for every message in scoring-rules.ts', () => {
    const messages = cases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of definitionMessageTemplates.scoring) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
  });
});
