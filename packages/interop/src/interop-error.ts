/** One thing that could not be converted: where it is and why, in plain words. */
export interface InteropIssue {
  /** The FHIR linkId of the item, when the problem is in an item. */
  linkId?: string;
  /** Where it is in the source, for example `item[0].item[3]`. */
  path: string;
  message: string;
}

/**
 * Thrown when a resource uses something otforms cannot represent.
 * `issues` lists every such item, so one run shows everything to fix.
 */
export class InteropError extends Error {
  override readonly name = 'InteropError';
  readonly issues: readonly InteropIssue[];

  constructor(issues: readonly InteropIssue[]) {
    super(
      `This cannot be converted:\n${issues
        .map((issue) => `- ${issue.path || '(the resource)'}${issue.linkId ? ` (linkId "${issue.linkId}")` : ''}: ${issue.message}`)
        .join('\n')}`,
    );
    this.issues = issues;
  }
}
