import { DefinitionError, type DefinitionIssue } from './definition-error.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from './definition-schema.js';
import { formatPath } from './rule-support.js';
import { describeIssue } from '../zod-messages.js';

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
