import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';
import { answersFromScores, fesIItemIds } from './fes-i-items.js';

describe('FES-I', () => {
  const fesI = getInstrument('fes-i-16')!;

  it('has 16 items scored 1–4, from not at all to very concerned', () => {
    const items = fesI.sections.flatMap((section) => section.items);
    expect(items).toHaveLength(16);
    for (const item of items) {
      expect(item.type === 'single-choice' && item.options.map((option) => [option.label, option.score])).toEqual([
        ['Not at all concerned', 1], ['Somewhat concerned', 2], ['Fairly concerned', 3], ['Very concerned', 4],
      ]);
    }
  });

  it('runs 16–64 and prorates with up to 4 items missing, rounding up', () => {
    expect(scoreInstrument(fesI, answersFromScores(fesIItemIds, Array(16).fill(1))).total).toBe(16);
    expect(scoreInstrument(fesI, answersFromScores(fesIItemIds, Array(16).fill(4))).total).toBe(64);
    const fourMissing = answersFromScores(fesIItemIds, [...Array(12).fill(2), null, null, null, null]);
    expect(scoreInstrument(fesI, fourMissing)).toMatchObject({ total: 32, prorated: true });
  });

  it('puts each Delbaere band edge where the publication does', () => {
    const bandOf = (total: number) => {
      const scores = Array(16).fill(1);
      for (let extra = total - 16, i = 0; extra > 0; i++, extra--) scores[i % 16] += 1;
      return scoreInstrument(fesI, answersFromScores(fesIItemIds, scores)).band?.label;
    };
    expect([16, 19, 20, 27, 28, 64].map(bandOf)).toEqual([
      'Low concern', 'Low concern', 'Moderate concern', 'Moderate concern', 'High concern', 'High concern',
    ]);
  });

  it('asks for concern as if the person did the activity, and says its labels are not the official wording', () => {
    expect(fesI.description).toMatch(/as if they did/);
    expect(fesI.notes.join(' ')).toMatch(/not the official wording/);
    expect(fesI.licence.commercialUseNeedsPermission).toBe(true);
    expect(fesI.licence.terms).toMatch(/unchanged/);
  });
});
