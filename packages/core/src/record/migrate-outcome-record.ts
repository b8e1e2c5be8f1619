/**
 * Brings a stored record forward to the current version (2), leaving
 * anything it does not recognise untouched for validation to report:
 * a record that cannot be read is kept and reported, never dropped.
 */
export function migrateOutcomeRecord(input: unknown): { record: unknown; migratedFrom: number | null } {
  if (typeof input === 'object' && input !== null && (input as { schemaVersion?: unknown }).schemaVersion === 1) {
    // Version 2 split records by kind; every version 1 record was an instrument's assessment.
    return { record: { ...input, schemaVersion: 2, kind: 'assessment' }, migratedFrom: 1 };
  }
  return { record: input, migratedFrom: null };
}
