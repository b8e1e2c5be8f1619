/** One problem in a definition: where it is (`sections[0].items[2].id`) and what is wrong. */
export interface DefinitionIssue {
  path: string;
  message: string;
}

/**
 * Thrown by `parseDefinition` for any input that is not a valid definition.
 * `issues` lists every problem found, each naming its exact place.
 */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';
  readonly issues: readonly DefinitionIssue[];

  constructor(issues: readonly DefinitionIssue[]) {
    super(
      `The instrument definition is not valid:\n${issues
        .map((issue) => `- ${issue.path || '(the definition)'}: ${issue.message}`)
        .join('\n')}`,
    );
    this.issues = issues;
  }
}
