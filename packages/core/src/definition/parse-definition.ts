import { DefinitionError, type DefinitionIssue } from './definition-error.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from './definition-schema.js';
import { formatPath } from './rule-support.js';
import { compiledFields } from './compiled-format.js';
import { describeIssue } from '../zod-messages.js';

/**
 * Validates an instrument definition (an object, or its JSON text) and returns
 * it with defaults applied, frozen: to change a definition, change its source
 * and parse again. Anything else, whatever it is, ends in a
 * `DefinitionError` whose `issues` name each problem's path.
 *
 * A compiled definition (`compileDefinition`) is not trusted here: its
 * checksum proves nothing about where it came from, so its `definition` is
 * checked in full, as a raw one is. Trusting one is the host's decision,
 * made by calling `loadDefinition` on a definition its own build compiled.
 */
export function parseDefinition(input: unknown): InstrumentDefinition {
  // A definition this function returned is frozen, so it is still valid: checking it again
  // (as <ot-assessment> does with a catalogue definition) would only cost time.
  if (isParsed(input)) return input;
  const read = typeof input === 'string' ? parseJson(input) : input;
  const value = unwrapCompiled(read);
  if (isParsed(value)) return value;
  const result = check(value);
  if (result.success) {
    const definition = deepFreeze(result.data);
    parsed.add(definition);
    return definition;
  }
  throw new DefinitionError(
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

/**
 * The schema and its rules, with nothing else escaping: a getter or a proxy in
 * the input that throws, or a list of problems too long for zod to gather
 * (it spreads them into one call, which a few hundred thousand overflow),
 * still ends in a DefinitionError.
 */
function check(value: unknown) {
  try {
    return InstrumentDefinitionSchema.safeParse(value, { error: describeIssue });
  } catch (error) {
    // The original error goes with it as `cause`: a bug of ours (a stack overflow in a rule, say) must stay diagnosable.
    throw new DefinitionError([{ path: '', message: `The definition could not be read (${describeFailure(error)})` }], { cause: error });
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof RangeError) return 'it is too large or nested too deeply to check';
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    // Even what was thrown can throw when it is read.
    return 'reading it failed';
  }
}

const parsed = new WeakSet<object>();

function isParsed(value: unknown): value is InstrumentDefinition {
  return typeof value === 'object' && value !== null && parsed.has(value);
}

/** A compiled definition's `definition`, to be checked in full; anything else as it is. */
function unwrapCompiled(value: unknown): unknown {
  const compiled = compiledFields(value);
  if (!compiled) return value;
  try {
    if (!('definition' in compiled)) return value;
    return compiled.definition;
  } catch {
    // A getter or proxy that throws: the schema reads it again and reports it.
    return value;
  }
}

/** Whether parseDefinition returned this object (so it is frozen and valid). */
export function isParsedDefinition(definition: object): boolean {
  return parsed.has(definition);
}

/**
 * Freezes a definition known to be valid without checking it, and lets
 * parseDefinition hand it back as it is. Only for a definition made from a
 * parsed one by changing its text (localiseDefinition), or the fresh copy of
 * a compiled one the host chose to trust (loadDefinition).
 */
export function adoptDefinition(definition: InstrumentDefinition): InstrumentDefinition {
  parsed.add(deepFreeze(definition));
  return definition;
}

/**
 * Parsed definitions are immutable: indexes and caches keyed by them can never go stale.
 * Every node is visited, frozen or not: an object frozen only at its top still has writable children.
 * Only trees without cycles come here (the schema's output, JSON.parse's, a translated copy of either).
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const issue: DefinitionIssue = {
      path: '',
      message: `The definition is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
    throw new DefinitionError([issue]);
  }
}
