import * as z from 'zod/mini';
import { GoalAchievementStatusSchema, GoalLifecycleStatusSchema, GoalPlanRecordSchema, GoalReviewSchema } from '@otforms/core';
import { persistedSnapshotSchema, readDraft, refuseUnlessActive, type DraftReading } from '../drafts/draft-reading.js';

/**
 * The zod schema of the goal-plan machine's persisted snapshot, and the one
 * judgement of whether a stored draft can be resumed. Goals being drafted
 * hold what was typed (blank fields are empty strings), so their schema is
 * the draft's shape, not the agreed goal's rules; reviews and records reuse
 * core's schemas.
 */

const weighting = z.enum(['unweighted', 'importance-x-difficulty']);
const words = z.string();

export const GoalFieldSchema = z.enum([
  'statement',
  'domain',
  'baseline',
  'importance',
  'difficulty',
  'dueDate',
  'smart.what',
  'smart.howWell',
  'smart.byWhen',
  'levels.muchLess',
  'levels.somewhatLess',
  'levels.expected',
  'levels.somewhatMore',
  'levels.muchMore',
]);

export const DraftGoalSchema = z.object({
  id: z.string(),
  statement: words,
  smart: z.object({ what: words, howWell: words, byWhen: words }),
  domain: words,
  baseline: z.nullable(z.union([z.literal(-1), z.literal(-2)])),
  levels: z.object({ muchLess: words, somewhatLess: words, expected: words, somewhatMore: words, muchMore: words }),
  importance: z.nullable(z.number()),
  difficulty: z.nullable(z.number()),
  dueDate: words,
  reviews: z.array(GoalReviewSchema),
  lifecycleStatus: GoalLifecycleStatusSchema,
  achievementStatus: z.nullable(GoalAchievementStatusSchema),
  seededFrom: z.optional(z.object({ instrumentId: z.string(), itemId: z.string() })),
});

/** A conversation answer offered as a goal's starting point (`GoalSeed`). */
export const GoalSeedSchema = z.object({ id: z.string(), text: z.string(), instrumentId: z.string(), itemId: z.string(), label: z.string() });

const PlanErrorCodeSchema = z.enum([
  'tooFewGoals',
  'tooManyGoals',
  'statementMissing',
  'domainNotListed',
  'baselineMissing',
  'expectedMissing',
  'dueDateMissing',
  'importanceMissing',
  'difficultyMissing',
  'byWhenNotADate',
  'levelMissing',
]);

const PlanErrorSchema = z.object({
  goalId: z.optional(z.string()),
  field: z.optional(z.union([GoalFieldSchema, z.literal('level')])),
  // Drafts saved before problems had codes have none.
  code: z.optional(PlanErrorCodeSchema),
  values: z.optional(z.object({ goal: z.optional(z.number()), min: z.optional(z.number()), max: z.optional(z.number()), excess: z.optional(z.number()) })),
  message: z.string(),
});

/** What the host started the plan with (`GoalPlanInput`). */
export const GoalPlanInputSchema = z.object({
  startedAt: z.string(),
  subjectReference: z.optional(z.string()),
  assessor: z.optional(z.object({ reference: z.optional(z.string()), role: z.optional(z.string()) })),
  minGoals: z.optional(z.number()),
  maxGoals: z.optional(z.number()),
  weighting: z.optional(weighting),
  rho: z.optional(z.number()),
  allowPartialReview: z.optional(z.boolean()),
  seeds: z.optional(z.array(GoalSeedSchema)),
});

export const GoalPlanContextSchema = z.object({
  goals: z.array(DraftGoalSchema),
  weighting,
  agreedOn: z.nullable(z.string()),
  errors: z.array(PlanErrorSchema),
  showErrors: z.boolean(),
  review: z.nullable(z.object({ date: z.string(), levels: z.record(z.string(), z.number()) })),
  options: GoalPlanInputSchema,
  record: z.nullable(GoalPlanRecordSchema),
  // Drafts saved before seeds existed have none.
  usedSeeds: z.optional(z.array(z.string())),
});

export const GoalPlanSnapshotSchema = persistedSnapshotSchema(z.enum(['drafting', 'active', 'reviewing', 'closed']), GoalPlanContextSchema, 'closed').check(
  // The review page reads the review being recorded.
  z.refine((snapshot) => snapshot.value !== 'reviewing' || snapshot.context.review !== null, { message: 'A plan under review needs its review', path: ['context', 'review'] }),
);

/** A persisted snapshot of the goal-plan machine, as `GoalPlanSnapshotSchema` reads it. */
export type GoalPlanSnapshot = z.output<typeof GoalPlanSnapshotSchema>;

/**
 * Whether `stored` is an unfinished goal plan the goal-plan machine can
 * resume. A closed plan's draft is removed when it closes, so anything else
 * is not a plan to carry on with.
 */
export function readGoalPlanDraft(stored: unknown): DraftReading<GoalPlanSnapshot> {
  return readDraft(stored, GoalPlanSnapshotSchema, refuseUnlessActive);
}
