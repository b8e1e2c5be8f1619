import { describe, expect, it } from 'vitest';
import { getInstrument } from '../catalogue.js';

describe('Short FES-I', () => {
  const shortFesI = getInstrument('short-fes-i-7')!;
  const fesI = getInstrument('fes-i-16')!;

  it('is FES-I items 2, 4, 6, 7, 9, 15 and 16, unchanged and with the same ids', () => {
    const fesIItems = fesI.sections.flatMap((section) => section.items);
    const shortItems = shortFesI.sections.flatMap((section) => section.items);
    expect(shortItems).toEqual([2, 4, 6, 7, 9, 15, 16].map((number) => fesIItems[number - 1]));
  });

  it('gives no total with any item missing, and marks its bands as unverified', () => {
    expect(shortFesI.scoring?.missing).toEqual({ rule: 'no-total' });
    expect(shortFesI.scoring?.bandSets[0]?.source).toMatch(/not verified/);
    expect(shortFesI.notes.join(' ')).toMatch(/not been verified/);
  });
});
