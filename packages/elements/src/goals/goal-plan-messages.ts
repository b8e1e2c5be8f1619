import { formatDate } from '@otforms/machines';

const MINUS = '\u2212';

/** An attainment level as people read it: "−2", "0", "+1". */
export const levelNumber = (level: number) => (level > 0 ? `+${level}` : level < 0 ? `${MINUS}${-level}` : '0');

/**
 * The interface's own words for `<ot-goal-plan>` (en-GB, GOV.UK style).
 * Goals and their level descriptions are the person's words: they come from
 * the plan and are always rendered as text, never here.
 */
export const goalMessages = {
  loading: 'Loading goal plan',
  formIncomplete: 'Agree and close the goal plan before submitting the form',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',

  draftingTitle: 'Agree goals with the person',
  draftingIntro:
    'Write each goal with the person, in their own words. Agree where they start and what they should be able to do by the due date.',
  goalsLabel: 'Goals',
  noGoals: 'No goals yet.',
  goalLegend: (number: number) => `Goal ${number}`,
  statementLabel: 'Goal in the person’s own words',
  statementHint: 'Write it as they say it. It is never changed.',
  domainLabel: 'Outcome domain (optional)',
  domainHint: 'The area of life the goal is about.',
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
  dueDateLabel: 'Due date',
  dueDateHint: 'When the expected outcome should be reached.',
  importanceLabel: 'How important is this goal to the person?',
  importanceOptions: ['Not important', 'Important', 'Very important', 'Extremely important'],
  difficultyLabel: 'How difficult will it be to achieve?',
  difficultyOptions: ['Not difficult', 'A little difficult', 'Moderately difficult', 'Extremely difficult'],
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
  ofGoal: (number: number) => ` goal ${number}`,
  removeGoal: (number: number) => `Remove goal ${number}`,
  addGoal: 'Add a goal',
  goalLimit: (count: number) => `A plan can have up to ${count} goals.`,
  agree: 'Agree the plan',
  seedsTitle: 'From the conversation',
  seedsIntro: 'Start a goal from something the person said. Their words are copied exactly as they were recorded.',
  useSeed: 'Use as a goal',
  /** Added to each "Use as a goal" button for assistive technology, so each names the words it uses. */
  ofSeed: (label: string) => `: ${label}`,

  activeTitle: 'Agreed goals',
  agreedOn: (date: string) => `Agreed with the person on ${formatDate(date)}.`,
  scoresTitle: 'Goal attainment T-score',
  tScoreAtBaseline: 'T-score at baseline',
  tScoreAtReview: (date: string) => `T-score at the review on ${formatDate(date)}`,
  change: 'Change from baseline',
  noTScore: 'No T-score: no goal carries any weight.',
  scoresHint: '50 means every goal at its expected outcome. Rounded to 1 decimal place.',
  domainTerm: 'Outcome domain',
  baselineTerm: 'Where they started',
  expectedTerm: 'Expected outcome (0)',
  dueDateTerm: 'Due date',
  weightTerm: 'Weight',
  weight: (weight: number, importance: number | null, difficulty: number | null) => `${weight} (importance ${importance ?? 0} × difficulty ${difficulty ?? 0})`,
  latestTerm: (date: string) => `At the review on ${formatDate(date)}`,
  recordReview: 'Record a review',
  closePlan: 'Close the plan',

  reviewTitle: 'Record a review',
  reviewCaption: (date: string) => `Review on ${formatDate(date)}`,
  reviewIntro: 'For each goal, choose the level that best describes what the person can do now.',
  rateLegend: (number: number) => `How far has goal ${number} been achieved?`,
  rateHint: 'Each level shows the words agreed for it, where there are some.',
  levelWords: {
    [-2]: 'Much less than expected',
    [-1]: 'Somewhat less than expected',
    0: 'Expected outcome',
    1: 'Somewhat more than expected',
    2: 'Much more than expected',
  } as Readonly<Record<number, string>>,
  whereTheyStarted: 'Where they started',
  saveReview: 'Save review',
  cancel: 'Cancel',

  closedTitle: 'Goal plan closed',
  closedBody: 'The outcome record has been handed to the system you are using.',
  recordId: 'Record reference',
  finalScoresTitle: 'Final goal attainment T-score',
} as const;

/** The level's label in the levels fieldset and on the review scale: "−2: much less than expected". */
export const levelLabel = (level: number, optional: boolean) =>
  `${levelNumber(level)}: ${(goalMessages.levelWords[level] ?? '').toLowerCase()}${optional ? ' (optional)' : ''}`;

/** A T-score for people: 1 decimal place, display only (the record keeps full precision). */
export function formatTScore(value: number): string {
  const text = value.toFixed(1);
  return text === '-0.0' ? '0.0' : text.replace('-', MINUS);
}

/** A change in T-score, signed. */
export function formatChange(value: number): string {
  const text = formatTScore(value);
  return value > 0 && text !== '0.0' ? `+${text}` : text;
}
