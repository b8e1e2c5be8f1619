import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@otforms/instruments';
import { enabledItemIds } from '../conditions/enable-when.js';
import { scoreInstrument } from '../scoring/score-instrument.js';
import { validateAnswers } from '../answers/validate-answers.js';
import { emptyResponseState } from '../answers/answers.js';
import { isKnownDefinitionMessage } from '../test-support/definition-messages.js';
import { appendChain, applyHostileMutation, deeplyNested, hostileMutation, type HostileMutation } from '../test-support/hostile-mutations.js';
import { DefinitionError } from './definition-error.js';
import { parseDefinition } from './parse-definition.js';
import type { InstrumentDefinition } from './definition-schema.js';

/**
 * Issue 13: fuzzing once saw stack overflows escape parseDefinition where a
 * DefinitionError belongs. Whatever is done to a catalogue definition, it
 * parses, or it is refused with a DefinitionError whose every message is a
 * documented one; and a definition that parses can be shown and scored.
 */
const sources = catalogue.map((entry) => entry.definition);
const fresh = (index: number) => structuredClone(sources[index % sources.length]!) as unknown as Record<string, unknown>;
const unreadable = 'The definition could not be read';

function expectParsedOrRefused(input: unknown): InstrumentDefinition | null {
  let definition: InstrumentDefinition;
  try {
    definition = parseDefinition(input);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw new Error(`${(error as Error)?.name} escaped parseDefinition: ${(error as Error)?.message}`);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(isKnownDefinitionMessage(issue.message), `undocumented message: ${issue.message}`).toBe(true);
      // The last-resort message would hide a bug in the checks: none of these inputs may need it.
      expect(issue.message.startsWith(unreadable), issue.message).toBe(false);
    }
    return null;
  }
  // What parses must not break the form either.
  enabledItemIds(definition, {});
  scoreInstrument(definition, {});
  validateAnswers(definition, emptyResponseState());
  return definition;
}

/** The JSON text of a value, when it has one that means the same. */
function jsonOf(value: unknown): string | null {
  try {
    const text = JSON.stringify(value, (_, child) => {
      if (typeof child === 'number' && !Number.isFinite(child)) throw new Error('not JSON');
      if (typeof child === 'bigint' || typeof child === 'function' || typeof child === 'symbol' || child === undefined) throw new Error('not JSON');
      return child;
    });
    return text ?? null;
  } catch {
    return null;
  }
}

const deepValueSwappedToString: HostileMutation[] = [
  { kind: 'replace', seed: 25605779, value: 1e308 },
  { kind: 'swap-type', seed: 1006978399, to: 'list' },
  { kind: 'replace', seed: 564128480, value: deeplyNested(5_000) },
  { kind: 'swap-type', seed: 1756886679, to: 'string' },
];

describe('parseDefinition over mutated catalogue definitions', () => {
  it('parses or refuses with a DefinitionError, after 1 to 4 hostile changes, as an object and as JSON text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(hostileMutation, { minLength: 1, maxLength: 4 }), (which, changes) => {
        const input = fresh(which);
        for (const change of changes) applyHostileMutation(input, change);
        expectParsedOrRefused(input);
        const text = jsonOf(input);
        if (text !== null) expectParsedOrRefused(text);
      }),
      // Once seen failing in the test's own mutation: a list swapped to a string after a value 5,000 levels deep was put in it.
      { numRuns: 400, examples: [[sources.findIndex((source) => source.id === 'person-rated-performance'), deepValueSwappedToString]] },
    );
  });

  it('parses a long chain of conditions added to any catalogue definition, and refuses it as a loop once closed', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 2, max: 3_000 }), fc.boolean(), fc.option(hostileMutation, { nil: undefined }), (which, length, closed, change) => {
        const input = fresh(which);
        appendChain(input, length, closed);
        if (change) applyHostileMutation(input, change);
        const definition = expectParsedOrRefused(input);
        if (change === undefined) expect(definition === null).toBe(closed);
      }),
      { numRuns: 25 },
    );
  });

  it('turns what reading the input throws into a DefinitionError', () => {
    const throwing = fresh(0);
    Object.defineProperty(throwing, 'title', { enumerable: true, get: () => { throw new Error('no title today'); } });
    const proxy = new Proxy({}, { get: () => { throw new TypeError('trap'); }, ownKeys: () => { throw new TypeError('trap'); } });
    // So many problems that zod cannot gather them in one call.
    const huge = { ...fresh(0), notes: Array.from({ length: 300_000 }, () => 0) };
    for (const [input, reason] of [[throwing, 'no title today'], [proxy, 'trap'], [huge, 'it is too large or nested too deeply to check']] as const) {
      let caught: unknown;
      try {
        parseDefinition(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DefinitionError);
      expect((caught as DefinitionError).issues).toEqual([{ path: '', message: `${unreadable} (${reason})` }]);
    }
  });
});
