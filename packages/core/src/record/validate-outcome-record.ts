import { formatPath } from '../definition/rule-support.js';
import type { DefinitionIssue } from '../definition/definition-error.js';
import { describeIssue } from '../zod-messages.js';
import { migrateOutcomeRecord } from './migrate-outcome-record.js';
import { OutcomeRecordSchema, OutcomeRecordV1Schema, OutcomeRecordV2Schema, OutcomeRecordV3Schema, OutcomeRecordV4Schema, OutcomeRecordV5Schema, type OutcomeRecord } from './outcome-record-schema.js';

const schemaOfVersion = { 1: OutcomeRecordV1Schema, 2: OutcomeRecordV2Schema, 3: OutcomeRecordV3Schema, 4: OutcomeRecordV4Schema, 5: OutcomeRecordV5Schema } as const;

export type OutcomeRecordValidation =
  | { success: true; record: OutcomeRecord; migratedFrom: number | null }
  | { success: false; issues: DefinitionIssue[] };

/**
 * Checks that a value is a valid outcome record of any version, and returns
 * it as the current version. It reports rather than throws, so that a host
 * can keep a record it cannot read and show why.
 */
export function validateOutcomeRecord(input: unknown): OutcomeRecordValidation {
  const { record, migratedFrom } = migrateOutcomeRecord(input);
  // An older record is checked against its own version, so its problems are named as they were written.
  const original = migratedFrom === 1 || migratedFrom === 2 || migratedFrom === 3 || migratedFrom === 4 || migratedFrom === 5 ? schemaOfVersion[migratedFrom].safeParse(input, { error: describeIssue }) : null;
  if (original && !original.success) return { success: false, issues: issuesOf(original.error.issues) };
  const result = OutcomeRecordSchema.safeParse(record, { error: describeIssue });
  if (result.success) return { success: true, record: result.data, migratedFrom };
  return { success: false, issues: issuesOf(result.error.issues) };
}

function issuesOf(issues: readonly { path: PropertyKey[]; message: string }[]): DefinitionIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
