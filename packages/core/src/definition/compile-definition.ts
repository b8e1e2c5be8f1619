import { OTFORMS_VERSION } from '../version.js';
import type { InstrumentDefinition } from './definition-schema.js';
import { adoptCheckedDefinition, isParsedDefinition, parseDefinition } from './parse-definition.js';

export const COMPILED_DEFINITION_FORMAT = 'otforms/compiled-definition';
export const COMPILED_DEFINITION_FORMAT_VERSION = 1;

/**
 * A definition parsed ahead of time (at build time, say), kept as JSON and
 * handed to `loadDefinition` or an element, which then skip the schema and
 * the rules. `hash` is a checksum of everything else: a compiled definition
 * that was edited or corrupted afterwards, or compiled by another version of
 * @otforms/core, no longer matches it and is parsed in full instead.
 *
 * The checksum catches edits and corruption, not forgery: anyone can work it
 * out again. Pass a definition from a source you do not control raw (or call
 * `parseDefinition` on it), never compiled.
 */
export interface CompiledDefinition {
  readonly format: typeof COMPILED_DEFINITION_FORMAT;
  readonly formatVersion: typeof COMPILED_DEFINITION_FORMAT_VERSION;
  /** The @otforms/core version that compiled it; another version parses it in full. */
  readonly core: string;
  /** `cyrb53:` and 14 hexadecimal digits. */
  readonly hash: string;
  /** The parsed definition: defaults applied, frozen. */
  readonly definition: InstrumentDefinition;
}

/**
 * Parses a definition (an object, its JSON text, a parsed definition or a
 * compiled one) and returns it compiled, frozen. Store
 * `JSON.stringify(compileDefinition(input))` and give what `JSON.parse`
 * reads back to `loadDefinition` or `<ot-assessment>`. An invalid definition
 * throws `DefinitionError`, as `parseDefinition` does.
 */
export function compileDefinition(input: unknown): CompiledDefinition {
  const definition = loadDefinition(input);
  return Object.freeze({
    format: COMPILED_DEFINITION_FORMAT,
    formatVersion: COMPILED_DEFINITION_FORMAT_VERSION,
    core: OTFORMS_VERSION,
    hash: checksum(OTFORMS_VERSION, definition),
    definition,
  });
}

/**
 * The parsed definition of any input `parseDefinition` takes, or of a
 * compiled definition (an object, or its JSON text). A compiled definition
 * whose checksum matches is frozen and returned as it is, without the schema
 * or the rules; one that does not match (edited, corrupted, or from another
 * core version or format) has its `definition` parsed in full, so an invalid
 * one throws `DefinitionError` just as a raw definition would.
 */
export function loadDefinition(input: unknown): InstrumentDefinition {
  const value = typeof input === 'string' ? readJson(input) : input;
  const compiled = asCompiled(value);
  if (!compiled) return parseDefinition(value);
  const definition = compiled.definition;
  // Checked already (or compiled here): frozen since, so it still matches.
  if (typeof definition === 'object' && definition !== null && isParsedDefinition(definition)) return definition as InstrumentDefinition;
  if (matches(compiled)) return adoptCheckedDefinition(definition as InstrumentDefinition);
  return parseDefinition(definition);
}

/** Whether the value says it is a compiled definition (whether it is intact is `matches`'s question). */
function asCompiled(value: unknown): Partial<Record<keyof CompiledDefinition, unknown>> | undefined {
  try {
    if (typeof value !== 'object' || value === null) return undefined;
    const candidate = value as Partial<Record<keyof CompiledDefinition, unknown>>;
    return candidate.format === COMPILED_DEFINITION_FORMAT ? candidate : undefined;
  } catch {
    // A getter or proxy that throws: parseDefinition reports it as a DefinitionError.
    return undefined;
  }
}

function matches(compiled: Partial<Record<keyof CompiledDefinition, unknown>>): boolean {
  try {
    return (
      compiled.formatVersion === COMPILED_DEFINITION_FORMAT_VERSION &&
      compiled.core === OTFORMS_VERSION &&
      typeof compiled.hash === 'string' &&
      typeof compiled.definition === 'object' &&
      compiled.definition !== null &&
      compiled.hash === checksum(OTFORMS_VERSION, compiled.definition)
    );
  } catch {
    // Unreadable (a throwing getter, a cycle): not intact, so it is parsed in full and reported there.
    return false;
  }
}

/** JSON text that is not JSON is parseDefinition's to report, with its usual message. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * cyrb53 over the format, its version, the core version and the definition's
 * JSON: fast and synchronous (the element must not wait), and enough to notice
 * a changed character. Not a cryptographic hash, on purpose: it guards
 * against accidents, not against someone who means to forge one.
 */
function checksum(core: string, definition: object): string {
  const text = `${COMPILED_DEFINITION_FORMAT}\n${COMPILED_DEFINITION_FORMAT_VERSION}\n${core}\n${JSON.stringify(definition)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `cyrb53:${value.toString(16).padStart(14, '0')}`;
}
