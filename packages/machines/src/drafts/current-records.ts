import { migrateOutcomeRecord } from '@otforms/core';

/**
 * A draft keeps the records of the steps it has finished: an episode its
 * assessments' records, its goal plan's, its home visit's and, during the
 * follow-up, its own; a home visit the records of its assessments, and its
 * own once finished. A draft saved by an earlier release holds them at the
 * version it was saved with, which the current snapshot schemas (and the
 * `build…Record` functions) refuse. This brings them forward with core's
 * own migration, in the draft and in the drafts of its children, so the
 * OT's work resumes and closes into a current record. Anything that is not
 * the shape of a draft is handed back unchanged, for the schema to report.
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
    // An episode holds `{ timepoint, record }`; a home visit holds the records themselves.
    next.assessments = context.assessments.map((entry: unknown) =>
      isObject(entry) && 'record' in entry ? { ...entry, record: current(entry.record) } : isObject(entry) && 'kind' in entry ? current(entry) : entry,
    );
  }
  for (const key of ['goalPlan', 'homeVisit', 'record'] as const) {
    if (isObject(context[key])) next[key] = current(context[key]);
  }
  let children = stored.children;
  if (isObject(stored.children)) {
    const entries = Object.entries(stored.children).map(([id, child]) => {
      if (!isObject(child) || !isObject(child.snapshot)) return [id, child] as const;
      const snapshot = withCurrentRecords(child.snapshot);
      if (snapshot !== child.snapshot) changed = true;
      return [id, snapshot === child.snapshot ? child : { ...child, snapshot }] as const;
    });
    children = Object.fromEntries(entries);
  }
  // A draft that needed nothing is the one the machine saved, exactly.
  return changed ? { ...stored, context: next, ...(children === undefined ? {} : { children }) } : stored;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
