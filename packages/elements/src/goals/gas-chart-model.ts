import { goalLevelOn, goalWeight, summariseGoalPlan, type Goal, type GoalPlan } from '@otforms/core';

/**
 * What `<ot-gas-chart>` draws, worked out once from a plan: the scores come
 * from core (`summariseGoalPlan`, `goalWeight`); this only picks the review
 * to show and formats numbers and dates for people. DOM-free.
 */

export type GasLevel = -2 | -1 | 0 | 1 | 2;

export const GAS_LEVELS: readonly GasLevel[] = [-2, -1, 0, 1, 2];

/** The five levels as the chart's scale names them (the expected outcome is the middle one). */
export const levelLabels: Record<GasLevel, string> = {
  [-2]: 'Much less than expected',
  [-1]: 'Somewhat less than expected',
  0: 'Expected outcome',
  1: 'Somewhat more than expected',
  2: 'Much more than expected',
};

/** The same labels broken over two lines, for the narrow columns of the chart's header. */
export const levelHeaderLines: Record<GasLevel, readonly [string, string]> = {
  [-2]: ['Much less', 'than expected'],
  [-1]: ['Somewhat less', 'than expected'],
  0: ['Expected', 'outcome'],
  1: ['Somewhat more', 'than expected'],
  2: ['Much more', 'than expected'],
};

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

const MINUS = '\u2212';

/** A level as people read it: −2, −1, 0, +1, +2 (a true minus sign, which screen readers say). */
export function formatLevel(level: number): string {
  return level > 0 ? `+${level}` : level < 0 ? `${MINUS}${-level}` : '0';
}

/** A T-score rounded to 1 decimal place, for display only. */
export function formatTScore(value: number): string {
  return oneDecimal(value).replace('-', MINUS);
}

/** A change in T-score, signed, rounded to 1 decimal place. */
export function formatChange(value: number): string {
  const text = oneDecimal(value);
  return text === '0.0' ? text : value > 0 ? `+${text}` : text.replace('-', MINUS);
}

function oneDecimal(value: number): string {
  const text = value.toFixed(1);
  return text === '-0.0' ? '0.0' : text;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date (YYYY-MM-DD) in GOV.UK style: 20 December 2026. */
export function formatDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dateFormat.format(time);
}

/**
 * A statement shortened to fit one line of the chart, at a word where it
 * can. Display only: the full text stays in the chart's tooltip and the
 * table, and the plan is never changed.
 */
export function shortenForChart(text: string, maxCharacters: number): string {
  const characters = [...text];
  if (characters.length <= maxCharacters) return text;
  const cut = characters.slice(0, maxCharacters - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxCharacters * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "1", "1 and 2", "1, 2 and 4". */
export function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
