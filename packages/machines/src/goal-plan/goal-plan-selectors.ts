import { visibleErrors, type VisibleErrors } from '../errors/visible-errors.js';
import type { GoalField, GoalPlanContext, GoalSeed, PlanError } from './goal-plan-types.js';

/**
 * Read-only views of a goal plan's state for any UI: the Lit elements use
 * them, and so can a vendor driving its own design system with the machine.
 */

/** The key of one field of one goal (or its rating, `level`, on a review) in `visiblePlanErrors(…).byField`. */
export const goalFieldKey = (goalId: string, field: GoalField | 'level'): string => `${goalId}/${field}`;

export interface VisiblePlanErrors extends VisibleErrors<PlanError> {
  /** The messages about the plan as a whole (too few or too many goals), shown beside the list of goals. */
  readonly plan: readonly string[];
}

const noPlanErrors: readonly string[] = Object.freeze([]);

/**
 * The errors the page shows now: none until the person tries to agree the
 * plan or save a review, then that page's errors, live, until they leave it
 * (GOV.UK). The summary lists them in the order of the page.
 */
export function visiblePlanErrors(snapshot: { readonly context: Pick<GoalPlanContext, 'errors' | 'showErrors'> }): VisiblePlanErrors {
  const { showErrors, errors } = snapshot.context;
  const visible = visibleErrors(showErrors, errors, (error) => (error.goalId ? goalFieldKey(error.goalId, error.field ?? 'statement') : undefined));
  const plan = visible.summary.filter((error) => !error.goalId).map((error) => error.message);
  return { ...visible, plan: plan.length ? plan : noPlanErrors };
}

const noSeeds: readonly GoalSeed[] = Object.freeze([]);

/**
 * The seeds still on offer while goals are drafted: those the host gave
 * that have not been started as a goal (a seed is offered once, even if its
 * goal is removed later). None once the plan is agreed.
 */
export function availableSeeds(snapshot: {
  readonly context: Pick<GoalPlanContext, 'options' | 'usedSeeds'>;
  matches(value: 'drafting'): boolean;
}): readonly GoalSeed[] {
  if (!snapshot.matches('drafting')) return noSeeds;
  const used = new Set(snapshot.context.usedSeeds ?? []);
  const seeds = (snapshot.context.options.seeds ?? []).filter((seed) => !used.has(seed.id));
  return seeds.length ? seeds : noSeeds;
}
