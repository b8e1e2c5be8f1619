import { migrateOutcomeRecord, validateOutcomeRecord, type OutcomeRecordInput } from '@otforms/core';
import type { SummaryOptions } from '@otforms/reporting';

/**
 * The group key of a record as the summary would work it out, on the main
 * thread, for a worker that cannot call the host's `groupBy`. The summary
 * passes `groupBy` the record migrated to the current version and not
 * parsed, so the costly validation stays in the worker and both give the
 * same key. A record the summary cannot read is never grouped, so when
 * `groupBy` throws or returns something other than a key, the record is
 * validated here: if it is unreadable its key does not matter; if it is
 * readable, the error is the host's, as `summariseOutcomes` would throw it.
 */
export function groupKeyReader(groupBy: NonNullable<SummaryOptions['groupBy']>): (input: unknown) => string | null {
  return (input) => {
    let key: unknown;
    let failure: { error: unknown } | undefined;
    try {
      key = groupBy(migrateOutcomeRecord(input).record as OutcomeRecordInput) ?? null;
    } catch (error) {
      failure = { error };
    }
    if (!failure && (key === null || typeof key === 'string')) return key;
    if (!validateOutcomeRecord(input).success) return null;
    if (failure) throw failure.error;
    throw new TypeError(`groupBy must return a string or null, not ${typeof key}`);
  };
}
