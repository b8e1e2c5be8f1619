import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { clone, sampleDefinition } from '../test-support/sample-definitions.js';
import { scoreInstrument } from './score-instrument.js';

const definition = parseDefinition(sampleDefinition);

describe('scoreInstrument', () => {
  it('sums scored items, scales the total and bands it in every band set', () => {
    const result = scoreInstrument(definition, { walk: 'with-help', stairs: 'alone', visits: 3 });
    expect(result).toEqual({
      total: 3,
      status: 'complete',
      itemScores: { walk: 1, stairs: 2 },
      missingItems: [],
      prorated: false,
      scales: { x10: 30 },
      band: { bandSetId: 'simple', bandSetLabel: 'Simple', scale: 'total', value: 3, label: 'High' },
      bands: [
        { bandSetId: 'simple', bandSetLabel: 'Simple', scale: 'total', value: 3, label: 'High' },
        { bandSetId: 'tens', bandSetLabel: 'Tens', scale: 'x10', value: 30, label: 'Not full' },
      ],
      scores: {},
      flags: {},
      noTotalReason: null,
    });
  });

  it('uses the band set asked for', () => {
    expect(scoreInstrument(definition, { walk: 'alone', stairs: 'alone' }, { bandSetId: 'tens' }).band?.label).toBe('Full');
  });

  it('gives no total when an item is missing under the no-total rule', () => {
    const result = scoreInstrument(definition, { walk: 'alone' });
    expect(result).toMatchObject({ total: null, status: 'incomplete', missingItems: ['stairs'], band: null, bands: [], scales: { x10: null } });
    expect(result.itemScores).toEqual({ walk: 2, stairs: null });
  });

  it('prorates within the rule and rounds as the rule says', () => {
    const source = clone(sampleDefinition);
    source.sections[0]!.items.push({
      id: 'reach', type: 'single-choice', label: 'Reach', allowNotAssessed: false,
      options: [{ code: 'no', label: 'No', score: 0 }, { code: 'yes', label: 'Yes', score: 1 }],
    } as never);
    const prorating = parseDefinition({
      ...source,
      scoring: { method: 'sum', missing: { rule: 'prorate', maxMissing: 1, rounding: 'up' } },
    });
    // (2 + 1) / 2 answered × 3 items = 4.5, rounded up.
    expect(scoreInstrument(prorating, { walk: 'alone', reach: 'yes' })).toMatchObject({ total: 5, prorated: true, status: 'incomplete' });
    expect(scoreInstrument(prorating, { walk: 'alone' })).toMatchObject({ total: null, prorated: false });
  });

  it('treats unknown codes and wrong types as missing, and never throws', () => {
    const junk = { walk: 'flying', stairs: 2 as unknown as string, visits: ['a'], extra: 'x' };
    expect(scoreInstrument(definition, junk)).toMatchObject({ total: null, missingItems: ['walk', 'stairs'] });
  });

  it('reports no total for a definition without scoring', () => {
    const { scoring: _ignored, ...unscored } = sampleDefinition;
    expect(scoreInstrument(parseDefinition(unscored), { walk: 'alone' })).toMatchObject({ total: null, status: 'complete', itemScores: {} });
  });
});
