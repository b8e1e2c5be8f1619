import * as z from 'zod/mini';
import { AdministrationModeSchema, AnswerAuditEntrySchema, AnswerProblemSchema, AssessmentRecordSchema, ResponseStateSchema, type InstrumentDefinition } from '@otforms/core';
import { persistedSnapshotSchema, readDraft, refuseUnlessActive, type DraftReading } from '../drafts/draft-reading.js';

/**
 * The zod schema of the assessment machine's persisted snapshot, and the
 * one judgement of whether a stored draft can be resumed. It names every
 * field the machine and a view read, so that a draft with any of them
 * missing or of the wrong type is refused when it is read, not found out
 * when a page renders blank.
 */

const AnswerErrorSchema = z.object({
  itemId: z.string(),
  message: z.string(),
  problem: AnswerProblemSchema,
  entry: z.optional(z.number()),
  childId: z.optional(z.string()),
});

function isErrorWithoutProblem(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { itemId, message } = error as Record<string, unknown>;
  return typeof itemId === 'string' && typeof message === 'string' && !('problem' in error);
}

/** What the host started the assessment with (`AssessmentInput`). */
export const AssessmentInputSchema = z.object({
  startedAt: z.string(),
  subjectReference: z.optional(z.string()),
  assessor: z.optional(z.object({ reference: z.optional(z.string()), role: z.optional(z.string()) })),
  administrationMode: z.optional(AdministrationModeSchema),
  bandSetId: z.optional(z.string()),
  auditHistory: z.optional(z.boolean()),
});

export const AssessmentContextSchema = z.object({
  instrument: z.object({ id: z.string(), version: z.string() }),
  responses: ResponseStateSchema,
  sectionIndex: z.int().check(z.minimum(0)),
  // A draft saved before errors carried their problem as data has errors without one: each is dropped, not
  // refused, and the page's errors are found again at the next answer or attempt. Dropped one by one, so a
  // draft that somehow mixes old and new errors keeps its new ones rather than being refused whole.
  errors: z.pipe(
    z.transform((errors: unknown) => (Array.isArray(errors) ? errors.filter((error) => !isErrorWithoutProblem(error)) : errors)),
    z.array(AnswerErrorSchema),
  ),
  showErrors: z.boolean(),
  returnToReview: z.boolean(),
  options: AssessmentInputSchema,
  // Drafts saved before the audit existed have none, and still resume.
  audit: z.optional(z.record(z.string(), AnswerAuditEntrySchema)),
  record: z.nullable(AssessmentRecordSchema),
});

export const AssessmentSnapshotSchema = persistedSnapshotSchema(z.enum(['answering', 'review', 'submitted']), AssessmentContextSchema, 'submitted');

/** A persisted snapshot of the assessment machine, as `AssessmentSnapshotSchema` reads it. */
export type AssessmentSnapshot = z.output<typeof AssessmentSnapshotSchema>;

/**
 * Whether `stored` is an unfinished assessment of exactly `definition`
 * (same id and version, and a section it has) that the assessment machine
 * can resume. A draft of another instrument or version is never resumed:
 * its answers could mean something else there.
 */
export function readAssessmentDraft(stored: unknown, definition: InstrumentDefinition): DraftReading<AssessmentSnapshot> {
  const reading = readDraft(stored, AssessmentSnapshotSchema, (snapshot) => {
    const { instrument, sectionIndex } = snapshot.context;
    const wanted = `${definition.id}@${definition.version}`;
    if (instrument.id !== definition.id || instrument.version !== definition.version) {
      return { reason: 'other-instrument', detail: `The draft is of ${instrument.id}@${instrument.version}, not ${wanted}.` };
    }
    if (sectionIndex >= definition.sections.length) {
      return { reason: 'other-instrument', detail: `The draft is at section ${sectionIndex + 1}, but ${wanted} has ${definition.sections.length}.` };
    }
    return refuseUnlessActive(snapshot);
  });
  return reading.resumable ? { resumable: true, snapshot: withAttachments(withoutStaleErrors(reading.snapshot)) } : reading;
}

/** The snapshot without errors saved before they carried their problem (the schema lets them through): they are found again. */
function withoutStaleErrors(snapshot: AssessmentSnapshot): AssessmentSnapshot {
  const errors = snapshot.context.errors.filter((error) => !isErrorWithoutProblem(error));
  if (errors.length === snapshot.context.errors.length) return snapshot;
  return { ...snapshot, context: { ...snapshot.context, errors } };
}

/**
 * An assessment snapshot whose responses hold `attachments`: a draft saved
 * before photos existed has none, and is given an empty list (a copy; a
 * draft that has them is handed back as it is). A machine that restores
 * assessment snapshots as children passes them through this too.
 */
export function withAttachments<TSnapshot extends { context: { responses: object } }>(snapshot: TSnapshot): TSnapshot {
  if ('attachments' in snapshot.context.responses) return snapshot;
  return { ...snapshot, context: { ...snapshot.context, responses: { ...snapshot.context.responses, attachments: {} } } };
}
