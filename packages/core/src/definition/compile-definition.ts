import { cyrb53Utf8 } from '../hash/cyrb53-utf8.js';
import { OTFORMS_VERSION } from '../version.js';
import type { InstrumentDefinition } from './definition-schema.js';
import { adoptDefinition, isParsedDefinition, parseDefinition } from './parse-definition.js';
import { COMPILED_DEFINITION_FORMAT, COMPILED_DEFINITION_FORMAT_VERSION, compiledFields, type CompiledFields } from './compiled-format.js';

export { COMPILED_DEFINITION_FORMAT, COMPILED_DEFINITION_FORMAT_VERSION };

/**
 * A definition parsed ahead of time (at build time, say), kept as JSON and
 * handed to `loadDefinition`, which then skips the schema and the rules.
 * `hash` is a checksum of everything else: a compiled definition that was
 * edited or corrupted afterwards, or compiled by another version of
 * @otforms/core, no longer matches it and is parsed in full instead.
 *
 * The checksum catches edits and corruption, not forgery: anyone can work it
 * out again. So only the host decides to trust one, by calling
 * `loadDefinition` on a definition its own build compiled; given to
 * `parseDefinition` or straight to an element, its `definition` is checked
 * in full. Pass a definition from a source you do not control as it is.
 */
export interface CompiledDefinition {
  readonly format: typeof COMPILED_DEFINITION_FORMAT;
  readonly formatVersion: typeof COMPILED_DEFINITION_FORMAT_VERSION;
  /** The @otforms/core version that compiled it; another version parses it in full. */
  readonly core: string;
  /** `cyrb53-utf8:` and 14 hexadecimal digits (format version 1 had `cyrb53:`, over UTF-16 code units). */
  readonly hash: string;
  /** The parsed definition: defaults applied, frozen. */
  readonly definition: InstrumentDefinition;
}

/**
 * Parses a definition (an object, its JSON text, a parsed definition or a
 * compiled one, each checked in full) and returns it compiled, frozen. Store
 * `JSON.stringify(compileDefinition(input))` with your build and give what
 * `JSON.parse` reads back to `loadDefinition`. An invalid definition throws
 * `DefinitionError`, as `parseDefinition` does.
 */
export function compileDefinition(input: unknown): CompiledDefinition {
  const definition = parseDefinition(input);
  return Object.freeze({
    format: COMPILED_DEFINITION_FORMAT,
    formatVersion: COMPILED_DEFINITION_FORMAT_VERSION,
    core: OTFORMS_VERSION,
    hash: checksum(OTFORMS_VERSION, JSON.stringify(definition)),
    definition,
  });
}

/**
 * For definitions your own build compiled (`compileDefinition`) and you
 * ship: takes a compiled definition (an object, or its JSON text) whose
 * checksum matches without the schema or the rules, as a fresh, frozen copy
 * of exactly the JSON the checksum was worked out from (the object given is
 * left as it is). One that does not match (edited, corrupted, or from another
 * core version or format) has its `definition` parsed in full, so an invalid
 * one throws `DefinitionError` just as a raw definition would. Anything else
 * is parsed as `parseDefinition` parses it.
 *
 * Calling it is the decision to trust the input: a definition from anywhere
 * else goes to the element, or to `parseDefinition`, as it is.
 */
export function loadDefinition(input: unknown): InstrumentDefinition {
  const fresh = typeof input === 'string';
  const value = fresh ? readJson(input) : input;
  const compiled = compiledFields(value);
  if (!compiled) return parseDefinition(value);
  const definition = definitionOf(compiled);
  // Compiled here (compileDefinition's own result): parsed, frozen since, so it still matches.
  if (typeof definition === 'object' && definition !== null && isParsedDefinition(definition)) return definition as InstrumentDefinition;
  const text = matchingText(compiled, definition);
  if (text === undefined) return parseDefinition(definition);
  // What is trusted is the text that was hashed, read back: a toJSON or a getter cannot make them differ.
  // JSON text given as input was read just now, so its definition is that already.
  return adoptDefinition((fresh ? definition : JSON.parse(text)) as InstrumentDefinition);
}

function definitionOf(compiled: CompiledFields): unknown {
  try {
    return compiled.definition;
  } catch {
    // A throwing getter: parseDefinition reports the compiled definition as unreadable.
    return compiled;
  }
}

/** The definition's JSON, if the checksum of it matches; undefined when it does not or cannot be worked out. */
function matchingText(compiled: CompiledFields, definition: unknown): string | undefined {
  try {
    if (
      compiled.formatVersion !== COMPILED_DEFINITION_FORMAT_VERSION ||
      compiled.core !== OTFORMS_VERSION ||
      typeof compiled.hash !== 'string' ||
      typeof definition !== 'object' ||
      definition === null
    )
      return undefined;
    const text = JSON.stringify(definition);
    return compiled.hash === checksum(OTFORMS_VERSION, text) ? text : undefined;
  } catch {
    // Unreadable (a throwing getter, a cycle): not intact, so it is parsed in full and reported there.
    return undefined;
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
 * cyrb53 over the UTF-8 of the format, its version, the core version and the definition's JSON: fast
 * and synchronous (the element must not wait), and enough to notice a changed character. Exported for the
 * tests' forger only (not from the package).
 */
export function checksum(core: string, definitionText: string): string {
  return `cyrb53-utf8:${cyrb53Utf8(`${COMPILED_DEFINITION_FORMAT}\n${COMPILED_DEFINITION_FORMAT_VERSION}\n${core}\n${definitionText}`)}`;
}
