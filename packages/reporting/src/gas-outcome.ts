import type { GoalPlanRecord } from '@otforms/core';

/**
 * A goal plan's T-scores for reporting: the baseline, and the latest review
 * that has a T-score (a review of goals that carry no weight has none).
 * `latest` is null until the goals have been reviewed.
 */
export function gasOutcome(plan: GoalPlanRecord): { baseline: number | null; latest: number | null; reviews: number } {
  let latest: { date: string; tScore: number } | null = null;
  for (const review of plan.gas.reviews) {
    if (review.tScore !== null && (!latest || review.date >= latest.date)) latest = { date: review.date, tScore: review.tScore };
  }
  return { baseline: plan.gas.tScoreBaseline, latest: latest?.tScore ?? null, reviews: plan.gas.reviews.length };
}
