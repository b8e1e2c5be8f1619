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

describe('the shipped catalogues', () => {
  it.each([['cy', cy]])('%s has every en-GB message, of the same kind', (_tag, catalogue) => {
    expect(shapeOf({ ...catalogue, locale: enGB.locale })).toEqual(shapeOf(enGB));
  });

  it('names each locale by a BCP 47 tag', () => {
    expect([enGB.locale, cy.locale]).toEqual(['en-GB', 'cy']);
  });
});
