import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DefinitionError } from './definition-error.js';
import { parseDefinition } from './parse-definition.js';
import type { InstrumentDefinition } from './definition-schema.js';
import type { Json } from '../test-support/arbitrary-support.js';
import { coherentDefinition } from '../test-support/coherent-definition.js';
import { mutate, mutation } from '../test-support/definition-mutations.js';
import { plausibleDefinition } from '../test-support/plausible-definition.js';
import { isKnownDefinitionMessage } from '../test-support/definition-messages.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';

/**
 * Whatever it is given, parseDefinition returns a definition or throws a
 * DefinitionError that says where and what; nothing else escapes it.
 */
function parseOutcome(input: unknown): { definition: InstrumentDefinition } | { issues: readonly { path: string; message: string }[] } {
  try {
    return { definition: parseDefinition(input) };
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionError);
    const { issues } = error as DefinitionError;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
      expect(isKnownDefinitionMessage(issue.message), `undocumented message: ${issue.message}`).toBe(true);
    }
    const distinct = new Set(issues.map((issue) => `${issue.path}\n${issue.message}`));
    expect(distinct.size, 'an issue is reported twice').toBe(issues.length);
    return { issues };
  }
}

/** A parsed definition parses again to the same value. */
function expectIdempotent(definition: InstrumentDefinition): void {
  expect(parseDefinition(structuredClone(definition))).toEqual(definition);
}

const sample = structuredClone(sampleDefinition) as unknown as { [key: string]: Json };

describe('parseDefinition, for any input', () => {
  it('turns any JSON value, or its text, into a definition or a DefinitionError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseOutcome(value);
        parseOutcome(JSON.stringify(value));
      }),
      { numRuns: 100 },
    );
  });

  it('turns any JavaScript value into a definition or a DefinitionError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        parseOutcome(value);
      }),
      { numRuns: 100 },
    );
  });

  it('turns any string into a definition or a DefinitionError', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseOutcome(text)), { numRuns: 60 });
  });

  it('explains every problem of a plausible definition, and is idempotent when it parses', () => {
    fc.assert(
      fc.property(plausibleDefinition, (input) => {
        const outcome = parseOutcome(input);
        if ('definition' in outcome) expectIdempotent(outcome.definition);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts every coherent definition, the same from JSON text, and is idempotent', () => {
    fc.assert(
      fc.property(coherentDefinition, (input) => {
        const outcome = parseOutcome(input);
        expect(outcome, JSON.stringify('issues' in outcome && outcome.issues)).toHaveProperty('definition');
        if (!('definition' in outcome)) return;
        expectIdempotent(outcome.definition);
        expect(parseDefinition(JSON.stringify(input))).toEqual(outcome.definition);
      }),
      { numRuns: 100 },
    );
  });

  it('survives any one mutation of a valid definition', () => {
    fc.assert(
      fc.property(fc.oneof(coherentDefinition, fc.constant(sample)), mutation, (definition, change) => {
        const outcome = parseOutcome(mutate(definition, change));
        if ('definition' in outcome) expectIdempotent(outcome.definition);
      }),
      { numRuns: 250 },
    );
  });

  it('names the path of a deleted required field', () => {
    // A focused mutation: deleting `label` anywhere is always reported at that very path.
    fc.assert(
      fc.property(coherentDefinition, fc.nat(), (definition, seed) => {
        const sections = definition.sections as { items: { label: string }[] }[];
        const places = sections.flatMap((section, s) => section.items.map((_, i) => [s, i] as const));
        const [s, i] = places[seed % places.length]!;
        const copy = structuredClone(definition) as unknown as { sections: { items: Record<string, unknown>[] }[] };
        delete copy.sections[s]!.items[i]!.label;
        const outcome = parseOutcome(copy);
        expect('issues' in outcome && outcome.issues).toEqual([{ path: `sections[${s}].items[${i}].label`, message: 'This field is required' }]);
      }),
      { numRuns: 30 },
    );
  });
});
