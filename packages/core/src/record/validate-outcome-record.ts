import { formatPath } from '../definition/rule-support.js';
import type { DefinitionIssue } from '../definition/definition-error.js';
import { describeIssue } from '../zod-messages.js';
import { OutcomeRecordV1Schema, type OutcomeRecord } from './outcome-record-schema.js';

export type OutcomeRecordValidation =
  | { success: true; record: OutcomeRecord }
  | { success: false; issues: DefinitionIssue[] };

/**
 * Checks that a value is a valid outcome record. It reports rather than
 * throws, so that a host can keep a record it cannot read and show why.
 */
export function validateOutcomeRecord(input: unknown): OutcomeRecordValidation {
  const result = OutcomeRecordV1Schema.safeParse(input, { error: describeIssue });
  if (result.success) return { success: true, record: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
