import * as z from 'zod';
import { DefinitionError, type DefinitionIssue } from './definition-error.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from './definition-schema.js';
import { formatPath } from './definition-rules.js';

/**
 * Validates an instrument definition (an object, or its JSON text) and returns
 * it with defaults applied. Anything else, whatever it is, ends in a
 * `DefinitionError` whose `issues` name each problem's path.
 */
export function parseDefinition(input: unknown): InstrumentDefinition {
  const value = typeof input === 'string' ? parseJson(input) : input;
  const result = InstrumentDefinitionSchema.safeParse(value, { error: describeIssue });
  if (result.success) return result.data;
  throw new DefinitionError(
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
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

/** Plain-English messages for the structural problems a definition author meets most. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This field is required';
  if (issue.code === 'invalid_type') return `Expected ${issue.expected}, but found ${describeValue(issue.input)}`;
  if (issue.code === 'unrecognized_keys') return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    const input = issue.input as Record<string, unknown> | undefined;
    return `Unknown ${issue.discriminator}: ${describeValue(input?.[issue.discriminator])}`;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
