import * as z from 'zod/mini';
import { AttachmentSchema } from '../attachments/attachment-schema.js';
import { BetterWhenSchema } from '../definition/definition-schema.js';
import { GoalPlanSchema } from '../goals/goal-plan-schema.js';
import { RecommendationSchema, SuggestionDecisionSchema } from '../recommendations/recommendation-schema.js';
import { checkRecommendations } from './home-visit-record-schema.js';
import { ReablementEpisodeV5Schema } from './reablement-episode-v5.js';
import { assessmentFields, checkAssessment, checkAttachments, checkParts, checkTimes, describe, envelope, GasSummarySchema, type LocatedPart } from './record-parts.js';

/**
 * Version 4 of the outcome record, exactly as published (re-exported by
 * `earlier-outcome-records.ts`): the home visit, photos and recommendations,
 * before answers carried an audit trail. Its definitions end in `V4` here and
 * are published under their names of the time (`json-schema.ts`).
 */

export const AssessmentRecordV4Schema = z
  .strictObject({
    schemaVersion: z.literal(4),
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
  })
  .check(z.superRefine(checkAssessment), z.superRefine(checkTimes), z.superRefine(checkAttachments), z.meta({ id: 'AssessmentRecordV4' }));

export const GoalPlanRecordV4Schema = z
  .strictObject({ schemaVersion: z.literal(4), kind: z.literal('goal-plan'), ...envelope, goalPlan: GoalPlanSchema, gas: GasSummarySchema })
  .check(z.superRefine(checkTimes), z.meta({ id: 'GoalPlanRecordV4' }));

export const HomeVisitRecordV4Schema = z
  .strictObject({
    schemaVersion: z.literal(4),
    kind: z.literal('home-visit'),
    ...envelope,
    visitedOn: z.iso.date(),
    assessments: z.array(AssessmentRecordV4Schema),
    recommendations: z.array(RecommendationSchema),
    suggestionDecisions: z.array(SuggestionDecisionSchema),
  })
  .check(
    z.superRefine(checkTimes),
    z.superRefine((record, ctx) => {
      checkParts(record, record.assessments.map((part, index) => ({ path: ['assessments', index], part })), 'a home visit', ctx);
      checkRecommendations(record, ctx);
    }),
    z.meta({ id: 'HomeVisitRecordV4' }),
  );

const ASSESSMENT_TIMEPOINTS_V4 = ['baseline', 'interim', 'discharge', 'follow-up'] as const;

export const EpisodeAssessmentV4Schema = z
  .strictObject({ timepoint: z.enum(ASSESSMENT_TIMEPOINTS_V4), record: AssessmentRecordV4Schema })
  .check(z.meta({ id: 'EpisodeAssessmentV4', description: 'An instrument result and when in the episode it was taken.' }));

export const EpisodeRecordV4Schema = z
  .strictObject({
    schemaVersion: z.literal(4),
    kind: z.literal('episode'),
    ...envelope,
    episode: ReablementEpisodeV5Schema,
    assessments: z.array(EpisodeAssessmentV4Schema),
    goalPlan: z.optional(GoalPlanRecordV4Schema),
    homeVisit: z.optional(HomeVisitRecordV4Schema),
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
    z.meta({ id: 'EpisodeRecordV4' }),
  );

/** Version 4: added the home visit, photos, measurements, own words and recommendations. */
export const OutcomeRecordV4Schema = z
  .discriminatedUnion('kind', [AssessmentRecordV4Schema, GoalPlanRecordV4Schema, EpisodeRecordV4Schema, HomeVisitRecordV4Schema])
  .check(z.meta({ id: 'OutcomeRecordV4', title: 'otforms outcome record v4' }));

export type OutcomeRecordV4 = z.output<typeof OutcomeRecordV4Schema>;
