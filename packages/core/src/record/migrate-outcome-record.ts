/**
 * Brings a stored record forward to the current version (3), leaving
 * anything it does not recognise untouched for validation to report:
 * a record that cannot be read is kept and reported, never dropped.
 */
export function migrateOutcomeRecord(input: unknown): { record: unknown; migratedFrom: number | null } {
  if (typeof input !== 'object' || input === null) return { record: input, migratedFrom: null };
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  // Version 2 split records by kind; every version 1 record was an instrument's assessment.
  if (version === 1) return { record: { ...input, schemaVersion: 3, kind: 'assessment' }, migratedFrom: 1 };
  // Version 3 added the episode kind; version 2's two kinds are unchanged.
  if (version === 2) return { record: { ...input, schemaVersion: 3 }, migratedFrom: 2 };
  return { record: input, migratedFrom: null };
}
