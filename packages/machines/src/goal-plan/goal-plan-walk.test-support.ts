import type { GoalPlanEvent } from './goal-plan-types.js';

/** What the goal-plan machine's tests start a plan with, and send to it. */
export const input = { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/12' };
export const close: GoalPlanEvent = { type: 'CLOSE', completedAt: '2027-01-10T12:00:00.000Z', recordId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };

/** The events that write one goal with every field a plan needs. */
export function writeGoal(goalId: string, statement: string, baseline: '-1' | '-2'): GoalPlanEvent[] {
  return [
    { type: 'ADD_GOAL', goalId },
    { type: 'EDIT_GOAL', goalId, field: 'statement', value: statement },
    { type: 'EDIT_GOAL', goalId, field: 'baseline', value: baseline },
    { type: 'EDIT_GOAL', goalId, field: 'levels.expected', value: `${statement}, with a little help` },
    { type: 'EDIT_GOAL', goalId, field: 'dueDate', value: '2026-12-20' },
    { type: 'EDIT_GOAL', goalId, field: 'domain', value: 'personal-care' },
  ];
}

/** Enough events to reach every state of a one-goal plan, for walking its paths. */
export const walkEvents: GoalPlanEvent[] = [
  ...writeGoal('a', 'Make a cup of tea', '-1').slice(0, 3),
  { type: 'EDIT_GOAL', goalId: 'a', field: 'levels.expected', value: 'Makes tea with a kettle tipper' },
  { type: 'EDIT_GOAL', goalId: 'a', field: 'dueDate', value: '2026-12-20' },
  { type: 'SET_WEIGHTING', weighting: 'importance-x-difficulty' },
  { type: 'SET_WEIGHTING', weighting: 'unweighted' },
  { type: 'AGREE', date: '2026-11-22' },
  { type: 'START_REVIEW', date: '2026-12-20' },
  { type: 'RATE', goalId: 'a', level: -1 },
  { type: 'RATE', goalId: 'a', level: 2 },
  { type: 'SAVE_REVIEW' },
  { type: 'CANCEL_REVIEW' },
  close,
];
