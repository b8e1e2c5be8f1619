import type { GoalAchievementStatus, GoalLifecycleStatus, GoalPlanRecord, GoalReview } from '@otforms/core';

/** A goal while it is being written: any field may still be missing. */
export interface DraftGoal {
  id: string;
  statement: string;
  smart: { what: string; howWell: string; byWhen: string };
  domain: string;
  baseline: -1 | -2 | null;
  levels: { muchLess: string; somewhatLess: string; expected: string; somewhatMore: string; muchMore: string };
  importance: number | null;
  difficulty: number | null;
  dueDate: string;
  reviews: GoalReview[];
  lifecycleStatus: GoalLifecycleStatus;
  achievementStatus: GoalAchievementStatus | null;
  /** The conversation answer the goal was started from, when the OT chose one (`USE_SEED`). */
  seededFrom?: { instrumentId: string; itemId: string };
}

/**
 * Something the person said in a strengths-based conversation that the OT
 * may start a goal from: an own-words answer, with the question it answered.
 * `id` is `instrumentId/itemId`. Nothing becomes a goal without `USE_SEED`.
 */
export interface GoalSeed {
  id: string;
  /** The person's words, exactly as recorded. */
  text: string;
  instrumentId: string;
  itemId: string;
  /** The question's label, to say where the words came from. */
  label: string;
}

export type GoalField =
  | 'statement'
  | 'domain'
  | 'baseline'
  | 'importance'
  | 'difficulty'
  | 'dueDate'
  | 'smart.what'
  | 'smart.howWell'
  | 'smart.byWhen'
  | 'levels.muchLess'
  | 'levels.somewhatLess'
  | 'levels.expected'
  | 'levels.somewhatMore'
  | 'levels.muchMore';

/**
 * What each problem is, for a view that shows its own words (a catalogue in
 * another language): the same for every plan, whatever `message` says.
 */
export type PlanErrorCode =
  | 'tooFewGoals'
  | 'tooManyGoals'
  | 'statementMissing'
  | 'domainNotListed'
  | 'baselineMissing'
  | 'expectedMissing'
  | 'dueDateMissing'
  | 'importanceMissing'
  | 'difficultyMissing'
  | 'byWhenNotADate'
  | 'levelMissing';

/** The numbers a problem's words need: the goal's number on the page (1 for the first), or the plan's limits. */
export interface PlanErrorValues {
  goal?: number;
  /** `tooFewGoals`: the fewest goals a plan may have. */
  min?: number;
  /** `tooManyGoals`: the most goals a plan may have, and how many must go. */
  max?: number;
  excess?: number;
}

/** A problem to show, with the goal and field it belongs to (none for the plan as a whole). */
export interface PlanError {
  goalId?: string;
  field?: GoalField | 'level';
  /** What the problem is; absent only from errors in a draft saved before problems had codes (show `message` then). */
  code?: PlanErrorCode;
  values?: PlanErrorValues;
  /** The problem in en-GB words, for a view without a catalogue. */
  message: string;
}

export interface GoalPlanInput {
  startedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  /** How many goals a plan may have (default 1 to 6). */
  minGoals?: number;
  maxGoals?: number;
  weighting?: 'unweighted' | 'importance-x-difficulty';
  rho?: number;
  /** Allow a review that rates only some goals. */
  allowPartialReview?: boolean;
  /** What the person said in a conversation, offered as starting points for goals (see `availableSeeds`). */
  seeds?: GoalSeed[];
}

export interface GoalPlanContext {
  goals: DraftGoal[];
  weighting: 'unweighted' | 'importance-x-difficulty';
  agreedOn: string | null;
  errors: PlanError[];
  showErrors: boolean;
  /** The review being recorded: its date and a level per goal rated so far. */
  review: { date: string; levels: Record<string, number> } | null;
  options: GoalPlanInput;
  record: GoalPlanRecord | null;
  /**
   * The ids of the seeds already started as goals, so none is offered twice.
   * Absent from drafts saved before seeds existed; read it through `availableSeeds`.
   */
  usedSeeds?: string[];
}

export type GoalPlanEvent =
  | { type: 'ADD_GOAL'; goalId: string }
  /** Starts a goal from a seed: its statement is the seed's text exactly. Without `goalId`, the first free `goal-N`. */
  | { type: 'USE_SEED'; seedId: string; goalId?: string }
  | { type: 'EDIT_GOAL'; goalId: string; field: GoalField; value: string }
  | { type: 'REMOVE_GOAL'; goalId: string }
  | { type: 'MOVE_GOAL'; goalId: string; to: number }
  | { type: 'SET_WEIGHTING'; weighting: 'unweighted' | 'importance-x-difficulty' }
  /** Dates are ISO YYYY-MM-DD, passed by the host so the machine stays deterministic. */
  | { type: 'AGREE'; date: string }
  | { type: 'START_REVIEW'; date: string }
  | { type: 'RATE'; goalId: string; level: number }
  | { type: 'SAVE_REVIEW' }
  | { type: 'CANCEL_REVIEW' }
  | { type: 'CLOSE'; completedAt: string; recordId: string }
  /** The host's details changed (or a draft was resumed under new ones); `startedAt` stays as it was. */
  | { type: 'UPDATE_OPTIONS'; options: Omit<GoalPlanInput, 'startedAt'> };

/**
 * What the machine tells its views as it happens, outside its snapshot:
 * `ATTEMPT_FAILED` when agreeing the plan or saving a review was refused
 * because of errors (GOV.UK: the error summary then takes focus). Listen
 * with `actor.on`.
 */
export type GoalPlanEmitted = { type: 'ATTEMPT_FAILED'; attempt: 'AGREE' | 'SAVE_REVIEW' };
