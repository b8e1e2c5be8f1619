import { formatNumber, plural } from '../i18n/intl.js';

/**
 * The words of `<ot-goal-plan>` in en-GB (GOV.UK style): the `goals`
 * namespace of the catalogue. Goals and their level descriptions are the
 * person's words: they come from the plan and are always rendered as text,
 * never here. Dates arrive already written for the locale (`t.format.date`);
 * counts and goal numbers are written here.
 */
const LOCALE = 'en-GB';
const MINUS = '\u2212';
const n = (value: number) => formatNumber(LOCALE, value);

export const goalsEn = {
  loading: 'Loading goal plan',
  formIncomplete: 'Agree and close the goal plan before submitting the form',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',

  draftingTitle: 'Agree goals with the person',
  draftingIntro:
    'Write each goal with the person, in their own words. Agree where they start and what they should be able to do by the due date.',
  goalsLabel: 'Goals',
  noGoals: 'No goals yet.',
  goalLegend: (number: number) => `Goal ${n(number)}`,
  statementLabel: 'Goal in the person’s own words',
  statementHint: 'Write it as they say it. It is never changed.',
  domainLabel: 'Outcome domain (optional)',
  domainHint: 'The area of life the goal is about.',
  /**
   * The labels of the default outcome domains (core's `defaultGoalDomains`), by
   * code. A host that gives its own `domains` with labels shows those instead.
   */
  domains: {
    'personal-care': 'Personal care',
    'domestic-life': 'Domestic life',
    mobility: 'Mobility',
    'community-leisure': 'Community and leisure',
    'work-learning': 'Work and learning',
    relationships: 'Relationships',
    safety: 'Safety',
    wellbeing: 'Wellbeing',
  } as Readonly<Record<string, string>>,
  baselineLabel: 'Where the person starts',
  baselineHint: 'Their ability towards the goal now.',
  baselineOptions: [
    { code: '-1', label: `${MINUS}1: some ability towards the goal` },
    { code: '-2', label: `${MINUS}2: no ability towards the goal yet` },
  ],
  levelsLegend: 'Levels of attainment',
  levelsHint: 'Describe what each level would look like for this goal. Only the expected outcome (0) is needed.',
  levelHints: {
    [-2]: `If they start at ${MINUS}2, this is where they are now.`,
    [-1]: `If they start at ${MINUS}1, this is where they are now.`,
    0: 'What they should be able to do by the due date.',
    1: 'A little better than expected.',
    2: 'A lot better than expected.',
  } as Readonly<Record<number, string>>,
  /** A level's label in the levels fieldset and the goal list: "−2: much less than expected (optional)". `level` is written for the locale. */
  levelLabel: (level: string, words: string, optional: boolean) => `${level}: ${words.toLowerCase()}${optional ? ' (optional)' : ''}`,
  dueDateLabel: 'Due date',
  dueDateHint: 'When the expected outcome should be reached.',
  importanceLabel: 'How important is this goal to the person?',
  /** The ratings 0 to 3, in order. */
  importanceOptions: ['0: not important', '1: important', '2: very important', '3: extremely important'],
  difficultyLabel: 'How difficult will it be to achieve?',
  difficultyOptions: ['0: not difficult', '1: a little difficult', '2: moderately difficult', '3: extremely difficult'],
  ratingHint: 'The goal’s weight is importance × difficulty.',
  smartSummary: 'Break the goal down (optional)',
  smartWhatLabel: 'What they will do (optional)',
  smartWhatHint: 'The specific activity.',
  smartHowWellLabel: 'How well (optional)',
  smartHowWellHint: 'How you will know it has been achieved.',
  smartByWhenLabel: 'By when (optional)',
  smartByWhenHint: 'A date, if different from the due date.',
  moveUp: 'Move up',
  moveDown: 'Move down',
  /** Added to move buttons for assistive technology, so each names its goal. */
  ofGoal: (number: number) => ` goal ${n(number)}`,
  removeGoal: (number: number) => `Remove goal ${n(number)}`,
  addGoal: 'Add a goal',
  goalLimit: (count: number) => plural(LOCALE, count, { one: `A plan can have up to ${n(count)} goal.`, other: `A plan can have up to ${n(count)} goals.` }),
  agree: 'Agree the plan',
  seedsTitle: 'From the conversation',
  seedsIntro: 'Start a goal from something the person said. Their words are copied exactly as they were recorded.',
  useSeed: 'Use as a goal',
  /** Added to each "Use as a goal" button for assistive technology, so each names the words it uses. */
  ofSeed: (label: string) => `: ${label}`,

  activeTitle: 'Agreed goals',
  agreedOn: (date: string) => `Agreed with the person on ${date}.`,
  agreedPlanProblem: (detail: string) => `The agreed plan cannot be shown: ${detail}`,
  scoresTitle: 'Goal attainment T-score',
  tScoreAtBaseline: 'T-score at baseline',
  tScoreAtReview: (date: string) => `T-score at the review on ${date}`,
  change: 'Change from baseline',
  noTScore: 'No T-score: no goal carries any weight.',
  scoresHint: '50 means every goal at its expected outcome. Rounded to 1 decimal place.',
  domainTerm: 'Outcome domain',
  baselineTerm: 'Where they started',
  expectedTerm: 'Expected outcome (0)',
  dueDateTerm: 'Due date',
  weightTerm: 'Weight',
  weight: (weight: number, importance: number | null, difficulty: number | null) =>
    `${n(weight)} (importance ${n(importance ?? 0)} × difficulty ${n(difficulty ?? 0)})`,
  latestTerm: (date: string) => `At the review on ${date}`,
  recordReview: 'Record a review',
  closePlan: 'Close the plan',

  reviewTitle: 'Record a review',
  reviewCaption: (date: string) => `Review on ${date}`,
  reviewIntro: 'For each goal, choose the level that best describes what the person can do now.',
  rateLegend: (number: number) => `How far has goal ${n(number)} been achieved?`,
  rateHint: 'Each level shows the words agreed for it, where there are some.',
  /** The five levels of goal attainment scaling, −2 to +2. */
  levelWords: {
    [-2]: 'Much less than expected',
    [-1]: 'Somewhat less than expected',
    0: 'Expected outcome',
    1: 'Somewhat more than expected',
    2: 'Much more than expected',
  } as Readonly<Record<number, string>>,
  whereTheyStarted: 'Where they started.',
  saveReview: 'Save review',
  cancel: 'Cancel',

  closedTitle: 'Goal plan closed',
  closedBody: 'The outcome record has been handed to the system you are using.',
  recordId: 'Record reference:',
  finalScoresTitle: 'Final goal attainment T-score',

  /** The machine's problems (`PlanError.code`), with the numbers they carry (`PlanError.values`). */
  errors: {
    tooFewGoals: ({ min = 1 }: { min?: number }) => plural(LOCALE, min, { one: `Add at least ${n(min)} goal`, other: `Add at least ${n(min)} goals` }),
    tooManyGoals: ({ max = 0, excess = 0 }: { max?: number; excess?: number }) =>
      `${plural(LOCALE, max, { one: `A plan can have up to ${n(max)} goal`, other: `A plan can have up to ${n(max)} goals` })}; remove ${n(excess)}`,
    statementMissing: ({ goal = 0 }: { goal?: number }) => `Enter goal ${n(goal)} in the person’s own words`,
    domainNotListed: ({ goal = 0 }: { goal?: number }) => `Select an outcome domain for goal ${n(goal)} from the list`,
    baselineMissing: ({ goal = 0 }: { goal?: number }) => `Select where the person starts for goal ${n(goal)}`,
    expectedMissing: ({ goal = 0 }: { goal?: number }) => `Describe the expected outcome for goal ${n(goal)}`,
    dueDateMissing: ({ goal = 0 }: { goal?: number }) => `Enter a due date for goal ${n(goal)}`,
    importanceMissing: ({ goal = 0 }: { goal?: number }) => `Select how important goal ${n(goal)} is`,
    difficultyMissing: ({ goal = 0 }: { goal?: number }) => `Select how difficult goal ${n(goal)} is`,
    byWhenNotADate: ({ goal = 0 }: { goal?: number }) => `Enter a real date for when goal ${n(goal)} should be done by`,
    levelMissing: ({ goal = 0 }: { goal?: number }) => `Select how far goal ${n(goal)} was achieved`,
  },
};
