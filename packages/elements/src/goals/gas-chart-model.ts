import { goalLevelOn, goalWeight, summariseGoalPlan, type Goal, type GoalPlan } from '@otforms/core';

/**
 * What `<ot-gas-chart>` draws, worked out once from a plan: the scores come
 * from core (`summariseGoalPlan`, `goalWeight`); this only picks the review
 * to show; the words, numbers and dates are the catalogue's. DOM-free.
 */

export type GasLevel = -2 | -1 | 0 | 1 | 2;

export const GAS_LEVELS: readonly GasLevel[] = [-2, -1, 0, 1, 2];

export interface GoalRow {
  number: number;
  goal: Goal;
  weight: number;
  baseline: GasLevel;
  /** The level at the review shown; null when the goal had not been reviewed by then. */
  attained: GasLevel | null;
}

export interface ChartModel {
  plan: GoalPlan;
  rows: GoalRow[];
  weighted: boolean;
  tScoreBaseline: number | null;
  /** The review shown: the one asked for, else the latest; null when nothing has been reviewed. */
  review: { date: string; tScore: number | null; change: number | null } | null;
}

/**
 * The review on or before `reviewDate` (the latest when none is asked for),
 * and each goal's level at it. A goal not yet reviewed by that date has no
 * attained level here; core counts it at its baseline in the T-score.
 */
export function buildChartModel(plan: GoalPlan, reviewDate = ''): ChartModel {
  const summary = summariseGoalPlan(plan);
  const review = (reviewDate ? summary.reviews.filter((entry) => entry.date <= reviewDate) : summary.reviews).at(-1) ?? null;
  const rows = plan.goals.map((goal, index) => ({
    number: index + 1,
    goal,
    weight: goalWeight(plan, goal),
    baseline: goal.baseline,
    attained: review ? (goalLevelOn(goal, review.date) as GasLevel | null) : null,
  }));
  return { plan, rows, weighted: plan.weighting !== 'unweighted', tScoreBaseline: summary.tScoreBaseline, review };
}

/**
 * The start of a statement that fits one line of the chart, cut at a word
 * where it can, and whether anything was cut (the catalogue then marks the
 * cut: `gasChart.shortened`). Display only: the full text stays in the
 * chart's tooltip and the table, and the plan is never changed.
 */
export function cutForChart(text: string, maxCharacters: number): { text: string; cut: boolean } {
  const characters = [...text];
  if (characters.length <= maxCharacters) return { text, cut: false };
  const cut = characters.slice(0, maxCharacters - 1).join('');
  const space = cut.lastIndexOf(' ');
  return { text: (space > maxCharacters * 0.6 ? cut.slice(0, space) : cut).trimEnd(), cut: true };
}

/** A statement shortened to fit one line of a chart, with an ellipsis where it was cut. */
export function shortenForChart(text: string, maxCharacters: number): string {
  const shortened = cutForChart(text, maxCharacters);
  return shortened.cut ? `${shortened.text}…` : shortened.text;
}
