import { validateOutcomeRecord, type OutcomeRecord } from '@otforms/core';
import type { UnreadableRecord } from './outcome-summary-schema.js';

/**
 * Reads one input through core's validation and migration: the record as the
 * current version, or why it cannot be read, with its position in the input
 * so that a host can find it and keep it aside.
 */
export function readRecord(input: unknown, position: number): { record: OutcomeRecord } | { unreadable: UnreadableRecord } {
  const validation = validateOutcomeRecord(input);
  if (validation.success) return { record: validation.record };
  const id = typeof input === 'object' && input !== null ? (input as { recordId?: unknown }).recordId : undefined;
  return {
    unreadable: {
      position,
      recordId: typeof id === 'string' ? id : null,
      reasons: validation.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)),
    },
  };
}
