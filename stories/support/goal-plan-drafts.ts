import { createActor } from 'xstate';
import { goalPlanMachine, type GoalPlanEvent, type GoalPlanInput } from '@otforms/machines';
import { storyStartedAt } from './drafts.js';

/**
 * Goal-plan drafts for the stories, made as drafts.ts makes assessment ones:
 * the machine's own events sent headlessly, and the persisted snapshot handed
 * to `<ot-goal-plan>` as the draft it resumes.
 */

/** What the host would pass when the plan starts, from the story's args. */
export type GoalPlanDraftInput = Omit<GoalPlanInput, 'startedAt'>;

/** The persisted snapshot of a goal plan after `events`, as the element saves it. */
export function goalPlanDraftAfter(events: readonly GoalPlanEvent[], input: GoalPlanDraftInput = {}): unknown {
  const actor = createActor(goalPlanMachine, { input: { startedAt: storyStartedAt, ...input } });
  actor.start();
  for (const event of events) actor.send(event);
  if (actor.getSnapshot().status !== 'active') {
    throw new Error(`The story's events closed the plan; the element only resumes an open one.`);
  }
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}

/** A goal as a story writes it; every field but the id and the words is optional. */
export interface StoryGoal {
  id: string;
  statement: string;
  domain?: string;
  baseline?: '-1' | '-2';
  levels?: Partial<Record<'muchLess' | 'somewhatLess' | 'expected' | 'somewhatMore' | 'muchMore', string>>;
  dueDate?: string;
  importance?: string;
  difficulty?: string;
}

/** ADD_GOAL, then an EDIT_GOAL for each field the goal has. */
export function writeGoal(goal: StoryGoal): GoalPlanEvent[] {
  const goalId = goal.id;
  const edit = (field: Extract<GoalPlanEvent, { type: 'EDIT_GOAL' }>['field'], value: string | undefined): GoalPlanEvent[] =>
    value === undefined ? [] : [{ type: 'EDIT_GOAL', goalId, field, value }];
  return [
    { type: 'ADD_GOAL', goalId },
    ...edit('statement', goal.statement),
    ...edit('domain', goal.domain),
    ...edit('baseline', goal.baseline),
    ...Object.entries(goal.levels ?? {}).flatMap(([level, text]) => edit(`levels.${level}` as 'levels.expected', text)),
    ...edit('dueDate', goal.dueDate),
    ...edit('importance', goal.importance),
    ...edit('difficulty', goal.difficulty),
  ];
}

/** One RATE event per `goalId: level` pair. */
export function ratings(levels: Readonly<Record<string, number>>): GoalPlanEvent[] {
  return Object.entries(levels).map(([goalId, level]) => ({ type: 'RATE', goalId, level }));
}
