import { formatList, formatNumber, plural } from '../i18n/intl.js';

/**
 * The words of `<ot-gas-chart>` in en-GB (GOV.UK style): the `gasChart`
 * namespace of the catalogue. Goal statements and level descriptions are the
 * person's words: they come from the plan and are always rendered as text,
 * never here. Dates and T-scores arrive already written for the locale
 * (`t.format.date`, gas-format.ts); counts are written here.
 */
const LOCALE = 'en-GB';
const n = (value: number) => formatNumber(LOCALE, value);

export const gasChartEn = {
  caption: (date: string | null) => (date ? `Goal attainment at the review on ${date}` : 'Goal attainment: baseline'),
  chartName: (goals: number, date: string | null, above: number, at: number, below: number) =>
    `Goal attainment scale from \u22122, much less than expected, to +2, much more than expected, for ${n(goals)} ${plural(LOCALE, goals, { one: 'goal', other: 'goals' })}. ` +
    (date ? `At the review on ${date}: ${n(above)} above, ${n(at)} at and ${n(below)} below the expected outcome. ` : 'Baseline only: not reviewed yet. ') +
    'The figures are under “Show the figures”.',
  tScoreName: (baseline: string | null, review: { date: string; tScore: string | null } | null) => {
    if (baseline === null) return 'No T-score: no goal carries any weight.';
    const atReview = review?.tScore == null ? '' : ` and ${review.tScore} at the review on ${review.date}`;
    return `T-score ${baseline} at baseline${atReview}, on a scale from 20 to 80 where 50 is the expected outcome.`;
  },
  /** The five levels as the chart's table names them (the expected outcome is the middle one). */
  levelLabels: {
    [-2]: 'Much less than expected',
    [-1]: 'Somewhat less than expected',
    0: 'Expected outcome',
    1: 'Somewhat more than expected',
    2: 'Much more than expected',
  } as Readonly<Record<number, string>>,
  /** The same broken over two lines, for the narrow columns of the chart's header. */
  levelHeaderLines: {
    [-2]: ['Much less', 'than expected'],
    [-1]: ['Somewhat less', 'than expected'],
    0: ['Expected', 'outcome'],
    1: ['Somewhat more', 'than expected'],
    2: ['Much more', 'than expected'],
  } as Readonly<Record<number, readonly [string, string]>>,
  /** The start of a statement too long for its line on the chart (the full text is in its tooltip and the table). */
  shortened: (start: string) => `${start}…`,
  /** A goal's number before its statement on the chart and in the table. */
  goalNumber: (number: number) => `${n(number)}.`,
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
  notReviewedGoals: (numbers: readonly number[]) => {
    const list = formatList(LOCALE, numbers.map(n));
    return plural(LOCALE, numbers.length, {
      one: `Goal ${list} has not been reviewed yet, so it counts at its baseline in the T-score.`,
      other: `Goals ${list} have not been reviewed yet, so they count at their baseline in the T-score.`,
    });
  },
  showFigures: 'Show the figures',
  tableCaption: 'Goal attainment',
  columnGoal: 'Goal',
  columnWeight: 'Weight',
  columnBaseline: 'Baseline',
  columnExpected: 'Expected',
  columnAttained: (date: string | null) => (date ? `Attained on ${date}` : 'Attained'),
  weight: (weight: number, importance: number | undefined, difficulty: number | undefined) =>
    importance === undefined || difficulty === undefined ? n(weight) : `${n(weight)} (importance ${n(importance)} × difficulty ${n(difficulty)})`,
  tScoreAtBaseline: 'T-score at baseline',
  tScoreAtReview: (date: string) => `T-score at the review on ${date}`,
  tScoreAtNextReview: 'T-score at review',
  change: 'Change from baseline',
  noTScore: 'No T-score: no goal carries any weight.',
  /** A T-score or change already written for the locale, or none. */
  value: (value: string | null) => value ?? 'None',
  method: (rho: number, weighted: boolean) =>
    `Kiresuk–Sherman T-score, ρ = ${n(rho)}, ${weighted ? 'weighted by importance × difficulty' : 'unweighted'}. ` +
    '50 means every goal at its expected outcome. Rounded to 1 decimal place.',
  invalidPlan: 'This goal plan cannot be shown:',
  /**
   * What is wrong with a plan handed to the chart, at `path` ("goals.0.id").
   * `rule` is a custom rule's `params.rule` (goal-plan-schema.ts), else empty;
   * `english` is the schema's own en-GB message.
   */
  planProblem: (path: string, rule: string, english: string, values: { id?: string }) => {
    const words =
      rule === 'goal-id-repeated'
        ? `Goal id "${values.id ?? ''}" is used more than once`
        : rule === 'goal-weights-missing'
          ? 'A weighted plan needs importance and difficulty for every goal'
          : rule === 'goal-statement-blank'
            ? 'Enter the goal in the person’s own words'
            : english;
    return path ? `${path}: ${words}` : words;
  },
};
