import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { planErrors, reviewErrors } from './draft-goals.js';
import { goalPlanMachine } from './goal-plan-machine.js';
import { GoalPlanSnapshotSchema } from './goal-plan-snapshot.js';
import type { DraftGoal, GoalPlanContext, GoalPlanEvent } from './goal-plan-types.js';
import { input, writeGoal } from './goal-plan-walk.test-support.js';

/**
 * Every problem carries a code and the numbers its words need, so a view in
 * another language can say it in its own words; `message` stays en-GB for
 * views without a catalogue.
 */

const blank = (id: string): DraftGoal => {
  const actor = createActor(goalPlanMachine, { input }).start();
  actor.send({ type: 'ADD_GOAL', goalId: id });
  return actor.getSnapshot().context.goals[0]!;
};

const options = (extra: Partial<GoalPlanContext['options']> = {}) => ({ ...input, ...extra });

describe('goal-plan problems have codes', () => {
  it('names each missing field of each goal by code, with the goal’s number on the page', () => {
    const second = { ...blank('b'), statement: 'Walk', baseline: -1 as const, dueDate: '2026-02-30', smart: { what: '', howWell: '', byWhen: 'soon' }, domain: '9lives' };
    const errors = planErrors({ goals: [{ ...blank('a'), statement: 'Cook' }, second], weighting: 'importance-x-difficulty', options: options() });
    expect(errors.map((error) => [error.goalId, error.field, error.code, error.values])).toEqual([
      ['a', 'baseline', 'baselineMissing', { goal: 1 }],
      ['a', 'levels.expected', 'expectedMissing', { goal: 1 }],
      ['a', 'dueDate', 'dueDateMissing', { goal: 1 }],
      ['a', 'importance', 'importanceMissing', { goal: 1 }],
      ['a', 'difficulty', 'difficultyMissing', { goal: 1 }],
      ['b', 'domain', 'domainNotListed', { goal: 2 }],
      ['b', 'levels.expected', 'expectedMissing', { goal: 2 }],
      ['b', 'dueDate', 'dueDateMissing', { goal: 2 }],
      ['b', 'importance', 'importanceMissing', { goal: 2 }],
      ['b', 'difficulty', 'difficultyMissing', { goal: 2 }],
      ['b', 'smart.byWhen', 'byWhenNotADate', { goal: 2 }],
    ]);
    expect(planErrors({ goals: [{ ...blank('a'), statement: '  ' }], weighting: 'unweighted', options: options() })[0]).toMatchObject({
      code: 'statementMissing',
      values: { goal: 1 },
      message: 'Enter goal 1 in the person’s own words',
    });
  });

  it('gives the plan’s limits with too few or too many goals', () => {
    expect(planErrors({ goals: [], weighting: 'unweighted', options: options({ minGoals: 2 }) })).toEqual([
      { code: 'tooFewGoals', values: { min: 2 }, message: 'Add at least 2 goals' },
    ]);
    const goals = ['a', 'b', 'c'].map(blank);
    expect(planErrors({ goals, weighting: 'unweighted', options: options({ maxGoals: 1 }) })[0]).toEqual({
      code: 'tooManyGoals',
      values: { max: 1, excess: 2 },
      message: 'A plan can have up to 1 goals; remove 2',
    });
  });

  it('names each goal not rated on a review by code', () => {
    const actor = createActor(goalPlanMachine, { input }).start();
    const events: GoalPlanEvent[] = [...writeGoal('a', 'Cook', '-1'), ...writeGoal('b', 'Walk', '-2'), { type: 'AGREE', date: '2026-11-22' }];
    events.push({ type: 'START_REVIEW', date: '2026-12-20' }, { type: 'RATE', goalId: 'a', level: 0 });
    for (const event of events) actor.send(event);
    expect(reviewErrors(actor.getSnapshot().context)).toEqual([
      { goalId: 'b', field: 'level', code: 'levelMissing', values: { goal: 2 }, message: 'Select how far goal 2 was achieved' },
    ]);
  });

  it('resumes a draft whose errors were saved before they had codes, and refuses an unknown code', () => {
    const actor = createActor(goalPlanMachine, { input }).start();
    actor.send({ type: 'AGREE', date: '2026-11-22' });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { context: { errors: unknown[] } };
    stored.context.errors = [{ message: 'Add at least 1 goal' }];
    expect(GoalPlanSnapshotSchema.safeParse(stored).success).toBe(true);
    stored.context.errors = [{ code: 'tooHot', message: 'Add at least 1 goal' }];
    expect(GoalPlanSnapshotSchema.safeParse(stored).success).toBe(false);
  });
});
