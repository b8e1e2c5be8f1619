import * as z from 'zod/mini';
import { AnswersSchema } from '../answers/answers.js';
import { AdministrationModeSchema, LicenceSchema } from '../definition/definition-schema.js';

/**
 * The fields and checks that every version of the outcome record shares, so
 * that the current version and the frozen earlier ones cannot drift apart
 * where they are meant to be the same.
 */

/** The version that `build…Record` functions write. */
export const OUTCOME_RECORD_VERSION = 6;

export const isoDateTime = z.iso.datetime({ offset: true });
export const nonEmpty = z.string().check(z.minLength(1));
export const describe = (description: string) => z.meta({ description });

export const BandResultSchema = z
  .strictObject({
    bandSetId: z.string(),
    bandSetLabel: z.string(),
    scale: z.string(),
    value: z.number(),
    label: z.string(),
  })
  .check(z.meta({ id: 'BandResult' }));

/** Who, by whom, when and by what: the same in every kind of record. */
export const envelope = {
  recordId: z.uuid(),
  subject: z.optional(
    z.strictObject({
      reference: nonEmpty.check(describe('The host system’s reference to the person, for example "Patient/123".')),
    }),
  ),
  assessor: z.optional(z.strictObject({ reference: z.optional(nonEmpty), role: z.optional(nonEmpty) })),
  startedAt: isoDateTime,
  completedAt: isoDateTime,
  provenance: z.strictObject({ generator: z.literal('otforms'), version: nonEmpty }),
};

export const assessmentFields = {
  ...envelope,
  instrument: z.strictObject({ id: nonEmpty, version: nonEmpty, title: nonEmpty }),
  administrationMode: z.optional(AdministrationModeSchema),
  answers: AnswersSchema,
  notAssessed: z.array(z.string()).check(describe('Items the assessor deliberately marked "Not assessed".')),
  itemScores: z.record(z.string(), z.nullable(z.number())),
  total: z.nullable(z.number()),
  prorated: z.boolean(),
  scales: z.record(z.string(), z.nullable(z.number())),
  status: z.enum(['complete', 'incomplete']),
  missingItems: z.array(z.string()),
  band: z.nullable(BandResultSchema),
  bands: z.array(BandResultSchema),
  scores: z.record(z.string(), z.nullable(z.number())).check(describe('Subscales, group scores and differences, by id.')),
  flags: z.record(z.string(), z.nullable(z.boolean())).check(describe('Thresholds, by id: true when met.')),
  noTotalReason: z.nullable(z.string()).check(describe('Why the instrument’s own rules give no total, when they do.')),
  citation: nonEmpty,
  licence: LicenceSchema,
};

export const GasSummarySchema = z
  .strictObject({
    method: z.literal('kiresuk-sherman'),
    rho: z.number(),
    weighting: z.enum(['unweighted', 'importance-x-difficulty']),
    tScoreBaseline: z.nullable(z.number()),
    reviews: z.array(z.strictObject({ date: z.iso.date(), tScore: z.nullable(z.number()), change: z.nullable(z.number()) })),
  })
  .check(z.meta({ id: 'GasSummary', description: 'T-scores in plain floating point; round for display only.' }));

type Ctx = z.core.$RefinementCtx<unknown>;

export function checkTimes(record: { startedAt: string; completedAt: string }, ctx: z.core.$RefinementCtx<{ startedAt: string; completedAt: string }>): void {
  if (Date.parse(record.completedAt) < Date.parse(record.startedAt)) {
    ctx.addIssue({ code: 'custom', path: ['completedAt'], message: 'completedAt must not be before startedAt' });
  }
}

export function checkAssessment(record: { status: string; missingItems: string[]; total: number | null; band: unknown }, ctx: Ctx): void {
  if ((record.status === 'complete') !== (record.missingItems.length === 0)) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'status must be "complete" exactly when no item is missing' });
  }
  if (record.total === null && record.band !== null) {
    ctx.addIssue({ code: 'custom', path: ['band'], message: 'A record without a total cannot have a band' });
  }
}

/** An attachment's id is used once, and the answer of its question names it: checkable without the definition, so no photo travels unseen. */
export function checkAttachments(record: { answers: Readonly<Record<string, unknown>>; attachments: readonly { id: string; itemId: string }[] }, ctx: Ctx): void {
  const ids = new Set<string>();
  record.attachments.forEach((attachment, index) => {
    if (ids.has(attachment.id)) ctx.addIssue({ code: 'custom', path: ['attachments', index, 'id'], message: `Attachment id "${attachment.id}" is used more than once` });
    ids.add(attachment.id);
    const answer = record.answers[attachment.itemId];
    if (!Array.isArray(answer) || !answer.includes(attachment.id)) {
      ctx.addIssue({ code: 'custom', path: ['attachments', index, 'itemId'], message: `Attachment "${attachment.id}" is not in the answer to "${attachment.itemId}"` });
    }
  });
}

export type RecordPart = { recordId: string; subject?: { reference: string } | undefined };
export type LocatedPart = { path: (string | number)[]; part: RecordPart };

/**
 * The records inside a record (an episode's, a home visit's) are about the
 * same person, and each can be told apart by its id: a back end stores
 * records by id, so a part sharing another's id would overwrite it.
 */
export function checkParts(record: RecordPart, parts: readonly LocatedPart[], container: 'an episode' | 'a home visit', ctx: Ctx): void {
  const owner = container === 'an episode' ? 'the episode’s' : 'the home visit’s';
  const seen = new Set<string>([record.recordId]);
  for (const { path, part } of parts) {
    if (record.subject && part.subject && part.subject.reference !== record.subject.reference) {
      ctx.addIssue({ code: 'custom', path: [...path, 'subject', 'reference'], message: `A record inside ${container} must be about ${owner} subject` });
    }
    if (seen.has(part.recordId)) ctx.addIssue({ code: 'custom', path: [...path, 'recordId'], message: `Each record inside ${container} needs its own recordId` });
    seen.add(part.recordId);
  }
}
