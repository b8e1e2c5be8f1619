import { describe, expect, it } from 'vitest';
import { checkDefinitionRules } from './definition-rules.js';
import { parseDefinition } from './parse-definition.js';
import type { InstrumentDefinitionInput } from './definition-shape.js';
import { definitionOf, choice } from '../test-support/definition-builders.js';

/**
 * Parsing costs O(items): the cross-field rules read each part of a
 * definition a bounded number of times, however large it is. Counted, not
 * timed: every property the rules read (an array search reads each element
 * it passes) goes through a proxy that counts it. A search per item (a list's
 * indexOf or includes, a find over the sections) would read a 3,000-item
 * definition about 100 times as often as a 300-item one, not about 10 times.
 */

const ITEMS_PER_SECTION = 5;

/**
 * Every rule that looks items up has work to do: scoring lists every scored
 * item, weights each and puts them all in a subscale; a band set needs the
 * total's range; the first question has an option per 10 items and every
 * fifth item depends on its last option; a translation gives every
 * section's title and every item's label.
 */
function wideDefinition(items: number): Record<string, unknown> {
  const codes = Array.from({ length: items / 10 }, (_, c) => `c${c}`);
  const sections = Array.from({ length: items / ITEMS_PER_SECTION }, (_, s) =>
    Array.from({ length: ITEMS_PER_SECTION }, (_, i) => {
      const n = s * ITEMS_PER_SECTION + i;
      if (n === 0) return choice('q0', [['no', 0], ['yes', 1], ...codes.map((code): [string, number] => [code, 0])]);
      const condition = n % 5 === 4 ? { enableWhen: [{ item: 'q0', operator: 'equals', value: codes.at(-1) }] } : {};
      return choice(`q${n}`, undefined, condition);
    }),
  );
  const ids = sections.flat().map((item) => item['id'] as string);
  const scoring = {
    items: ids,
    weights: Object.fromEntries(ids.map((id) => [id, 2])),
    subscales: [{ id: 'all', label: 'All', items: ids }],
    bandSets: [{ id: 'bands', label: 'Bands', bands: [{ min: 0, max: 2 * items, label: 'Any' }] }],
  };
  const translation = {
    source: 'Fictional translation for the otforms tests.',
    sections: Object.fromEntries(sections.map((_, s) => [`section${s}`, { title: `Adran ${s + 1}` }])),
    items: Object.fromEntries(ids.map((id) => [id, { label: `Cwestiwn ${id}` }])),
  };
  return { ...definitionOf(sections, scoring), languages: ['en-GB', 'cy'], translations: { cy: translation } };
}

/** The properties the rules read from the definition (as the schema hands it to them: with defaults applied). */
function readsByRules(items: number): number {
  const input = wideDefinition(items);
  // The fixture must be valid, or a rule could stop early and read less than it would.
  const parsed = parseDefinition(input) as unknown as InstrumentDefinitionInput;
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const counted = <T>(value: T): T => {
    if (typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          reads++;
          return counted(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy as T;
  };
  const issues: unknown[] = [];
  checkDefinitionRules(counted(structuredClone(parsed)), { addIssue: (issue: unknown) => issues.push(issue) } as never);
  expect(issues).toEqual([]);
  return reads;
}

describe('the definition rules read each item a bounded number of times', () => {
  it('reads a 3,000-item definition about 10 times as often as a 300-item one', () => {
    const small = readsByRules(300);
    const large = readsByRules(3000);
    // Per item, the large form must cost what the small one does (a quadratic search makes it about 10 times as much).
    expect(large / 3000).toBeLessThan((small / 300) * 1.2);
    expect(large / 3000).toBeGreaterThan((small / 300) * 0.8);
  });
});
