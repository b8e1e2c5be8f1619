import * as z from 'zod/mini';

/**
 * A reablement goal plan with goal attainment scaling: goals in the person's
 * own words, the five levels from −2 to +2, weights, reviews, and the FHIR R4
 * Goal statuses that a plan's moves map to.
 */

const text = z.string().check(z.trim(), z.minLength(1, 'Enter some text'));
const isoDate = z.iso.date();
const identifier = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Use letters, digits, hyphens or underscores, starting with a letter'));

/** The outcome domains goals are tagged with by default; a host may supply its own list. */
export const defaultGoalDomains = [
  { code: 'personal-care', label: 'Personal care' },
  { code: 'domestic-life', label: 'Domestic life' },
  { code: 'mobility', label: 'Mobility' },
  { code: 'community-leisure', label: 'Community and leisure' },
  { code: 'work-learning', label: 'Work and learning' },
  { code: 'relationships', label: 'Relationships' },
  { code: 'safety', label: 'Safety' },
  { code: 'wellbeing', label: 'Wellbeing' },
] as const;

/** FHIR R4 goal-status (Goal.lifecycleStatus). */
export const GoalLifecycleStatusSchema = z.enum(['proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'rejected']);
/** FHIR R4 goal-achievement (Goal.achievementStatus). */
export const GoalAchievementStatusSchema = z.enum(['in-progress', 'improving', 'worsening', 'no-change', 'achieved', 'sustaining', 'not-achieved', 'no-progress', 'not-attainable']);

export const GasLevelSchema = z.int().check(z.minimum(-2), z.maximum(2)).check(z.meta({ description: 'Attainment: −2 much less than expected … 0 expected … +2 much more.' }));
const rating = z.int().check(z.minimum(0), z.maximum(3));

export const GoalReviewSchema = z
  .strictObject({
    date: isoDate,
    level: GasLevelSchema,
    /** The GAS-light verbal rating the level came from, when one was used. */
    verbal: z.optional(identifier),
    note: z.optional(text),
  })
  .check(z.meta({ id: 'GoalReview' }));

const goalFields = {
  id: identifier,
  // Not trimmed, not changed in any way: these are the person's own words.
  statement: z
    .string()
    .check(
      z.minLength(1),
      z.refine((value) => value.trim().length > 0, { message: 'Enter the goal in the person’s own words', params: { rule: 'goal-statement-blank' } }),
      z.meta({ description: 'The goal in the person’s own words, exactly as given; never rewritten.' }),
    ),
  smart: z.optional(z.strictObject({ what: z.optional(text), howWell: z.optional(text), byWhen: z.optional(isoDate) })),
  domain: z.optional(identifier).check(z.meta({ description: 'An outcome domain code: the default vocabulary or the host’s own.' })),
  baseline: z.union([z.literal(-1), z.literal(-2)]).check(z.meta({ description: '−1 some ability towards the goal; −2 none.' })),
  levels: z.strictObject({
    muchLess: z.optional(text),
    somewhatLess: z.optional(text),
    expected: text,
    somewhatMore: z.optional(text),
    muchMore: z.optional(text),
  }),
  importance: z.optional(rating),
  difficulty: z.optional(rating),
  dueDate: isoDate,
  reviews: z._default(z.array(GoalReviewSchema), []),
  lifecycleStatus: GoalLifecycleStatusSchema,
  achievementStatus: z.optional(GoalAchievementStatusSchema),
};

export const GoalSchema = z
  .strictObject({
    ...goalFields,
    seededFrom: z.optional(z.strictObject({ instrumentId: z.string().check(z.minLength(1)), itemId: z.string().check(z.minLength(1)) })).check(
      z.meta({ description: 'The own-words answer the goal was started from, when the assessor chose one from the conversation.' }),
    ),
  })
  .check(z.meta({ id: 'Goal' }));

/** A goal as outcome record version 3 wrote it, before goals could be started from a conversation. */
export const GoalV3Schema = z.strictObject(goalFields).check(z.meta({ id: 'GoalV3' }));

type PlanShape = { weighting: string; goals: { id: string; importance?: number | undefined; difficulty?: number | undefined }[] };

/**
 * The same rules for the plans of every record version: ids unique, weights
 * complete. Each issue names its rule in `params.rule` (and the values its
 * words need), so a view in another language can say it in its own words.
 */
function checkGoalPlan(plan: PlanShape, ctx: z.core.$RefinementCtx<PlanShape>): void {
  const ids = new Set<string>();
  plan.goals.forEach((goal, index) => {
    if (ids.has(goal.id)) {
      ctx.addIssue({ code: 'custom', path: ['goals', index, 'id'], message: `Goal id "${goal.id}" is used more than once`, params: { rule: 'goal-id-repeated', id: goal.id } });
    }
    ids.add(goal.id);
    if (plan.weighting === 'importance-x-difficulty' && (goal.importance === undefined || goal.difficulty === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['goals', index], message: 'A weighted plan needs importance and difficulty for every goal', params: { rule: 'goal-weights-missing' } });
    }
  });
}

const goalPlanFields = {
  weighting: z._default(z.enum(['unweighted', 'importance-x-difficulty']), 'unweighted'),
  rho: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.3),
  agreedOn: z.optional(isoDate),
};

// Field order is kept as published (weighting, rho, goals, agreedOn): the JSON Schema files follow it.
export const GoalPlanSchema = z
  .strictObject({ weighting: goalPlanFields.weighting, rho: goalPlanFields.rho, goals: z.array(GoalSchema).check(z.minLength(1, 'Add at least one goal')), agreedOn: goalPlanFields.agreedOn })
  .check(z.superRefine(checkGoalPlan), z.meta({ id: 'GoalPlan' }));

/** A goal plan as outcome record version 3 wrote it. */
export const GoalPlanV3Schema = z
  .strictObject({ weighting: goalPlanFields.weighting, rho: goalPlanFields.rho, goals: z.array(GoalV3Schema).check(z.minLength(1, 'Add at least one goal')), agreedOn: goalPlanFields.agreedOn })
  .check(z.superRefine(checkGoalPlan), z.meta({ id: 'GoalPlanV3' }));

export type Goal = z.output<typeof GoalSchema>;
export type GoalInput = z.input<typeof GoalSchema>;
export type GoalSeededFrom = NonNullable<Goal['seededFrom']>;
export type GoalPlan = z.output<typeof GoalPlanSchema>;
export type GoalPlanInput = z.input<typeof GoalPlanSchema>;
export type GoalReview = z.output<typeof GoalReviewSchema>;
export type GoalLifecycleStatus = z.output<typeof GoalLifecycleStatusSchema>;
export type GoalAchievementStatus = z.output<typeof GoalAchievementStatusSchema>;
