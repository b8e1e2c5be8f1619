import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';

describe('Lawton–Brody IADL', () => {
  const lawton = getInstrument('lawton-iadl-8')!;
  const items = lawton.sections.flatMap((section) => section.items);

  it('has the 8 items A–H, each scored 0 or 1, so the total runs 0–8', () => {
    expect(items.map((item) => item.id)).toEqual([
      'telephone', 'shopping', 'foodPreparation', 'housekeeping', 'laundry', 'transport', 'medicines', 'finances',
    ]);
    for (const item of items) {
      expect(item.type).toBe('single-choice');
      if (item.type === 'single-choice') expect(new Set(item.options.map((option) => option.score))).toEqual(new Set([0, 1]));
    }
  });

  it('keeps the options in form order, highest level first', () => {
    for (const item of items) {
      if (item.type !== 'single-choice') continue;
      expect(item.options[0]?.score).toBe(1);
      expect(item.options.at(-1)?.score).toBe(0);
    }
  });

  it('gives no total while an item is not assessed, and has no bands', () => {
    const answers = { telephone: 'own-initiative', shopping: 'independent', foodPreparation: 'independent', housekeeping: 'light-tasks', laundry: 'all', transport: 'independent', medicines: 'independent' };
    expect(scoreInstrument(lawton, answers)).toMatchObject({ total: null, missingItems: ['finances'] });
    expect(lawton.scoring?.bandSets).toEqual([]);
  });

  it('says its labels are paraphrased and that the holder’s permission is unconfirmed', () => {
    expect(lawton.notes.join(' ')).toMatch(/paraphrase/);
    expect(lawton.notes.join(' ')).toMatch(/sex-specific variant .* not shipped/);
    expect(lawton.licence).toMatchObject({ holder: 'The Gerontological Society of America', commercialUseNeedsPermission: true });
    expect(lawton.licence.terms).toMatch(/not been confirmed/);
  });
});
