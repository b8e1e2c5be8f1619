import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '@otforms/core';
import { getInstrument } from '../catalogue.js';

describe('Barthel Index', () => {
  const barthel = getInstrument('barthel-cw20')!;

  it('has the 10 Collin & Wade items scored 0–20 with a 0–100 view', () => {
    const items = barthel.sections.flatMap((section) => section.items);
    expect(items.map((item) => item.id)).toEqual([
      'bowels', 'bladder', 'grooming', 'toiletUse', 'feeding', 'transfers', 'mobility', 'dressing', 'stairs', 'bathing',
    ]);
    const maxima = items.map((item) => (item.type === 'single-choice' ? Math.max(...item.options.map((o) => o.score ?? 0)) : 0));
    expect(maxima).toEqual([2, 2, 1, 2, 2, 3, 3, 2, 2, 1]);
    expect(barthel.scoring?.alternativeScales).toEqual([{ id: 'barthel-100', label: 'Barthel Index (0–100)', multiplier: 5 }]);
  });

  it('offers both named band sets, never one hard-coded', () => {
    expect(barthel.scoring?.bandSets.map((set) => set.id)).toEqual(['shah-100', 'nictiz-20']);
    const mixed = { bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help', feeding: 'independent', transfers: 'minor-help', mobility: 'walks-with-help', dressing: 'needs-help', stairs: 'unable', bathing: 'dependent' };
    expect(scoreInstrument(barthel, mixed, { bandSetId: 'shah-100' }).band?.label).toBe('Severe dependency');
    expect(scoreInstrument(barthel, mixed, { bandSetId: 'nictiz-20' }).band?.label).toBe('Slight dependence');
  });

  it('carries the holder’s terms, including that commercial use needs permission', () => {
    expect(barthel.licence).toMatchObject({ holder: 'Maryland State Medical Society', commercialUseNeedsPermission: true });
    expect(barthel.licence.terms).toMatch(/non-commercial/);
  });
});
