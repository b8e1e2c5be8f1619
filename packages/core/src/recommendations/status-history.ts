import { RECOMMENDATION_STATUSES, type RecommendationStatus } from './recommendation-values.js';

/**
 * The one rule for a recommendation's status history: it starts
 * "recommended", then moves forward only (a step can be skipped, as when a
 * self-purchase is never ordered), never on a date before the step it
 * follows. The schema checks a whole history with it, and a form asks it
 * which statuses to offer next and why a step is refused.
 */

type Step = { readonly status: RecommendationStatus; readonly on: string };

/** Why a step cannot follow the one before it: its status is not later, or its date is earlier. */
export type StatusStepProblem = 'not-later' | 'earlier-date';

const rank = (status: RecommendationStatus) => RECOMMENDATION_STATUSES.indexOf(status);

/**
 * The statuses a recommendation (or a draft of one) can move on to: any later
 * than the one it has reached, the usual next first; empty once reviewed.
 * With no history yet, it can only start with "recommended".
 */
export function laterStatuses(recommendation: { readonly status: readonly { readonly status: RecommendationStatus }[] }): RecommendationStatus[] {
  const last = recommendation.status.at(-1);
  return last ? RECOMMENDATION_STATUSES.slice(rank(last.status) + 1) : ['recommended'];
}

/** What is wrong with `next` following `before` (dates as ISO `YYYY-MM-DD`); empty when it may. */
export function statusStepProblems(before: Step, next: Step): StatusStepProblem[] {
  const problems: StatusStepProblem[] = [];
  if (rank(next.status) <= rank(before.status)) problems.push('not-later');
  if (next.on < before.on) problems.push('earlier-date');
  return problems;
}

/** Every problem in a whole history, each at the index of the entry that has it. */
export function statusHistoryProblems(history: readonly Step[]): { index: number; problem: StatusStepProblem | 'not-recommended-first' }[] {
  const problems: { index: number; problem: StatusStepProblem | 'not-recommended-first' }[] = [];
  if (history[0] && history[0].status !== 'recommended') problems.push({ index: 0, problem: 'not-recommended-first' });
  history.slice(1).forEach((entry, at) => {
    for (const problem of statusStepProblems(history[at]!, entry)) problems.push({ index: at + 1, problem });
  });
  return problems;
}
