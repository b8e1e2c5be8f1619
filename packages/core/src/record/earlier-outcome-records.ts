import * as z from 'zod/mini';
import { BetterWhenSchema } from '../definition/definition-schema.js';
import { GoalPlanV3Schema } from '../goals/goal-plan-schema.js';
import { ReablementEpisodeV5Schema } from './reablement-episode-v5.js';
import { assessmentFields, checkAssessment, checkParts, checkTimes, describe, envelope, GasSummarySchema, type LocatedPart } from './record-parts.js';

/**
 * Earlier versions of the outcome record, exactly as published. They are
 * kept so that an old record's problems can be named as they were written
 * before it migrates (`migrate-outcome-record.ts`), and so that their JSON
 * Schema files can be checked never to change.
 */

/** Version 1: every record was an instrument's assessment. */
export const OutcomeRecordV1Schema = z
  .strictObject({ schemaVersion: z.literal(1), ...assessmentFields })
  .check(z.superRefine(checkTimes), z.superRefine(checkAssessment), z.meta({ id: 'OutcomeRecordV1', title: 'otforms outcome record v1' }));

// Versions 2 and 3 wrote the same goal plan; version 4's goals may say which answer they were started from.
const goalPlanFieldsV3 = { ...envelope, goalPlan: GoalPlanV3Schema, gas: GasSummarySchema };

/** Version 2: records split by kind into assessments and goal plans. */
export const OutcomeRecordV2Schema = z
  .discriminatedUnion('kind', [
    z.strictObject({ schemaVersion: z.literal(2), kind: z.literal('assessment'), ...assessmentFields }).check(z.superRefine(checkAssessment), z.meta({ id: 'AssessmentRecordV2' })),
    z.strictObject({ schemaVersion: z.literal(2), kind: z.literal('goal-plan'), ...goalPlanFieldsV3 }).check(z.meta({ id: 'GoalPlanRecordV2' })),
  ])
  .check(z.superRefine(checkTimes), z.meta({ id: 'OutcomeRecordV2', title: 'otforms outcome record v2' }));

export const AssessmentRecordV3Schema = z
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
  .check(z.superRefine(checkAssessment), z.superRefine(checkTimes), z.meta({ id: 'AssessmentRecordV3' }));

export const GoalPlanRecordV3Schema = z
  .strictObject({ schemaVersion: z.literal(3), kind: z.literal('goal-plan'), ...goalPlanFieldsV3 })
  .check(z.superRefine(checkTimes), z.meta({ id: 'GoalPlanRecordV3' }));

const ASSESSMENT_TIMEPOINTS_V3 = ['baseline', 'interim', 'discharge', 'follow-up'] as const;

export const EpisodeAssessmentV3Schema = z
  .strictObject({ timepoint: z.enum(ASSESSMENT_TIMEPOINTS_V3), record: AssessmentRecordV3Schema })
  .check(z.meta({ id: 'EpisodeAssessmentV3', description: 'An instrument result and when in the episode it was taken.' }));

export const EpisodeRecordV3Schema = z
  .strictObject({
    schemaVersion: z.literal(3),
    kind: z.literal('episode'),
    ...envelope,
    episode: ReablementEpisodeV5Schema,
    assessments: z.array(EpisodeAssessmentV3Schema),
    goalPlan: z.optional(GoalPlanRecordV3Schema),
  })
  .check(
    z.superRefine(checkTimes),
    z.superRefine((record, ctx) => {
      const parts: LocatedPart[] = record.assessments.map((assessment, index) => ({ path: ['assessments', index, 'record'], part: assessment.record }));
      if (record.goalPlan) parts.push({ path: ['goalPlan'], part: record.goalPlan });
      checkParts(record, parts, 'an episode', ctx);
    }),
    z.meta({ id: 'EpisodeRecordV3' }),
  );

/** Version 3: added the reablement episode. */
export const OutcomeRecordV3Schema = z
  .discriminatedUnion('kind', [AssessmentRecordV3Schema, GoalPlanRecordV3Schema, EpisodeRecordV3Schema])
  .check(z.meta({ id: 'OutcomeRecordV3', title: 'otforms outcome record v3' }));

export type OutcomeRecordV1 = z.output<typeof OutcomeRecordV1Schema>;
export type OutcomeRecordV2 = z.output<typeof OutcomeRecordV2Schema>;
export type OutcomeRecordV3 = z.output<typeof OutcomeRecordV3Schema>;

export { OutcomeRecordV4Schema, type OutcomeRecordV4 } from './outcome-record-v4.js';
export { OutcomeRecordV5Schema, type OutcomeRecordV5 } from './outcome-record-v5.js';
