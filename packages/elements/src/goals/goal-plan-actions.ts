import { newGoalId } from '@otforms/core';
import type { GoalPlanEvent, GoalPlanMachine } from '@otforms/machines';
import type { SnapshotFrom } from 'xstate';
import { goalFieldId } from './goal-fields.js';
import type { FocusTarget } from '../forms/page-focus.js';

type Snapshot = SnapshotFrom<GoalPlanMachine>;

/** What the actions need from `<ot-goal-plan>`: its snapshot, a way to send, today's date, and where focus goes next. */
export interface GoalPlanActionsHost {
  snapshot(): Snapshot | null;
  /** Sends the event (a change the draft keeps) and returns the snapshot after it. */
  send(event: GoalPlanEvent): Snapshot | null;
  /** Sends an attempt to move on (agree, save a review) and says whether the machine refused it. */
  attempt(event: GoalPlanEvent): boolean;
  today(): string;
  focusAfterRender(target: FocusTarget): void;
  focusNow(targetId: string): void;
}

/**
 * The pages' buttons as machine events, and where focus goes after each:
 * a new goal's words (also one started from the conversation), the list after a removal, the same button after a
 * move, the error summary after a failed attempt, else the page heading.
 */
export function goalPlanActions(host: GoalPlanActionsHost) {
  const heading: FocusTarget = { kind: 'heading' };
  const summaryOr = (failed: boolean): FocusTarget => (failed ? { kind: 'summary' } : heading);
  return {
    onAdd: () => {
      const goalId = newGoalId(host.snapshot()?.context.goals.map((goal) => goal.id));
      host.send({ type: 'ADD_GOAL', goalId });
      host.focusAfterRender({ kind: 'element', ids: [goalFieldId(goalId, 'statement')] });
    },
    /** The new goal's words take focus, so the OT hears them and can carry on writing the goal. */
    onUseSeed: (seedId: string) => {
      const goalId = newGoalId(host.snapshot()?.context.goals.map((goal) => goal.id));
      const after = host.send({ type: 'USE_SEED', seedId, goalId });
      if (after?.context.goals.some((goal) => goal.id === goalId)) host.focusAfterRender({ kind: 'element', ids: [goalFieldId(goalId, 'statement')] });
    },
    onRemove: (goalId: string) => {
      host.send({ type: 'REMOVE_GOAL', goalId });
      host.focusAfterRender({ kind: 'element', ids: ['goals'] });
    },
    onMove: (goalId: string, to: number) => {
      const from = host.snapshot()?.context.goals.findIndex((goal) => goal.id === goalId) ?? -1;
      host.send({ type: 'MOVE_GOAL', goalId, to });
      const [same, other] = to < from ? ['up', 'down'] : ['down', 'up'];
      host.focusAfterRender({ kind: 'element', ids: [`move-${same}-${goalId}`, `move-${other}-${goalId}`, `goal-${goalId}`] });
    },
    onAgree: (event: Event) => {
      event.preventDefault();
      host.focusAfterRender(summaryOr(host.attempt({ type: 'AGREE', date: host.today() })));
    },
    onStartReview: () => {
      host.send({ type: 'START_REVIEW', date: host.today() });
      host.focusAfterRender(heading);
    },
    onRate: (goalId: string, level: number) => void host.send({ type: 'RATE', goalId, level }),
    onSave: (event: Event) => {
      event.preventDefault();
      host.focusAfterRender(summaryOr(host.attempt({ type: 'SAVE_REVIEW' })));
    },
    onCancel: () => {
      host.send({ type: 'CANCEL_REVIEW' });
      host.focusAfterRender(heading);
    },
    onClose: () => {
      host.send({ type: 'CLOSE', completedAt: new Date().toISOString(), recordId: crypto.randomUUID() });
      host.focusAfterRender(heading);
    },
    focusTarget: (targetId: string) => host.focusNow(targetId),
  };
}
