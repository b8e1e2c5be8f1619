import * as z from 'zod/mini';
import { GoalPlanSchema } from '../goals/goal-plan-schema.js';
import { ReablementEpisodeSchema } from '../episode/episode-schema.js';
import { AssessmentRecordSchema } from './assessment-record-schema.js';
import { HomeVisitRecordSchema } from './home-visit-record-schema.js';
import { checkParts, checkTimes, envelope, GasSummarySchema, type LocatedPart } from './record-parts.js';

/**
 * The outcome record: what a finished form leaves behind. It is a union by
 * `kind`: an instrument's `assessment`, a `goal-plan` with its goal
 * attainment scores, a reablement `episode` that carries its assessments and
 * goal plan inside it (from version 3), or a `home-visit` with its
 * assessments and recommendations (from version 4). From version 5 an
 * assessment says who gave and changed each answer, and when (`answerAudit`).
 * From version 6 an episode's route of access and end outcome may come from a
 * vocabulary that is not England's CLD (`routeOfAccessCoding`,
 * `endOutcomeCoding`). Older versions migrate
 * forward (`migrate-outcome-record.ts`) and are kept in
 * `earlier-outcome-records.ts` so that their problems can be named as they
 * were written. A council back end validates with the published JSON Schema
 * files and can re-score from the answers.
 */

export { OUTCOME_RECORD_VERSION, BandResultSchema, GasSummarySchema } from './record-parts.js';
export { AssessmentRecordSchema, type AssessmentRecord } from './assessment-record-schema.js';
export { HomeVisitRecordSchema, type HomeVisitRecord, type HomeVisitRecordInput } from './home-visit-record-schema.js';
export {
  OutcomeRecordV1Schema,
  OutcomeRecordV2Schema,
  OutcomeRecordV3Schema,
  OutcomeRecordV4Schema,
  OutcomeRecordV5Schema,
  type OutcomeRecordV1,
  type OutcomeRecordV2,
  type OutcomeRecordV3,
  type OutcomeRecordV4,
  type OutcomeRecordV5,
} from './earlier-outcome-records.js';
export { AnswerAuditSchema, AnswerAuditEntrySchema, AnswerChangeSchema, answerAuditFor, type AnswerAudit, type AnswerAuditEntry, type AnswerChange } from './answer-audit.js';

export const GoalPlanRecordSchema = z
  .strictObject({ schemaVersion: z.literal(6), kind: z.literal('goal-plan'), ...envelope, goalPlan: GoalPlanSchema, gas: GasSummarySchema })
  .check(z.superRefine(checkTimes), z.meta({ id: 'GoalPlanRecord' }));

export const ASSESSMENT_TIMEPOINTS = ['baseline', 'interim', 'discharge', 'follow-up'] as const;

export const EpisodeAssessmentSchema = z
  .strictObject({ timepoint: z.enum(ASSESSMENT_TIMEPOINTS), record: AssessmentRecordSchema })
  .check(z.meta({ id: 'EpisodeAssessment', description: 'An instrument result and when in the episode it was taken.' }));

export const EpisodeRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(6),
    kind: z.literal('episode'),
    ...envelope,
    episode: ReablementEpisodeSchema,
    assessments: z.array(EpisodeAssessmentSchema),
    goalPlan: z.optional(GoalPlanRecordSchema),
    homeVisit: z.optional(HomeVisitRecordSchema),
  })
  .check(
    z.superRefine(checkTimes),
    z.superRefine((record, ctx) => {
      const parts: LocatedPart[] = record.assessments.map((assessment, index) => ({ path: ['assessments', index, 'record'], part: assessment.record }));
      if (record.goalPlan) parts.push({ path: ['goalPlan'], part: record.goalPlan });
      if (record.homeVisit) {
        parts.push({ path: ['homeVisit'], part: record.homeVisit });
        record.homeVisit.assessments.forEach((part, index) => parts.push({ path: ['homeVisit', 'assessments', index], part }));
      }
      checkParts(record, parts, 'an episode', ctx);
    }),
    z.meta({ id: 'EpisodeRecord' }),
  );

export const OutcomeRecordSchema = z
  .discriminatedUnion('kind', [AssessmentRecordSchema, GoalPlanRecordSchema, EpisodeRecordSchema, HomeVisitRecordSchema])
  .check(z.meta({ id: 'OutcomeRecord', title: 'otforms outcome record v6' }));

export type GoalPlanRecord = z.output<typeof GoalPlanRecordSchema>;
export type EpisodeAssessment = z.output<typeof EpisodeAssessmentSchema>;
export type AssessmentTimepoint = (typeof ASSESSMENT_TIMEPOINTS)[number];
export type EpisodeRecord = z.output<typeof EpisodeRecordSchema>;
export type OutcomeRecord = z.output<typeof OutcomeRecordSchema>;
/** A current-version record as written, before parsing fills its defaults (an episode's `equipment`, say) and trims its text. */
export type OutcomeRecordInput = z.input<typeof OutcomeRecordSchema>;
export type GasSummaryRecord = z.output<typeof GasSummarySchema>;
