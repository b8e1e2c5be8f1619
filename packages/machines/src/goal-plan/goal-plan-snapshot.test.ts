import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import * as z from 'zod/mini';
import { goalPlanMachine } from './goal-plan-machine.js';
import { GoalFieldSchema, GoalPlanContextSchema, GoalPlanSnapshotSchema, readGoalPlanDraft } from './goal-plan-snapshot.js';
import type { GoalField, GoalPlanContext, GoalPlanEvent } from './goal-plan-types.js';
import { close, input, walkEvents, writeGoal } from './goal-plan-walk.test-support.js';

type Stored = Record<string, unknown> & { context: Record<string, unknown> & { goals: Record<string, unknown>[] } };

/** The persisted snapshot after `sent`, as it comes back from a store: through JSON. */
const draftAfter = (sent: GoalPlanEvent[] = [], options = {}): Stored => {
  const actor = createActor(goalPlanMachine, { input: { ...input, ...options } }).start();
  for (const event of sent) actor.send(event);
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
};
const refusal = (stored: unknown) => {
  const reading = readGoalPlanDraft(stored);
  return reading.resumable ? 'resumable' : reading.reason;
};
const detailOf = (stored: unknown) => {
  const reading = readGoalPlanDraft(stored);
  return reading.resumable ? '' : reading.detail;
};
const agreed = [...writeGoal('a', 'Make a cup of tea', '-1'), { type: 'AGREE', date: '2026-11-22' } as const];

describe('the goal-plan snapshot schema', () => {
  it('describes exactly the machine’s context and its goals’ fields', () => {
    expectTypeOf<z.output<typeof GoalPlanContextSchema>>().toEqualTypeOf<GoalPlanContext>();
    expectTypeOf<z.output<typeof GoalFieldSchema>>().toEqualTypeOf<GoalField>();
  });

  it('accepts every persisted snapshot along every path of a one-goal plan, and only the unfinished ones resume', () => {
    const paths = getShortestPaths(goalPlanMachine, { events: walkEvents, input });
    expect(new Set(paths.map((path) => path.state.value))).toEqual(new Set(['drafting', 'active', 'reviewing', 'closed']));
    for (const path of paths) {
      const stored = JSON.parse(JSON.stringify(goalPlanMachine.getPersistedSnapshot(path.state)));
      const parsed = GoalPlanSnapshotSchema.safeParse(stored);
      expect(parsed.success, `${path.steps.map((step) => step.event.type).join(' → ')}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(refusal(stored)).toBe(path.state.status === 'active' ? 'resumable' : 'finished');
    }
  });

  it('accepts a weighted plan with every optional field written, errors shown and options given', () => {
    const stored = draftAfter(
      [
        ...writeGoal('a', 'Walk to the post box', '-2'),
        { type: 'EDIT_GOAL', goalId: 'a', field: 'smart.byWhen', value: '2026-12-01' },
        { type: 'EDIT_GOAL', goalId: 'a', field: 'levels.muchMore', value: 'Walks to the shop' },
        { type: 'EDIT_GOAL', goalId: 'a', field: 'importance', value: '3' },
        { type: 'AGREE', date: '2026-11-22' },
      ],
      { weighting: 'importance-x-difficulty', minGoals: 1, maxGoals: 3, rho: 0.2, allowPartialReview: true, assessor: { reference: 'Staff/3' } },
    );
    expect((stored.context.errors as unknown[]).length).toBe(1);
    expect(refusal(stored)).toBe('resumable');
  });

  it('hands back the stored draft itself, which the machine resumes where it was', () => {
    const stored = draftAfter([...agreed, { type: 'START_REVIEW', date: '2026-12-20' }, { type: 'RATE', goalId: 'a', level: 1 }]);
    const reading = readGoalPlanDraft(stored);
    expect(reading.resumable && reading.snapshot).toBe(stored);
    const resumed = createActor(goalPlanMachine, { input, snapshot: stored as never }).start();
    expect(resumed.getSnapshot().context.review).toEqual({ date: '2026-12-20', levels: { a: 1 } });
  });
});

describe('readGoalPlanDraft refuses, with a reason', () => {
  it('anything that is not a persisted snapshot', () => {
    for (const garbage of [null, 'plan', 7, [], {}, { status: 'active', value: 'drafting', context: { instrument: { id: 'barthel-cw20' } } }]) {
      expect(refusal(garbage), JSON.stringify(garbage)).toBe('malformed');
    }
  });

  it('a draft with any field the machine or the page reads missing or of the wrong type', () => {
    const breakages: [string, (draft: Stored) => void][] = [
      ['value', (draft) => (draft.value = 'agreed')],
      ['context.goals', (draft) => delete (draft.context as Record<string, unknown>).goals],
      ['context.goals[0].statement', (draft) => delete draft.context.goals[0]!.statement],
      ['context.goals[0].levels.expected', (draft) => ((draft.context.goals[0]!.levels as Record<string, unknown>).expected = null)],
      ['context.goals[0].baseline', (draft) => (draft.context.goals[0]!.baseline = -3)],
      ['context.goals[0].reviews', (draft) => (draft.context.goals[0]!.reviews = [{ date: '2026-12-20', level: 5 }])],
      ['context.goals[0].lifecycleStatus', (draft) => (draft.context.goals[0]!.lifecycleStatus = 'finished')],
      ['context.weighting', (draft) => (draft.context.weighting = 'heavy')],
      ['context.agreedOn', (draft) => delete draft.context.agreedOn],
      ['context.errors', (draft) => (draft.context.errors = [{ goalId: 'a', field: 'colour', message: 'No' }])],
      ['context.showErrors', (draft) => (draft.context.showErrors = 1)],
      ['context.review', (draft) => (draft.context.review = { date: '2026-12-20' })],
      ['context.options.startedAt', (draft) => ((draft.context.options as Record<string, unknown>).startedAt = 20261122)],
      ['context.record', (draft) => (draft.context.record = {})],
    ];
    for (const [path, breakIt] of breakages) {
      const stored = draftAfter(agreed);
      breakIt(stored);
      expect(refusal(stored), path).toBe('malformed');
      expect(detailOf(stored), path).toContain(path);
    }
  });

  it('a plan under review without its review, and a closed plan that says it is under way', () => {
    const reviewing = draftAfter([...agreed, { type: 'START_REVIEW', date: '2026-12-20' }]);
    reviewing.context.review = null;
    expect(refusal(reviewing)).toBe('malformed');
    expect(detailOf(reviewing)).toMatch(/^context\.review: /);
    const closed = draftAfter([...agreed, close]);
    expect(refusal(closed)).toBe('finished');
    expect(refusal({ ...closed, status: 'active' })).toBe('malformed');
  });

  it('a plan that has ended', () => {
    for (const status of ['done', 'error', 'stopped']) expect(refusal({ ...draftAfter(), status }), status).toBe('finished');
  });
});
