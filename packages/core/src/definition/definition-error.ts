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

  /** `options.cause`: what was thrown while checking, when the problem was found by a failure rather than a rule, kept with its stack for diagnosis. */
  constructor(issues: readonly DefinitionIssue[], options?: { cause?: unknown }) {
    super(
      `The instrument definition is not valid:\n${issues
        .map((issue) => `- ${issue.path || '(the definition)'}: ${issue.message}`)
        .join('\n')}`,
      options,
    );
    this.issues = issues;
  }
}
