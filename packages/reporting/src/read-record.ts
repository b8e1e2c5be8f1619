import { migrateOutcomeRecord, validateOutcomeRecord, type OutcomeRecord, type OutcomeRecordInput } from '@otforms/core';
import type { UnreadableRecord } from './outcome-summary-schema.js';

/**
 * Reads one input through core's validation and migration: the record as the
 * current version, or why it cannot be read, with its position in the input
 * so that a host can find it and keep it aside. `given` is the readable
 * record as it came, brought to the current version but not parsed: what a
 * host's `groupBy` sees, so that a worker, which cannot parse on the main
 * thread, gives every record the same key.
 */
export function readRecord(input: unknown, position: number): { record: OutcomeRecord; given: OutcomeRecordInput } | { unreadable: UnreadableRecord } {
  const validation = validateOutcomeRecord(input);
  if (validation.success) return { record: validation.record, given: migrateOutcomeRecord(input).record as OutcomeRecordInput };
  const id = typeof input === 'object' && input !== null ? (input as { recordId?: unknown }).recordId : undefined;
  return {
    unreadable: {
      position,
      recordId: typeof id === 'string' ? id : null,
      reasons: validation.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)),
    },
  };
}
