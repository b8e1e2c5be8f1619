import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { GoalPlanSchema, type GoalPlanInput } from './goal-plan-schema.js';
import { goalWeight, summariseGoalPlan } from './goal-plan-scores.js';
import { OTFORMS_VERSION } from '../version.js';
import { OutcomeRecordSchema } from '../record/outcome-record-schema.js';

const goal = (id: string, baseline: -1 | -2, reviews: { date: string; level: number }[], importance?: number, difficulty?: number) => ({
  id,
  statement: `Goal ${id}, in the person’s words`,
  domain: 'personal-care',
  baseline,
  levels: { expected: `Does ${id} with a little help` },
  dueDate: '2026-12-20',
  reviews,
  lifecycleStatus: 'active' as const,
  ...(importance === undefined ? {} : { importance, difficulty }),
});

const plan = (input: GoalPlanInput) => GoalPlanSchema.parse(input);
const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

describe('goal plans', () => {
  it('G1: three unweighted goals reviewed at +1, +1, 0 → 59.13, up from the baseline', () => {
    const summary = summariseGoalPlan(
      plan({ goals: [goal('a', -1, [{ date: '2026-12-20', level: 1 }]), goal('b', -1, [{ date: '2026-12-20', level: 1 }]), goal('c', -2, [{ date: '2026-12-20', level: 0 }])] }),
    );
    expect(round2(summary.reviews[0]!.tScore)).toBe(59.13);
    // Baseline (−1, −1, −2): 50 + 10·(−4)/√4.8
    expect(summary.tScoreBaseline).toBeCloseTo(50 - 40 / Math.sqrt(4.8), 10);
    expect(summary.reviews[0]!.change).toBeCloseTo(summary.reviews[0]!.tScore! - summary.tScoreBaseline!, 10);
  });

  it('G2: weights by importance × difficulty (6, 2, 3) at 0, −1, +2 → 54.76', () => {
    const weighted = plan({
      weighting: 'importance-x-difficulty',
      goals: [
        goal('a', -1, [{ date: '2026-12-20', level: 0 }], 3, 2),
        goal('b', -1, [{ date: '2026-12-20', level: -1 }], 2, 1),
        goal('c', -2, [{ date: '2026-12-20', level: 2 }], 1, 3),
      ],
    });
    expect(weighted.goals.map((g) => goalWeight(weighted, g))).toEqual([6, 2, 3]);
    expect(round2(summariseGoalPlan(weighted).reviews[0]!.tScore)).toBe(54.76);
  });

  it('G3 and G3b: four goals left at −2 → 20.98, at −1 → 35.49; a goal not yet reviewed counts at its baseline', () => {
    const atBaseline = plan({ goals: ['a', 'b', 'c', 'd'].map((id) => goal(id, -2, [])) });
    expect(round2(summariseGoalPlan(atBaseline).tScoreBaseline)).toBe(20.98);
    const partial = plan({ goals: ['a', 'b', 'c', 'd'].map((id) => goal(id, -1, id === 'a' ? [{ date: '2027-01-10', level: -1 }] : [])) });
    expect(round2(summariseGoalPlan(partial).reviews[0]!.tScore)).toBe(35.49);
  });

  it('gives no T-score when no goal carries weight', () => {
    const zero = plan({ weighting: 'importance-x-difficulty', goals: [goal('a', -1, [{ date: '2026-12-20', level: 1 }], 0, 3)] });
    expect(summariseGoalPlan(zero)).toMatchObject({ tScoreBaseline: null, reviews: [{ date: '2026-12-20', tScore: null, change: null }] });
  });

  it('refuses a weighted plan without importance and difficulty, and a repeated goal id', () => {
    const result = GoalPlanSchema.safeParse({ weighting: 'importance-x-difficulty', goals: [goal('a', -1, []), goal('a', -2, [], 1, 1)] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['goals.0', 'A weighted plan needs importance and difficulty for every goal'],
      ['goals.1.id', 'Goal id "a" is used more than once'],
    ]);
  });

  it('makes a goal-plan record valid by zod and by the committed JSON Schema', () => {
    const goalPlan = plan({ goals: [goal('a', -1, [{ date: '2026-12-20', level: 1 }])] });
    const record = {
      schemaVersion: 6,
      kind: 'goal-plan',
      recordId: '6a1d2f0e-3b4c-4d5e-8f90-a1b2c3d4e5f6',
      startedAt: '2026-11-22T10:00:00.000Z',
      completedAt: '2026-12-20T10:00:00.000Z',
      goalPlan,
      gas: summariseGoalPlan(goalPlan),
      provenance: { generator: 'otforms', version: OTFORMS_VERSION },
    };
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/outcome-record.v6.json', import.meta.url), 'utf8')));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, gas: { ...record.gas, method: 'other' } })).toBe(false);
  });
});
