import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@otforms/instruments';
import { generateDefinition } from '../../../../bench/generate-definition.js';
import type { Answers } from '../answers/answers.js';
import { hiddenItemIds } from '../conditions/enable-when.js';
import { updateHiddenItems } from '../conditions/update-hidden-items.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { answersForDefinition } from '../test-support/answer-arbitraries.js';
import { coherentDefinition } from '../test-support/coherent-definition.js';
import { conditionalDefinition } from '../test-support/conditional-definition.js';
import { longChainDefinition } from '../test-support/long-chain-definition.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { definitionOf, numberItem, yesNo } from '../test-support/definition-builders.js';
import { allItems } from './scored-items.js';
import { scoreInstrument } from './score-instrument.js';
import { trackScore, updateScore } from './score-tracker.js';
import { trackedScore, trackedTotals } from './tracked-totals.js';

/**
 * Issue 15: visibility and the score kept up answer by answer are exactly
 * what working them out in full gives, after every step of any sequence of
 * changes (one answer at a time, as the machine makes them, or two at once).
 */

/** Steps: which items change (an id no item has, too), and the answers to take their new values from (absent: cleared). */
function steps(definition: InstrumentDefinition) {
  const ids = [...allItems(definition).map((item) => item.id), 'not-an-item'];
  return fc.array(fc.tuple(fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }), answersForDefinition(definition)), { maxLength: 30 });
}

function replay(definition: InstrumentDefinition, sequence: [string[], Answers][], bandSetId?: string): void {
  let answers: Answers = {};
  const hidden = new Set(hiddenItemIds(definition, answers));
  const tracker = trackScore(definition, answers, hidden);
  const options = bandSetId ? { bandSetId } : {};
  for (const [changed, source] of sequence) {
    const next: Answers = { ...answers };
    for (const id of changed) {
      if (source[id] === undefined) delete next[id];
      else next[id] = source[id];
    }
    const before = new Set(hidden);
    const flipped = updateHiddenItems(definition, hidden, next, changed);
    const full = hiddenItemIds(definition, next);
    expect(hidden).toEqual(full);
    expect(new Set(flipped)).toEqual(new Set([...before, ...full].filter((id) => before.has(id) !== full.has(id))));
    updateScore(tracker, next, hidden, [...changed, ...flipped]);
    const score = scoreInstrument(definition, next, options);
    expect(trackedScore(tracker, options)).toEqual(score);
    const { itemScores, missingItems, ...totals } = score;
    const sum = Object.values(itemScores).reduce<number>((total, value) => total + (value ?? 0), 0);
    expect(trackedTotals(tracker, options)).toEqual({ ...totals, sum, missing: missingItems.length });
    answers = next;
  }
}

const fixed: [string, InstrumentDefinition][] = [
  ['the conditional fixture', parseDefinition(conditionalDefinition)],
  ['the sample', parseDefinition(sampleDefinition)],
  ['a chain of 12', parseDefinition(longChainDefinition(12))],
  ['the generated 300-item form', parseDefinition(generateDefinition())],
  ...catalogue.map((entry): [string, InstrumentDefinition] => [entry.definition.id, parseDefinition(entry.definition)]),
];

/**
 * Unbounded number questions, scored as they are: whole numbers past 2^53
 * (typed one digit at a time, then deleted) and fractions, where a kept-up
 * sum could drift from adding the scores up again.
 */
const unbounded = parseDefinition(
  definitionOf(
    [numberItem('a', 'integer'), numberItem('b', 'integer'), numberItem('c', 'decimal'), numberItem('d', 'decimal'), yesNo('gate', { scores: { yes: 1, no: 0 } }), numberItem('e', 'integer', { enableWhen: [{ item: 'gate', operator: 'equals', value: 'yes' }] })],
    {
      items: ['a', 'b', 'c', 'd', 'gate', 'e'],
      subscales: [
        { id: 'whole', label: 'Whole', items: ['a', 'b', 'e'] },
        { id: 'all', label: 'All', items: ['a', 'b', 'c', 'd'], method: 'mean' },
      ],
      missing: { rule: 'prorate', maxMissing: 2, rounding: 'nearest' },
    },
  ),
);

const largeNumber = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(2 ** 32 + 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e20, -1e20, 1234567890123456789, 1e308, -1e308) },
  { weight: 1, arbitrary: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(Number) },
  { weight: 2, arbitrary: fc.constantFrom(0.1, 0.2, -0.3, 12.75, 1.5e300, 123456789.123) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }) },
);

/** One change at a time to the unbounded questions (now and then to the gate), their new answers from `largeNumber`. */
const largeSteps = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e').map((id) => [id]), largeNumber).map(([ids, number]): [string[], Answers] => [ids, { [ids[0]!]: number }]) },
    { weight: 1, arbitrary: fc.constantFrom('yes', 'no').map((gate): [string[], Answers] => [['gate'], { gate }]) },
    { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e').map((id): [string[], Answers] => [[id], {}]) },
  ),
  { maxLength: 40 },
);

/** Typing a long number into `id` one digit at a time, then deleting back to `keep` digits. */
function typing(id: string, digits: string, keep: number): [string[], Answers][] {
  const lengths = [...Array.from({ length: digits.length }, (_, at) => at + 1), ...Array.from({ length: digits.length - keep }, (_, at) => digits.length - 1 - at)];
  return lengths.map((length) => [[id], { [id]: Number(digits.slice(0, length)) }]);
}

describe('incremental visibility and score', () => {
  it('equal the full recomputation after a long number is typed and deleted back (sums past 2^53)', () => {
    replay(unbounded, [[['b'], { b: 3 }], ...typing('a', '1234567890123456789', 4)]);
    replay(unbounded, [[['gate'], { gate: 'yes' }], [['e'], { e: 1 }], ...typing('a', '98765432109876543210987', 2), [['gate'], { gate: 'no' }], ...typing('c', '31415926535897932384626', 3)]);
  });

  it('equal the full recomputation with very large whole numbers and fractions', () => {
    fc.assert(fc.property(largeSteps, (sequence) => replay(unbounded, sequence)), { numRuns: 300 });
  });

  it.each(fixed)('equal the full recomputation after every step on %s', (_name, definition) => {
    fc.assert(fc.property(steps(definition), (sequence) => replay(definition, sequence)), { numRuns: 40 });
  });

  it('equal the full recomputation on generated definitions', () => {
    const parsed = coherentDefinition.map((input) => parseDefinition(input));
    fc.assert(
      fc.property(
        parsed.chain((definition) => fc.tuple(fc.constant(definition), steps(definition))),
        ([definition, sequence]) => replay(definition, sequence),
      ),
      { numRuns: 150 },
    );
  });

  it('use the chosen band set as scoring in full does', () => {
    const definition = fixed.find(([, candidate]) => (candidate.scoring?.bandSets.length ?? 0) > 1)?.[1];
    expect(definition, 'a catalogue instrument with two band sets').toBeDefined();
    const bandSetId = definition!.scoring!.bandSets[1]!.id;
    fc.assert(fc.property(steps(definition!), (sequence) => replay(definition!, sequence, bandSetId)), { numRuns: 20 });
  });
});
