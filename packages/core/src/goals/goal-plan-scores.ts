import { gasTScore } from './gas-t-score.js';
import type { Goal, GoalPlan } from './goal-plan-schema.js';

/** A goal's weight in its plan: 1, or importance × difficulty (Turner-Stokes). */
export function goalWeight(plan: Pick<GoalPlan, 'weighting'>, goal: Pick<Goal, 'importance' | 'difficulty'>): number {
  return plan.weighting === 'importance-x-difficulty' ? (goal.importance ?? 0) * (goal.difficulty ?? 0) : 1;
}

export interface GasSummary {
  method: 'kiresuk-sherman';
  rho: number;
  weighting: GoalPlan['weighting'];
  /** From the baseline levels; null when no goal carries weight. */
  tScoreBaseline: number | null;
  /** One per review date, using each goal's latest level on or before it. */
  reviews: { date: string; tScore: number | null; change: number | null }[];
}

/**
 * The plan's T-score at baseline and at each review date, with the change
 * from baseline. A goal not yet reviewed by a date counts at its baseline.
 */
export function summariseGoalPlan(plan: GoalPlan): GasSummary {
  const score = (levelOf: (goal: Goal) => number): number | null => {
    const entries = plan.goals.map((goal) => ({ level: levelOf(goal), weight: goalWeight(plan, goal) }));
    return entries.some((entry) => entry.weight > 0) ? gasTScore(entries, { rho: plan.rho }) : null;
  };
  const tScoreBaseline = score((goal) => goal.baseline);
  const dates = [...new Set(plan.goals.flatMap((goal) => goal.reviews.map((review) => review.date)))].sort();
  const reviews = dates.map((date) => {
    const tScore = score((goal) => goalLevelOn(goal, date) ?? goal.baseline);
    return { date, tScore, change: tScore === null || tScoreBaseline === null ? null : tScore - tScoreBaseline };
  });
  return { method: 'kiresuk-sherman', rho: plan.rho, weighting: plan.weighting, tScoreBaseline, reviews };
}

/** A goal's level at its latest review on or before `date`; null when it had not been reviewed by then. */
export function goalLevelOn(goal: Pick<Goal, 'reviews'>, date: string): number | null {
  const reviewed = goal.reviews.filter((review) => review.date <= date).sort((a, b) => a.date.localeCompare(b.date));
  return reviewed.at(-1)?.level ?? null;
}
