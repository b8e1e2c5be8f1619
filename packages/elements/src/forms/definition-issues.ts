import { DefinitionError, type DefinitionIssue } from '@otforms/core';

/** What was wrong with a definition that did not parse, as the error state and `ot-error` list it. */
export function definitionIssues(error: unknown): readonly DefinitionIssue[] {
  return error instanceof DefinitionError ? error.issues : [{ path: '', message: error instanceof Error ? error.message : String(error) }];
}
