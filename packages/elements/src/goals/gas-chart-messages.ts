import { formatChange, formatDate, formatTScore, listNumbers } from './gas-chart-model.js';

/**
 * The chart's own words (en-GB, GOV.UK style). Goal statements and level
 * descriptions are the person's words: they come from the plan and are
 * always rendered as text, never here.
 */
export const gasMessages = {
  caption: (date: string | null) => (date ? `Goal attainment at the review on ${formatDate(date)}` : 'Goal attainment: baseline'),
  chartName: (goals: number, date: string | null, above: number, at: number, below: number) =>
    `Goal attainment scale from ${'\u2212'}2, much less than expected, to +2, much more than expected, for ${goals} goal${goals === 1 ? '' : 's'}. ` +
    (date ? `At the review on ${formatDate(date)}: ${above} above, ${at} at and ${below} below the expected outcome. ` : 'Baseline only: not reviewed yet. ') +
    'The figures are under “Show the figures”.',
  tScoreName: (baseline: number | null, review: { date: string; tScore: number | null } | null) => {
    if (baseline === null) return 'No T-score: no goal carries any weight.';
    const atReview = review?.tScore == null ? '' : ` and ${formatTScore(review.tScore)} at the review on ${formatDate(review.date)}`;
    return `T-score ${formatTScore(baseline)} at baseline${atReview}, on a scale from 20 to 80 where 50 is the expected outcome.`;
  },
  legendBaseline: 'Baseline',
  legendExpected: 'Expected outcome (0)',
  legendAttained: 'Attained at review',
  legendChange: 'Change from baseline',
  tScoreTitle: 'T-score',
  axisBaseline: 'Baseline',
  axisReview: 'Review',
  axisExpected: '50 expected',
  notReviewedYet: 'Not reviewed yet',
  notReviewedPlan: 'Not reviewed yet. The chart shows each goal’s baseline and the expected outcome only.',
  notReviewedGoals: (numbers: readonly number[]) =>
    `Goal${numbers.length === 1 ? '' : 's'} ${listNumbers(numbers)} ${numbers.length === 1 ? 'has' : 'have'} not been reviewed yet, ` +
    `so ${numbers.length === 1 ? 'it counts' : 'they count'} at ${numbers.length === 1 ? 'its' : 'their'} baseline in the T-score.`,
  showFigures: 'Show the figures',
  tableCaption: 'Goal attainment',
  columnGoal: 'Goal',
  columnWeight: 'Weight',
  columnBaseline: 'Baseline',
  columnExpected: 'Expected',
  columnAttained: (date: string | null) => (date ? `Attained on ${formatDate(date)}` : 'Attained'),
  weight: (weight: number, importance: number | undefined, difficulty: number | undefined) =>
    importance === undefined || difficulty === undefined ? String(weight) : `${weight} (importance ${importance} × difficulty ${difficulty})`,
  tScoreAtBaseline: 'T-score at baseline',
  tScoreAtReview: (date: string) => `T-score at the review on ${formatDate(date)}`,
  tScoreAtNextReview: 'T-score at review',
  change: 'Change from baseline',
  noTScore: 'No T-score: no goal carries any weight.',
  value: (value: number | null | undefined) => (value == null ? 'None' : formatTScore(value)),
  changeValue: (value: number | null | undefined) => (value == null ? 'None' : formatChange(value)),
  method: (rho: number, weighted: boolean) =>
    `Kiresuk–Sherman T-score, ρ = ${rho}, ${weighted ? 'weighted by importance × difficulty' : 'unweighted'}. ` +
    '50 means every goal at its expected outcome. Rounded to 1 decimal place.',
  invalidPlan: 'This goal plan cannot be shown:',
} as const;
