import * as z from 'zod/mini';
import { AnswersSchema } from '../answers/answers.js';
import { AdministrationModeSchema, LicenceSchema } from '../definition/definition-schema.js';
import { GoalPlanSchema } from '../goals/goal-plan-schema.js';

/**
 * The outcome record: what a finished form leaves behind. Version 2 is a
 * union by `kind`: an instrument's `assessment` (version 1's fields) or a
 * `goal-plan` with its goal attainment scores. Version 1 records migrate
 * forward (`migrate-outcome-record.ts`). A council back end validates with
 * the published JSON Schema files and can re-score from the answers.
 */

const isoDateTime = z.iso.datetime({ offset: true });
const nonEmpty = z.string().check(z.minLength(1));
const describe = (description: string) => z.meta({ description });

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
const envelope = {
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

const assessmentFields = {
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

type Ctx = z.core.$RefinementCtx<{ startedAt: string; completedAt: string }>;

function checkTimes(record: { startedAt: string; completedAt: string }, ctx: Ctx): void {
  if (Date.parse(record.completedAt) < Date.parse(record.startedAt)) {
    ctx.addIssue({ code: 'custom', path: ['completedAt'], message: 'completedAt must not be before startedAt' });
  }
}

function checkAssessment(record: { status: string; missingItems: string[]; total: number | null; band: unknown }, ctx: z.core.$RefinementCtx<unknown>): void {
  if ((record.status === 'complete') !== (record.missingItems.length === 0)) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'status must be "complete" exactly when no item is missing' });
  }
  if (record.total === null && record.band !== null) {
    ctx.addIssue({ code: 'custom', path: ['band'], message: 'A record without a total cannot have a band' });
  }
}

/** Version 1, as published: kept so that version 1 records can be read and migrated. */
export const OutcomeRecordV1Schema = z
  .strictObject({ schemaVersion: z.literal(1), ...assessmentFields })
  .check(z.superRefine(checkTimes), z.superRefine(checkAssessment), z.meta({ id: 'OutcomeRecordV1', title: 'otforms outcome record v1' }));

export const AssessmentRecordSchema = z
  .strictObject({ schemaVersion: z.literal(2), kind: z.literal('assessment'), ...assessmentFields })
  .check(z.superRefine(checkAssessment), z.meta({ id: 'AssessmentRecord' }));

export const GasSummarySchema = z
  .strictObject({
    method: z.literal('kiresuk-sherman'),
    rho: z.number(),
    weighting: z.enum(['unweighted', 'importance-x-difficulty']),
    tScoreBaseline: z.nullable(z.number()),
    reviews: z.array(z.strictObject({ date: z.iso.date(), tScore: z.nullable(z.number()), change: z.nullable(z.number()) })),
  })
  .check(z.meta({ id: 'GasSummary', description: 'T-scores in plain floating point; round for display only.' }));

export const GoalPlanRecordSchema = z
  .strictObject({ schemaVersion: z.literal(2), kind: z.literal('goal-plan'), ...envelope, goalPlan: GoalPlanSchema, gas: GasSummarySchema })
  .check(z.meta({ id: 'GoalPlanRecord' }));

export const OutcomeRecordSchema = z
  .discriminatedUnion('kind', [AssessmentRecordSchema, GoalPlanRecordSchema])
  .check(z.superRefine(checkTimes), z.meta({ id: 'OutcomeRecord', title: 'otforms outcome record v2' }));

export type OutcomeRecordV1 = z.output<typeof OutcomeRecordV1Schema>;
export type AssessmentRecord = z.output<typeof AssessmentRecordSchema>;
export type GoalPlanRecord = z.output<typeof GoalPlanRecordSchema>;
export type OutcomeRecord = z.output<typeof OutcomeRecordSchema>;
export type GasSummaryRecord = z.output<typeof GasSummarySchema>;
