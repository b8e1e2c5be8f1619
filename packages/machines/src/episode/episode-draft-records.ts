import { migrateOutcomeRecord } from '@otforms/core';

/**
 * An episode draft keeps the records of the steps it has finished: the
 * assessments' records, the goal plan's once closure is reached, and the
 * episode's own record during the follow-up. A draft saved before version 4
 * of the outcome record holds them at the version it was saved with, which
 * the current snapshot schema (and `buildEpisodeRecord`) refuse. This brings
 * them forward with core's own migration, so the OT's work resumes and the
 * episode closes into a current record. Anything that is not the shape of a
 * draft is handed back unchanged, for the schema to report.
 */
export function withCurrentRecords(stored: unknown): unknown {
  if (!isObject(stored) || !isObject(stored.context)) return stored;
  const { context } = stored;
  let changed = false;
  const current = (record: unknown): unknown => {
    const { record: migrated, migratedFrom } = migrateOutcomeRecord(record);
    if (migratedFrom !== null) changed = true;
    return migrated;
  };
  const next: Record<string, unknown> = { ...context };
  if (Array.isArray(context.assessments)) {
    next.assessments = context.assessments.map((entry: unknown) => (isObject(entry) && 'record' in entry ? { ...entry, record: current(entry.record) } : entry));
  }
  for (const key of ['goalPlan', 'record'] as const) {
    if (isObject(context[key])) next[key] = current(context[key]);
  }
  // A draft that needed nothing is the one the machine saved, exactly.
  return changed ? { ...stored, context: next } : stored;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
