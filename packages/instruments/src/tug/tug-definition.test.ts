import { describe, expect, it } from 'vitest';
import { parseDefinition, scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';
import { tugDefinition } from './tug-definition.js';

describe('Timed Up and Go', () => {
  const tug = getInstrument('tug')!;

  it('scores the time only; the walking aid and help are recorded, not scored', () => {
    const result = scoreInstrument(tug, { time: 11.9, walkingAid: 'none', assistance: 'none' });
    expect(result).toMatchObject({ total: 11.9, itemScores: { time: 11.9 }, flags: { 'fall-risk': false } });
  });

  it('flags exactly 12 seconds', () => {
    expect(scoreInstrument(tug, { time: 12, walkingAid: 'none', assistance: 'none' }).flags).toEqual({ 'fall-risk': true });
  });

  it('lets a council use a different threshold in its own copy', () => {
    const local = parseDefinition({
      ...tugDefinition,
      scoring: {
        ...tugDefinition.scoring,
        thresholds: [{ id: 'fall-risk', label: 'Above 14 seconds: increased risk of falling', operator: 'above', value: 14 }],
      },
    });
    expect(scoreInstrument(local, { time: 14.2, walkingAid: 'stick', assistance: 'none' }).flags).toEqual({ 'fall-risk': true });
    expect(scoreInstrument(local, { time: 14, walkingAid: 'stick', assistance: 'none' }).flags).toEqual({ 'fall-risk': false });
  });

  it('carries no licence restriction', () => {
    expect(tug.licence.commercialUseNeedsPermission).toBe(false);
  });
});
