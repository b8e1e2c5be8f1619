import fc from 'fast-check';
import { header, labels, operators, type JsonObject } from './arbitrary-support.js';

/**
 * A definition of plausible shape whose ids and references are drawn from
 * small pools, so duplicates, unknown references, loops and bands that miss
 * the range are common. Few of them parse; the point is every message.
 */

const itemIdPool = ['a', 'b', 'c', 'd', 'e'];
const codePool = ['yes', 'no', 'x', 'y'];
const scoreIdPool = ['total', 'sub', 'grp', 'diff', 'a'];

const plausibleCondition: fc.Arbitrary<JsonObject> = fc.record(
  {
    item: fc.constantFrom(...itemIdPool),
    operator: fc.constantFrom(...operators),
    value: fc.oneof(fc.constantFrom(...codePool), fc.integer({ min: -1, max: 5 })),
  },
  { requiredKeys: ['item', 'operator'] },
);

const plausibleOptions = fc.array(
  fc.record({ code: fc.constantFrom(...codePool), label: labels, score: fc.integer({ min: -1, max: 3 }) }, { requiredKeys: ['code', 'label'] }),
  { minLength: 2, maxLength: 4 },
);

const plausibleBase = {
  id: fc.constantFrom(...itemIdPool),
  label: labels,
  required: fc.boolean(),
  enableWhen: fc.array(plausibleCondition, { minLength: 1, maxLength: 2 }),
  enableBehavior: fc.constantFrom('all', 'any'),
};
const baseKeys = ['id', 'label'] as const;
const bound = fc.integer({ min: -2, max: 12 });

const plausibleQuestion: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({ ...plausibleBase, type: fc.constant('single-choice'), options: plausibleOptions, allowNotAssessed: fc.boolean() }, {
    requiredKeys: [...baseKeys, 'type', 'options'],
  }),
  fc.record(
    { ...plausibleBase, type: fc.constant('multiple-choice'), options: plausibleOptions, minSelected: fc.integer({ min: 1, max: 3 }), maxSelected: fc.integer({ min: 1, max: 3 }) },
    { requiredKeys: [...baseKeys, 'type', 'options'] },
  ),
  fc.record({ ...plausibleBase, type: fc.constant('yes-no'), scores: fc.record({ yes: fc.integer({ min: 0, max: 2 }), no: fc.integer({ min: 0, max: 2 }) }) }, {
    requiredKeys: [...baseKeys, 'type'],
  }),
  fc.record({ ...plausibleBase, type: fc.constantFrom('integer', 'decimal'), min: bound, max: bound, unit: fc.constant('kg') }, {
    requiredKeys: [...baseKeys, 'type'],
  }),
  fc.record({ ...plausibleBase, type: fc.constant('duration'), min: fc.nat(5), max: fc.integer({ min: 1, max: 60 }), decimalPlaces: fc.nat(3) }, {
    requiredKeys: [...baseKeys, 'type'],
  }),
  fc.record({ ...plausibleBase, type: fc.constantFrom('text', 'date') }, { requiredKeys: [...baseKeys, 'type'] }),
  fc.record({ ...plausibleBase, type: fc.constant('measurement'), unit: fc.constantFrom('mm', 'cm', 'in'), min: bound, max: bound, decimalPlaces: fc.nat(4) }, {
    requiredKeys: [...baseKeys, 'type', 'unit'],
  }),
  fc.record({ ...plausibleBase, type: fc.constant('photo'), maxPhotos: fc.integer({ min: 0, max: 11 }) }, { requiredKeys: [...baseKeys, 'type'] }),
  fc.record({ ...plausibleBase, type: fc.constant('own-words'), maxLength: fc.integer({ min: 0, max: 50 }) }, { requiredKeys: [...baseKeys, 'type'] }),
);

const plausibleSuggestion: fc.Arbitrary<JsonObject> = fc.record(
  {
    id: fc.constantFrom('r1', 'r2'),
    when: fc.array(plausibleCondition, { minLength: 1, maxLength: 2 }),
    behavior: fc.constantFrom('all', 'any'),
    recommend: fc.record(
      { kind: fc.constantFrom('equipment', 'referral-on', 'gadget'), what: labels, route: fc.constantFrom('housing-provider', 'shop'), priority: fc.constantFrom('urgent', 'routine') },
      { requiredKeys: ['kind', 'what'] },
    ),
    reason: labels,
  },
  { requiredKeys: ['id', 'when', 'recommend', 'reason'] },
);

const plausibleItem: fc.Arbitrary<JsonObject> = fc.oneof(
  { weight: 4, arbitrary: plausibleQuestion },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        ...plausibleBase,
        type: fc.constant('group'),
        entryLabel: fc.constant('Entry'),
        items: fc.array(plausibleQuestion, { minLength: 1, maxLength: 3 }),
        minEntries: fc.nat(2),
        maxEntries: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: [...baseKeys, 'type', 'entryLabel', 'items'] },
    ),
  },
);

const band = fc.record({ min: fc.integer({ min: -1, max: 8 }), max: fc.integer({ min: -1, max: 12 }), label: labels });

const plausibleScoring: fc.Arbitrary<JsonObject> = fc.record(
  {
    method: fc.constantFrom('sum', 'sum', 'mean', 'none'),
    items: fc.array(fc.constantFrom(...itemIdPool), { minLength: 1, maxLength: 4 }),
    weights: fc.dictionary(fc.constantFrom(...itemIdPool), fc.integer({ min: 1, max: 3 }), { maxKeys: 2 }),
    alternativeScales: fc.array(fc.record({ id: fc.constantFrom('x10', 'total'), label: labels, multiplier: fc.constantFrom(1, 2, 10) }), { maxLength: 2 }),
    missing: fc.oneof(
      fc.constant({ rule: 'no-total' }),
      fc.record({ rule: fc.constant('prorate'), maxMissing: fc.integer({ min: 1, max: 3 }), rounding: fc.constantFrom('up', 'down', 'nearest') }),
    ),
    bandSets: fc.array(
      fc.record(
        { id: fc.constantFrom('b1', 'b2'), label: labels, scale: fc.constantFrom('total', 'x10', 'nope'), bands: fc.array(band, { minLength: 1, maxLength: 3 }) },
        { requiredKeys: ['id', 'label', 'bands'] },
      ),
      { maxLength: 2 },
    ),
    defaultBandSet: fc.constantFrom('b1', 'b2'),
    subscales: fc.array(
      fc.record({ id: fc.constantFrom(...scoreIdPool), label: labels, items: fc.array(fc.constantFrom(...itemIdPool), { minLength: 1, maxLength: 3 }), method: fc.constantFrom('sum', 'mean') }, {
        requiredKeys: ['id', 'label', 'items'],
      }),
      { maxLength: 2 },
    ),
    groupScores: fc.array(
      fc.record({ id: fc.constantFrom(...scoreIdPool), label: labels, group: fc.constantFrom(...itemIdPool), item: fc.constantFrom(...itemIdPool), method: fc.constantFrom('sum', 'mean') }, {
        requiredKeys: ['id', 'label', 'group', 'item'],
      }),
      { maxLength: 1 },
    ),
    differences: fc.array(fc.record({ id: fc.constantFrom(...scoreIdPool), label: labels, from: fc.constantFrom(...scoreIdPool), to: fc.constantFrom(...scoreIdPool) }), {
      maxLength: 1,
    }),
    thresholds: fc.array(
      fc.record(
        { id: fc.constantFrom('t1', 't2'), label: labels, score: fc.constantFrom(...scoreIdPool), operator: fc.constantFrom('atLeast', 'above', 'atMost', 'below'), value: fc.integer({ min: 0, max: 6 }) },
        { requiredKeys: ['id', 'label', 'operator', 'value'] },
      ),
      { maxLength: 2 },
    ),
    noTotalWhen: fc.array(
      fc.record({ enableWhen: fc.array(plausibleCondition, { minLength: 1, maxLength: 2 }), enableBehavior: fc.constantFrom('all', 'any'), reason: fc.constant('Not possible') }, {
        requiredKeys: ['enableWhen', 'reason'],
      }),
      { maxLength: 1 },
    ),
  },
  { requiredKeys: [] },
);

/** A definition of plausible shape whose references often do not hold together. */
export const plausibleDefinition: fc.Arbitrary<JsonObject> = fc
  .record(
    {
      sections: fc.array(fc.record({ id: fc.constantFrom('s1', 's2'), title: labels, items: fc.array(plausibleItem, { minLength: 1, maxLength: 4 }) }), {
        minLength: 1,
        maxLength: 2,
      }),
      scoring: plausibleScoring,
      suggestions: fc.array(plausibleSuggestion, { maxLength: 2 }),
      attachmentBudgetBytes: fc.integer({ min: 0, max: 3_000_000 }),
    },
    { requiredKeys: ['sections'] },
  )
  .map((body) => ({ ...header, ...body }));
