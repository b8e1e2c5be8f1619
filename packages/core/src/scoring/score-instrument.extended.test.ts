import { describe, expect, it } from 'vitest';
import type { Answers, GroupEntry } from '../answers/answers.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { conditionalDefinition } from '../test-support/conditional-definition.js';
import { choice, definitionOf, group, multipleChoice, numberItem, textItem, yesNo } from '../test-support/definition-builders.js';
import { scoreInstrument } from './score-instrument.js';

/** a: 0–1, b: 0–2, c: 0–3 (single choice); y: yes-no 1/0; m: multiple choice 1+2+4. */
const items = [
  choice('a', [['a0', 0], ['a1', 1]]),
  choice('b', [['b0', 0], ['b1', 1], ['b2', 2]]),
  choice('c', [['c0', 0], ['c3', 3]]),
  yesNo('y', { scores: { yes: 1, no: 0 } }),
  multipleChoice('m', [['one', 1], ['two', 2], ['four', 4]]),
];
const scoredWith = (scoring: Record<string, unknown>, extraItems: Record<string, unknown>[] = []) =>
  parseDefinition(definitionOf([...items, ...extraItems], scoring));
const all: Answers = { a: 'a1', b: 'b2', c: 'c3', y: 'yes', m: ['one', 'four'] };

describe('scoreInstrument: totals', () => {
  it('sums every choice and scored yes-no item by default, a multiple-choice item as the sum of its choices', () => {
    const result = scoreInstrument(scoredWith({}), all);
    expect(result.itemScores).toEqual({ a: 1, b: 2, c: 3, y: 1, m: 5 });
    expect(result.total).toBe(12);
  });

  it('takes the mean of the scored items', () => {
    expect(scoreInstrument(scoredWith({ method: 'mean', items: ['a', 'b', 'c'] }), all).total).toBe(2);
  });

  it('multiplies an item by its weight, in the item score and the total', () => {
    const result = scoreInstrument(scoredWith({ items: ['a', 'b'], weights: { b: 3 } }), all);
    expect(result.itemScores).toEqual({ a: 1, b: 6 });
    expect(result.total).toBe(7);
  });

  it('scores a number question by its value', () => {
    const definition = scoredWith({ items: ['a', 'n', 'd'] }, [numberItem('n', 'integer', { min: 0, max: 10 }), numberItem('d', 'decimal', { min: 0 })]);
    expect(scoreInstrument(definition, { a: 'a1', n: 7, d: 2.5 })).toMatchObject({ total: 10.5, itemScores: { a: 1, n: 7, d: 2.5 } });
  });

  it('counts a number the question would refuse as missing: out of range, or a fraction for a whole number', () => {
    const definition = scoredWith({ items: ['n', 'd'] }, [numberItem('n', 'integer', { min: 0, max: 10 }), numberItem('d', 'duration', { min: 0, max: 60 })]);
    expect(scoreInstrument(definition, { n: 11, d: 61 })).toMatchObject({ total: null, missingItems: ['n', 'd'] });
    expect(scoreInstrument(definition, { n: 2.5, d: -1 })).toMatchObject({ total: null, missingItems: ['n', 'd'] });
    expect(scoreInstrument(definition, { n: 10, d: 60 })).toMatchObject({ total: 70, missingItems: [] });
  });

  it('counts unknown codes, repeated or unknown choices and wrong types as missing', () => {
    const result = scoreInstrument(scoredWith({}), { a: 'maybe', b: 2 as unknown as string, c: ['c3'], y: 'true', m: ['one', 'one'] });
    expect(result.missingItems).toEqual(['a', 'b', 'c', 'y', 'm']);
    expect(scoreInstrument(scoredWith({}), { ...all, m: ['one', 'eight'] }).missingItems).toEqual(['m']);
  });

  it('gives the total on each alternative scale', () => {
    const result = scoreInstrument(scoredWith({ items: ['a', 'b'], alternativeScales: [{ id: 'x5', label: 'Times five', multiplier: 5 }] }), all);
    expect(result.scales).toEqual({ x5: 15 });
  });
});

describe('scoreInstrument: subscales, group scores and differences', () => {
  const definition = scoredWith(
    {
      items: ['a', 'b', 'c'],
      subscales: [
        { id: 'ab', label: 'A and B', items: ['a', 'b'] },
        { id: 'bc', label: 'B and C', items: ['b', 'c'], method: 'mean' },
      ],
      groupScores: [
        { id: 'meanDays', label: 'Mean days', group: 'g', item: 'days' },
        { id: 'sumDays', label: 'All days', group: 'g', item: 'days', method: 'sum' },
      ],
      differences: [
        { id: 'abToBc', label: 'Change', from: 'ab', to: 'bc' },
        { id: 'fromTotal', label: 'From total', from: 'total', to: 'sumDays' },
      ],
    },
    [group('g', [textItem('what'), numberItem('days', 'integer', { min: 0, max: 7 })], { required: false })],
  );

  it('sums or averages a subscale over its items', () => {
    expect(scoreInstrument(definition, all).scores).toMatchObject({ ab: 3, bc: 2.5 });
  });

  it('gives no subscale while any of its items is missing', () => {
    const result = scoreInstrument(definition, { a: 'a1', b: 'b2' });
    expect(result.scores).toMatchObject({ ab: 3, bc: null, abToBc: null });
  });

  it('scores one member across the entries that answer it, ignoring those that do not', () => {
    const entries: GroupEntry[] = [{ what: 'Frame', days: 7 }, { what: 'Stick', days: 2 }, { what: 'Rail' }, { what: 'Chair', days: 99 }];
    expect(scoreInstrument(definition, { ...all, g: entries }).scores).toMatchObject({ meanDays: 4.5, sumDays: 9 });
    expect(scoreInstrument(definition, all).scores).toMatchObject({ meanDays: null, sumDays: null });
  });

  it('takes a difference as "to" minus "from", null when either is missing', () => {
    const result = scoreInstrument(definition, { ...all, g: [{ days: 3 }] });
    expect(result.scores).toMatchObject({ abToBc: 2.5 - 3, fromTotal: 3 - 6 });
    expect(scoreInstrument(definition, { a: 'a1', g: [{ days: 3 }] }).scores).toMatchObject({ fromTotal: null });
  });
});

describe('scoreInstrument: thresholds', () => {
  const withThreshold = (operator: string, value: number, extra: Record<string, unknown> = {}) =>
    scoredWith({ items: ['a', 'b'], thresholds: [{ id: 'flag', label: 'Flag', operator, value }], ...extra });
  const flag = (operator: string, value: number, answers: Answers = all) => scoreInstrument(withThreshold(operator, value), answers).flags.flag;

  it('compares the total with atLeast, above, atMost and below, exactly at the boundary', () => {
    // a1 + b2 = 3
    expect([flag('atLeast', 3), flag('atLeast', 3.5)]).toEqual([true, false]);
    expect([flag('above', 3), flag('above', 2.5)]).toEqual([false, true]);
    expect([flag('atMost', 3), flag('atMost', 2.5)]).toEqual([true, false]);
    expect([flag('below', 3), flag('below', 3.5)]).toEqual([false, true]);
  });

  it('is null when its score is missing', () => {
    expect(flag('atLeast', 0, { a: 'a1' })).toBeNull();
  });

  it('is not decided by floating-point noise', () => {
    const definition = parseDefinition(
      definitionOf([numberItem('p', 'decimal'), numberItem('q', 'decimal')], {
        items: ['p', 'q'],
        thresholds: [
          { id: 'atMost', label: 'At most', operator: 'atMost', value: 0.3 },
          { id: 'above', label: 'Above', operator: 'above', value: 0.3 },
          { id: 'atLeast', label: 'At least', operator: 'atLeast', value: 0.3 },
        ],
      }),
    );
    const result = scoreInstrument(definition, { p: 0.1, q: 0.2 });
    expect(result.total).not.toBe(0.3); // 0.30000000000000004
    expect(result.flags).toEqual({ atMost: true, above: false, atLeast: true });
  });

  it('can test a subscale or a difference', () => {
    const definition = scoredWith({
      items: ['a', 'b', 'c'],
      subscales: [{ id: 'ab', label: 'A and B', items: ['a', 'b'] }],
      differences: [{ id: 'change', label: 'Change', from: 'ab', to: 'total' }],
      thresholds: [
        { id: 'abHigh', label: 'A and B high', score: 'ab', operator: 'atLeast', value: 3 },
        { id: 'bigChange', label: 'Big change', score: 'change', operator: 'above', value: 2 },
      ],
    });
    expect(scoreInstrument(definition, all).flags).toEqual({ abHigh: true, bigChange: true });
  });
});

describe('scoreInstrument: rules that withhold the total', () => {
  const definition = scoredWith({
    items: ['a', 'b'],
    bandSets: [{ id: 'simple', label: 'Simple', bands: [{ min: 0, max: 1, label: 'Low' }, { min: 2, max: 3, label: 'High' }] }],
    noTotalWhen: [{ enableWhen: [{ item: 'c', operator: 'equals', value: 'c3' }, { item: 'y', operator: 'equals', value: 'yes' }], enableBehavior: 'any', reason: 'Refer on instead' }],
  });

  it('gives no total, band or prorating, and says why, while the item scores stay', () => {
    const result = scoreInstrument(definition, { a: 'a1', b: 'b2', y: 'yes' });
    expect(result).toMatchObject({ total: null, band: null, bands: [], status: 'complete', prorated: false, noTotalReason: 'Refer on instead' });
    expect(result.itemScores).toEqual({ a: 1, b: 2 });
  });

  it('gives the total when no rule applies', () => {
    expect(scoreInstrument(definition, { a: 'a1', b: 'b2', y: 'no' })).toMatchObject({ total: 3, noTotalReason: null, band: { label: 'High' } });
  });
});

describe('scoreInstrument: hidden questions', () => {
  const definition = parseDefinition(conditionalDefinition);

  it('leaves a hidden question out of the item scores and the missing items, even when it has an answer', () => {
    const result = scoreInstrument(definition, { fallen: 'no', falls: 5, injured: 'major', rooms: ['kitchen'] });
    expect(result.itemScores).toEqual({ fallen: 0, rooms: 1 });
    expect(result).toMatchObject({ total: 1, status: 'complete', missingItems: [], band: { label: 'Low' } });
  });

  it('scores a question once it is revealed, and counts it missing until it is answered', () => {
    expect(scoreInstrument(definition, { fallen: 'yes', rooms: ['kitchen'], bathing: 'help' })).toMatchObject({
      total: null,
      status: 'incomplete',
      missingItems: ['falls'],
    });
    const result = scoreInstrument(definition, { fallen: 'yes', falls: 3, injured: 'major', rooms: ['kitchen'], bathing: 'help' });
    expect(result.itemScores).toEqual({ fallen: 2, falls: 3, injured: 3, rooms: 1, bathing: 2 });
    expect(result).toMatchObject({ total: 11, band: { label: 'High' }, scores: { fallRisk: 5 }, flags: { high: true } });
  });

  it('gives no subscale while a revealed item of it is missing', () => {
    expect(scoreInstrument(definition, { fallen: 'yes', falls: 3, rooms: ['kitchen'], bathing: 'help' }).scores.fallRisk).toBeNull();
  });

  it('applies a rule that withholds the total only to shown answers', () => {
    const answers = { fallen: 'yes', falls: 9, injured: 'none', rooms: ['kitchen'], bathing: 'alone' };
    expect(scoreInstrument(definition, answers)).toMatchObject({ total: null, noTotalReason: 'Refer for a falls assessment instead' });
    expect(scoreInstrument(definition, { ...answers, fallen: 'no' })).toMatchObject({ total: 1, noTotalReason: null });
  });

  it('gives no group score for a hidden repeating group', () => {
    expect(scoreInstrument(definition, { fallen: 'no', aids: [{ aidName: 'Frame', aidUse: 7 }] }).scores.aidDays).toBeNull();
    expect(scoreInstrument(definition, { fallen: 'no', rooms: ['kitchen'], aids: [{ aidName: 'Frame', aidUse: 7 }] }).scores.aidDays).toBe(7);
  });
});

describe('scoreInstrument: missing items', () => {
  it('prorates a mean from the answered items', () => {
    const definition = scoredWith({ method: 'mean', items: ['a', 'b', 'c'], missing: { rule: 'prorate', maxMissing: 1, rounding: 'down' } });
    expect(scoreInstrument(definition, { a: 'a1', b: 'b2' })).toMatchObject({ total: 1.5, prorated: true, status: 'incomplete' });
  });

  it('prorates a sum and rounds it as the rule says', () => {
    const rounded = (rounding: string) =>
      scoreInstrument(scoredWith({ items: ['a', 'b', 'c'], missing: { rule: 'prorate', maxMissing: 1, rounding } }), { a: 'a1', b: 'b2' }).total;
    // (1 + 2) / 2 × 3 = 4.5
    expect([rounded('up'), rounded('down'), rounded('nearest')]).toEqual([5, 4, 5]);
  });
});
