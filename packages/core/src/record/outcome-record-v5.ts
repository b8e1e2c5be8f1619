import * as z from 'zod/mini';
import { AttachmentSchema } from '../attachments/attachment-schema.js';
import { BetterWhenSchema } from '../definition/definition-schema.js';
import { GoalPlanSchema } from '../goals/goal-plan-schema.js';
import { RecommendationSchema, SuggestionDecisionSchema } from '../recommendations/recommendation-schema.js';
import { AnswerAuditSchema, checkAnswerAudit } from './answer-audit.js';
import { checkRecommendations } from './home-visit-record-schema.js';
import { ReablementEpisodeV5Schema } from './reablement-episode-v5.js';
import { assessmentFields, checkAssessment, checkAttachments, checkParts, checkTimes, describe, envelope, GasSummarySchema, type LocatedPart } from './record-parts.js';

/**
 * Version 5 of the outcome record, exactly as published (re-exported by
 * `earlier-outcome-records.ts`): assessments with the audit of their answers,
 * before an episode could carry a route of access or end outcome from a
 * vocabulary that is not England's CLD. Its definitions end in `V5` here and
 * are published under their names of the time (`json-schema.ts`).
 */

export const AssessmentRecordV5Schema = z
  .strictObject({
    schemaVersion: z.literal(5),
    kind: z.literal('assessment'),
    ...assessmentFields,
    totalRange: z.optional(
      z.strictObject({ min: z.number(), max: z.number() }).check(describe('The lowest and highest total the instrument gives, so a total can be read without its definition.')),
    ),
    totalBetterWhen: z.optional(BetterWhenSchema).check(
      describe('Which way the total improves, from the definition, so a total can be compared without its definition.'),
    ),
    attachments: z._default(z.array(AttachmentSchema), []).check(
      describe('The photos that photo questions’ answers refer to by id, and only those.'),
    ),
    answerAudit: z.optional(AnswerAuditSchema),
  })
  .check(z.superRefine(checkAssessment), z.superRefine(checkTimes), z.superRefine(checkAttachments), z.superRefine(checkAnswerAudit), z.meta({ id: 'AssessmentRecordV5' }));

export const GoalPlanRecordV5Schema = z
  .strictObject({ schemaVersion: z.literal(5), kind: z.literal('goal-plan'), ...envelope, goalPlan: GoalPlanSchema, gas: GasSummarySchema })
  .check(z.superRefine(checkTimes), z.meta({ id: 'GoalPlanRecordV5' }));

export const HomeVisitRecordV5Schema = z
  .strictObject({
    schemaVersion: z.literal(5),
    kind: z.literal('home-visit'),
    ...envelope,
    visitedOn: z.iso.date(),
    assessments: z.array(AssessmentRecordV5Schema),
    recommendations: z.array(RecommendationSchema),
    suggestionDecisions: z.array(SuggestionDecisionSchema),
  })
  .check(
    z.superRefine(checkTimes),
    z.superRefine((record, ctx) => {
      checkParts(record, record.assessments.map((part, index) => ({ path: ['assessments', index], part })), 'a home visit', ctx);
      checkRecommendations(record, ctx);
    }),
    z.meta({ id: 'HomeVisitRecordV5' }),
  );

const ASSESSMENT_TIMEPOINTS_V5 = ['baseline', 'interim', 'discharge', 'follow-up'] as const;

export const EpisodeAssessmentV5Schema = z
  .strictObject({ timepoint: z.enum(ASSESSMENT_TIMEPOINTS_V5), record: AssessmentRecordV5Schema })
  .check(z.meta({ id: 'EpisodeAssessmentV5', description: 'An instrument result and when in the episode it was taken.' }));

export const EpisodeRecordV5Schema = z
  .strictObject({
    schemaVersion: z.literal(5),
    kind: z.literal('episode'),
    ...envelope,
    episode: ReablementEpisodeV5Schema,
    assessments: z.array(EpisodeAssessmentV5Schema),
    goalPlan: z.optional(GoalPlanRecordV5Schema),
    homeVisit: z.optional(HomeVisitRecordV5Schema),
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
    z.meta({ id: 'EpisodeRecordV5' }),
  );

/** Version 5: added the audit of answers (who gave and changed each, when). */
export const OutcomeRecordV5Schema = z
  .discriminatedUnion('kind', [AssessmentRecordV5Schema, GoalPlanRecordV5Schema, EpisodeRecordV5Schema, HomeVisitRecordV5Schema])
  .check(z.meta({ id: 'OutcomeRecordV5', title: 'otforms outcome record v5' }));

export type OutcomeRecordV5 = z.output<typeof OutcomeRecordV5Schema>;
