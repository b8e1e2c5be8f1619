import { describe, expect, it } from 'vitest';
import { GoalPlanSchema, GoalPlanV3Schema } from './goal-plan-schema.js';

/** Each custom rule of a goal plan names itself in `params.rule`, so a view in another language can say it in its own words. */

const goal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  statement: `Goal ${id}, in the person’s words`,
  baseline: -1,
  levels: { expected: `Does ${id} with a little help` },
  dueDate: '2026-12-20',
  lifecycleStatus: 'active',
  ...extra,
});

function customIssues(schema: typeof GoalPlanSchema | typeof GoalPlanV3Schema, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.filter((issue) => issue.code === 'custom').map((issue) => ({ path: issue.path, params: (issue as { params?: unknown }).params, message: issue.message }));
}

describe('goal-plan rules', () => {
  it('names a goal id used twice, with the id', () => {
    for (const schema of [GoalPlanSchema, GoalPlanV3Schema]) {
      expect(customIssues(schema, { goals: [goal('a'), goal('a')] })).toEqual([
        { path: ['goals', 1, 'id'], params: { rule: 'goal-id-repeated', id: 'a' }, message: 'Goal id "a" is used more than once' },
      ]);
    }
  });

  it('names a weighted plan’s goal without its importance and difficulty', () => {
    expect(customIssues(GoalPlanSchema, { weighting: 'importance-x-difficulty', goals: [goal('a', { importance: 2, difficulty: 1 }), goal('b', { importance: 2 })] })).toEqual([
      { path: ['goals', 1], params: { rule: 'goal-weights-missing' }, message: 'A weighted plan needs importance and difficulty for every goal' },
    ]);
  });

  it('names a statement that is only spaces', () => {
    expect(customIssues(GoalPlanSchema, { goals: [goal('a', { statement: '   ' })] })).toEqual([
      { path: ['goals', 0, 'statement'], params: { rule: 'goal-statement-blank' }, message: 'Enter the goal in the person’s own words' },
    ]);
  });
});
