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
import { allItems } from './scored-items.js';
import { scoreInstrument } from './score-instrument.js';
import { trackScore, trackedScore, trackedTotals, updateScore } from './score-tracker.js';

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

describe('incremental visibility and score', () => {
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
