import { DefinitionError, type DefinitionIssue } from './definition-error.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from './definition-schema.js';
import { formatPath } from './rule-support.js';
import { describeIssue } from '../zod-messages.js';

/**
 * Validates an instrument definition (an object, or its JSON text) and returns
 * it with defaults applied, frozen: to change a definition, change its source
 * and parse again. Anything else, whatever it is, ends in a
 * `DefinitionError` whose `issues` name each problem's path.
 */
export function parseDefinition(input: unknown): InstrumentDefinition {
  // A definition this function returned is frozen, so it is still valid: checking it again
  // (as <ot-assessment> does with a catalogue definition) would only cost time.
  if (typeof input === 'object' && input !== null && parsed.has(input)) return input as InstrumentDefinition;
  const value = typeof input === 'string' ? parseJson(input) : input;
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

/** Whether parseDefinition returned this object (so it is frozen and valid). */
export function isParsedDefinition(definition: object): boolean {
  return parsed.has(definition);
}

/**
 * Freezes a definition made from a parsed one by changing only its text
 * (localiseDefinition) and lets parseDefinition hand it back as it is: it
 * is as valid as the definition it came from.
 */
export function adoptDerivedDefinition(definition: InstrumentDefinition): InstrumentDefinition {
  parsed.add(deepFreeze(definition));
  return definition;
}

/**
 * Freezes a compiled definition whose checksum matched (loadDefinition) and
 * lets parseDefinition hand it back as it is: it is what parseDefinition
 * returned when it was compiled.
 */
export function adoptCheckedDefinition(definition: InstrumentDefinition): InstrumentDefinition {
  parsed.add(deepFreeze(definition));
  return definition;
}

/** Parsed definitions are immutable: indexes and caches keyed by them can never go stale. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
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
