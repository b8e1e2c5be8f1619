import { OUTCOME_RECORD_VERSION } from './record-parts.js';

type Versioned = { schemaVersion?: unknown; kind?: unknown };

/**
 * Brings a stored record forward to the current version (6), leaving
 * anything it does not recognise untouched for validation to report:
 * a record that cannot be read is kept and reported, never dropped.
 */
export function migrateOutcomeRecord(input: unknown): { record: unknown; migratedFrom: number | null } {
  if (typeof input !== 'object' || input === null) return { record: input, migratedFrom: null };
  const version = (input as Versioned).schemaVersion;
  // Version 2 split records by kind; every version 1 record was an instrument's assessment.
  if (version === 1) return { record: toCurrent({ ...input, kind: 'assessment' }), migratedFrom: 1 };
  // Version 3 added the episode kind; version 2's two kinds are unchanged.
  // Version 4 added photos to assessments (none before) and the home-visit kind.
  // Version 5 added the optional audit of answers: an older record has none, and says nothing it did not know.
  // Version 6 let an episode's route of access and end outcome come from another vocabulary, in new optional fields.
  if (version === 2 || version === 3 || version === 4 || version === 5) return { record: toCurrent(input), migratedFrom: version };
  return { record: input, migratedFrom: null };
}

/** A record of version 1–5, and the records inside it, as version 6. */
function toCurrent(record: object): object {
  const current: Record<string, unknown> = { ...record, schemaVersion: OUTCOME_RECORD_VERSION };
  const kind = (record as Versioned).kind;
  if (kind === 'assessment' && !('attachments' in current)) current.attachments = [];
  if (kind === 'episode') {
    const assessments = current.assessments;
    if (Array.isArray(assessments)) {
      current.assessments = assessments.map((entry: unknown) =>
        isObject(entry) && isObject(entry.record) ? { ...entry, record: toCurrent(entry.record) } : entry,
      );
    }
    if (isObject(current.goalPlan)) current.goalPlan = toCurrent(current.goalPlan);
    if (isObject(current.homeVisit)) current.homeVisit = toCurrent(current.homeVisit);
  }
  if (kind === 'home-visit' && Array.isArray(current.assessments)) {
    current.assessments = current.assessments.map((part: unknown) => (isObject(part) ? toCurrent(part) : part));
  }
  return current;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
