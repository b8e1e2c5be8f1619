import { describe, expect, it } from 'vitest';
import { enGB } from '../../packages/elements/src/i18n/en-gb.js';
import { cy } from '../../packages/elements/src/i18n/cy.js';

/**
 * Every locale the elements ship has every message of the en-GB source, of the
 * same kind (a word, a message with values, a list, an area of words): a key
 * missing from a catalogue fails here before anyone sees a gap.
 */

type Shape = string | { [key: string]: Shape };

function shapeOf(value: unknown): Shape {
  if (typeof value === 'function') return 'message with values';
  if (typeof value === 'string') return 'word';
  if (Array.isArray(value)) return `list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  return typeof value;
}


/** Words that are the same in Welsh: symbols, codes, names. Keep this short: each is checked by hand. */
const sameInWelsh = new Set<string>(['ASCOF 2A']);

/** Sample values for a message's parameters: a number, a date, a word. Messages that cannot take them are skipped. */
const samples: unknown[][] = [[3, 7, 2], ['2026-12-03', '2027-01-15'], ['Cerdded', 'Cerdded']];

/** Whether a message says words of its own, beyond the values it was given (a message that only arranges its values is the same in every language). */
function hasOwnWords(said: string, args: readonly unknown[]): boolean {
  let rest = said;
  for (const value of [...args.map(String), 'NaN', 'undefined']) rest = rest.split(value).join(' ').split(value.toLowerCase()).join(' ');
  return /\p{L}{2,}/u.test(rest);
}

function untranslated(en: unknown, cy: unknown, path: string, found: string[]): void {
  if (typeof en === 'string') {
    if (en === cy && /\p{L}{2,}/u.test(en) && !sameInWelsh.has(en)) found.push(`${path}: "${en}"`);
  } else if (typeof en === 'function' && typeof cy === 'function') {
    for (const args of samples) {
      let english: unknown;
      let welsh: unknown;
      try {
        english = en(...args);
        welsh = cy(...args);
      } catch {
        continue;
      }
      if (typeof english === 'string' && english === welsh && hasOwnWords(english, args) && !sameInWelsh.has(english)) {
        found.push(`${path}(${args.join(', ')}): "${english}"`);
        return;
      }
    }
  } else if (Array.isArray(en) && Array.isArray(cy)) en.forEach((item, index) => untranslated(item, cy[index], `${path}[${index}]`, found));
  else if (typeof en === 'object' && en !== null && typeof cy === 'object' && cy !== null) {
    for (const [key, value] of Object.entries(en)) if (key !== 'code' && key !== 'value') untranslated(value, (cy as Record<string, unknown>)[key], `${path}.${key}`, found);
  }
}

describe('the shipped catalogues', () => {
  it.each([['cy', cy]])('%s has every en-GB message, of the same kind', (_tag, catalogue) => {
    expect(shapeOf({ ...catalogue, locale: enGB.locale })).toEqual(shapeOf(enGB));
  });

  it('names each locale by a BCP 47 tag', () => {
    expect([enGB.locale, cy.locale]).toEqual(['en-GB', 'cy']);
  });
  it('cy has every word in Welsh: none is left as the English', () => {
    const found: string[] = [];
    untranslated(enGB, cy, 'cy', found);
    expect(found).toEqual([]);
  });
});
