import * as z from 'zod/mini';
import { AnswersSchema } from '../answers/answers.js';
import { AdministrationModeSchema, BetterWhenSchema, LicenceSchema } from '../definition/definition-schema.js';
import { GoalPlanSchema } from '../goals/goal-plan-schema.js';
import { ReablementEpisodeSchema } from '../episode/episode-schema.js';

/**
 * The outcome record: what a finished form leaves behind. It is a union by
 * `kind`: an instrument's `assessment`, a `goal-plan` with its goal
 * attainment scores, or (from version 3) a reablement `episode` that carries
 * its assessments and goal plan inside it. Older versions migrate forward
 * (`migrate-outcome-record.ts`) and stay here so that their problems can be
 * named as they were written. A council back end validates with the
 * published JSON Schema files and can re-score from the answers.
 */

/** The version that `build…Record` functions write. */
export const OUTCOME_RECORD_VERSION = 3;

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

export const GasSummarySchema = z
  .strictObject({
    method: z.literal('kiresuk-sherman'),
    rho: z.number(),
    weighting: z.enum(['unweighted', 'importance-x-difficulty']),
    tScoreBaseline: z.nullable(z.number()),
    reviews: z.array(z.strictObject({ date: z.iso.date(), tScore: z.nullable(z.number()), change: z.nullable(z.number()) })),
  })
  .check(z.meta({ id: 'GasSummary', description: 'T-scores in plain floating point; round for display only.' }));

const goalPlanFields = { ...envelope, goalPlan: GoalPlanSchema, gas: GasSummarySchema };

/** Version 2, as published: kept so that version 2 records can be read and migrated. */
export const OutcomeRecordV2Schema = z
  .discriminatedUnion('kind', [
    z.strictObject({ schemaVersion: z.literal(2), kind: z.literal('assessment'), ...assessmentFields }).check(z.superRefine(checkAssessment), z.meta({ id: 'AssessmentRecordV2' })),
    z.strictObject({ schemaVersion: z.literal(2), kind: z.literal('goal-plan'), ...goalPlanFields }).check(z.meta({ id: 'GoalPlanRecordV2' })),
  ])
  .check(z.superRefine(checkTimes), z.meta({ id: 'OutcomeRecordV2', title: 'otforms outcome record v2' }));

export const AssessmentRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(3),
    kind: z.literal('assessment'),
    ...assessmentFields,
    totalRange: z.optional(
      z.strictObject({ min: z.number(), max: z.number() }).check(describe('The lowest and highest total the instrument gives, so a total can be read without its definition.')),
    ),
    totalBetterWhen: z.optional(BetterWhenSchema).check(
      describe('Which way the total improves, from the definition, so a total can be compared without its definition.'),
    ),
  })
  .check(z.superRefine(checkAssessment), z.superRefine(checkTimes), z.meta({ id: 'AssessmentRecord' }));

export const GoalPlanRecordSchema = z
  .strictObject({ schemaVersion: z.literal(3), kind: z.literal('goal-plan'), ...goalPlanFields })
  .check(z.superRefine(checkTimes), z.meta({ id: 'GoalPlanRecord' }));

export const ASSESSMENT_TIMEPOINTS = ['baseline', 'interim', 'discharge', 'follow-up'] as const;

export const EpisodeAssessmentSchema = z
  .strictObject({ timepoint: z.enum(ASSESSMENT_TIMEPOINTS), record: AssessmentRecordSchema })
  .check(z.meta({ id: 'EpisodeAssessment', description: 'An instrument result and when in the episode it was taken.' }));

export const EpisodeRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(3),
    kind: z.literal('episode'),
    ...envelope,
    episode: ReablementEpisodeSchema,
    assessments: z.array(EpisodeAssessmentSchema),
    goalPlan: z.optional(GoalPlanRecordSchema),
  })
  .check(z.superRefine(checkTimes), z.superRefine(checkEpisodeParts), z.meta({ id: 'EpisodeRecord' }));

type Part = { recordId: string; subject?: { reference: string } | undefined };

/** The records inside an episode are about the same person, and each can be told apart by its id. */
function checkEpisodeParts(
  record: { recordId: string; subject?: Part['subject']; assessments: { record: Part }[]; goalPlan?: Part | undefined },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const parts: { path: (string | number)[]; part: Part }[] = record.assessments.map((assessment, index) => ({ path: ['assessments', index, 'record'], part: assessment.record }));
  if (record.goalPlan) parts.push({ path: ['goalPlan'], part: record.goalPlan });
  // A back end stores records by id: a part sharing the episode's id would overwrite it.
  const seen = new Set<string>([record.recordId]);
  for (const { path, part } of parts) {
    if (record.subject && part.subject && part.subject.reference !== record.subject.reference) {
      ctx.addIssue({ code: 'custom', path: [...path, 'subject', 'reference'], message: 'A record inside an episode must be about the episode’s subject' });
    }
    if (seen.has(part.recordId)) ctx.addIssue({ code: 'custom', path: [...path, 'recordId'], message: 'Each record inside an episode needs its own recordId' });
    seen.add(part.recordId);
  }
}

export const OutcomeRecordSchema = z
  .discriminatedUnion('kind', [AssessmentRecordSchema, GoalPlanRecordSchema, EpisodeRecordSchema])
  .check(z.meta({ id: 'OutcomeRecord', title: 'otforms outcome record v3' }));

export type OutcomeRecordV1 = z.output<typeof OutcomeRecordV1Schema>;
export type OutcomeRecordV2 = z.output<typeof OutcomeRecordV2Schema>;
export type AssessmentRecord = z.output<typeof AssessmentRecordSchema>;
export type GoalPlanRecord = z.output<typeof GoalPlanRecordSchema>;
export type EpisodeAssessment = z.output<typeof EpisodeAssessmentSchema>;
export type AssessmentTimepoint = (typeof ASSESSMENT_TIMEPOINTS)[number];
export type EpisodeRecord = z.output<typeof EpisodeRecordSchema>;
export type OutcomeRecord = z.output<typeof OutcomeRecordSchema>;
/** A current-version record as written, before parsing fills its defaults (an episode's `equipment`, say) and trims its text. */
export type OutcomeRecordInput = z.input<typeof OutcomeRecordSchema>;
export type GasSummaryRecord = z.output<typeof GasSummarySchema>;
