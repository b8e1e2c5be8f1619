import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OUTCOME_RECORD_VERSION, OutcomeRecordSchema } from '@otforms/core';
import { goalPlanMachine } from './goal-plan-machine.js';
import type { GoalPlanEvent } from './goal-plan-types.js';
import { close, input, walkEvents, writeGoal } from './goal-plan-walk.test-support.js';

function start(events: GoalPlanEvent[] = [], options = {}) {
  const actor = createActor(goalPlanMachine, { input: { ...input, ...options } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const g1Goals = [...writeGoal('a', 'I want to make my own breakfast', '-1'), ...writeGoal('b', 'Walk to the post box', '-1'), ...writeGoal('c', 'Have a shower on my own', '-2')];

describe('goal-plan machine', () => {
  it('will not agree a plan while a goal lacks its statement, baseline, expected outcome or due date, and says which', () => {
    const actor = start([{ type: 'ADD_GOAL', goalId: 'a' }, { type: 'AGREE', date: '2026-11-22' }]);
    expect(actor.getSnapshot().value).toBe('drafting');
    expect(actor.getSnapshot().context.errors.map((error) => [error.goalId, error.field, error.message])).toEqual([
      ['a', 'statement', 'Enter goal 1 in the person’s own words'],
      ['a', 'baseline', 'Select where the person starts for goal 1'],
      ['a', 'levels.expected', 'Describe the expected outcome for goal 1'],
      ['a', 'dueDate', 'Enter a due date for goal 1'],
    ]);
    actor.send({ type: 'EDIT_GOAL', goalId: 'a', field: 'statement', value: 'Make a cup of tea' });
    expect(actor.getSnapshot().context.errors).toHaveLength(3);
  });

  it('needs at least one goal, allows up to six by default, and takes other limits', () => {
    expect(start([{ type: 'AGREE', date: '2026-11-22' }]).getSnapshot().context.errors).toEqual([{ code: 'tooFewGoals', values: { min: 1 }, message: 'Add at least 1 goal' }]);
    const full = start(Array.from({ length: 8 }, (_, index) => ({ type: 'ADD_GOAL', goalId: `g${index}` }) as GoalPlanEvent));
    expect(full.getSnapshot().context.goals).toHaveLength(6);
    const two = start([{ type: 'ADD_GOAL', goalId: 'a' }, { type: 'ADD_GOAL', goalId: 'b' }, { type: 'ADD_GOAL', goalId: 'c' }], { maxGoals: 2 });
    expect(two.getSnapshot().context.goals.map((goal) => goal.id)).toEqual(['a', 'b']);
  });

  it('reorders and removes goals while drafting', () => {
    const actor = start(g1Goals);
    actor.send({ type: 'MOVE_GOAL', goalId: 'c', to: 0 });
    expect(actor.getSnapshot().context.goals.map((goal) => goal.id)).toEqual(['c', 'a', 'b']);
    actor.send({ type: 'REMOVE_GOAL', goalId: 'a' });
    expect(actor.getSnapshot().context.goals.map((goal) => goal.id)).toEqual(['c', 'b']);
  });

  it('keeps the person’s words exactly as given', () => {
    const words = '  I’d like to get back to the allotment — on my own!  ';
    const actor = start([{ type: 'ADD_GOAL', goalId: 'a' }, { type: 'EDIT_GOAL', goalId: 'a', field: 'statement', value: words }]);
    expect(actor.getSnapshot().context.goals[0]!.statement).toBe(words);
  });

  it('asks for importance and difficulty when the plan is weighted', () => {
    const actor = start([...writeGoal('a', 'Cook a meal', '-1'), { type: 'SET_WEIGHTING', weighting: 'importance-x-difficulty' }, { type: 'AGREE', date: '2026-11-22' }]);
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual(['Select how important goal 1 is', 'Select how difficult goal 1 is']);
  });

  it('G1 end to end: agree three goals, review them at +1, +1, 0, close → T-score 59.13, FHIR statuses along the way', () => {
    const actor = start([...g1Goals, { type: 'AGREE', date: '2026-11-22' }]);
    expect(actor.getSnapshot().value).toBe('active');
    expect(actor.getSnapshot().context.goals.map((goal) => [goal.lifecycleStatus, goal.achievementStatus])).toEqual(Array(3).fill(['active', 'in-progress']));
    actor.send({ type: 'START_REVIEW', date: '2026-12-20' });
    actor.send({ type: 'RATE', goalId: 'a', level: 1 });
    actor.send({ type: 'SAVE_REVIEW' });
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual([
      'Select how far goal 2 was achieved',
      'Select how far goal 3 was achieved',
    ]);
    actor.send({ type: 'RATE', goalId: 'b', level: 1 });
    actor.send({ type: 'RATE', goalId: 'c', level: 0 });
    actor.send({ type: 'SAVE_REVIEW' });
    expect(actor.getSnapshot().value).toBe('active');
    actor.send(close);
    const record = actor.getSnapshot().output!;
    expect(Math.round(record.gas.reviews[0]!.tScore! * 100) / 100).toBe(59.13);
    expect(record.goalPlan.goals.map((goal) => [goal.lifecycleStatus, goal.achievementStatus])).toEqual(Array(3).fill(['completed', 'achieved']));
    expect(record.goalPlan.goals[0]!.statement).toBe('I want to make my own breakfast');
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
  });

  it('allows a partial review when the host says so, and maps attainment to FHIR achievement', () => {
    const actor = start([...g1Goals, { type: 'AGREE', date: '2026-11-22' }, { type: 'START_REVIEW', date: '2026-12-01' }, { type: 'RATE', goalId: 'c', level: -1 }, { type: 'SAVE_REVIEW' }], {
      allowPartialReview: true,
    });
    expect(actor.getSnapshot().value).toBe('active');
    expect(actor.getSnapshot().context.goals.map((goal) => goal.achievementStatus)).toEqual(['in-progress', 'in-progress', 'improving']);
  });

  it('checks the optional SMART date, and records no domain rather than invent one', () => {
    const actor = start([...writeGoal('a', 'Cook a meal', '-1'), { type: 'EDIT_GOAL', goalId: 'a', field: 'smart.byWhen', value: '2026-02-30' }, { type: 'AGREE', date: '2026-11-22' }]);
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual(['Enter a real date for when goal 1 should be done by']);
    actor.send({ type: 'EDIT_GOAL', goalId: 'a', field: 'smart.byWhen', value: '' });
    actor.send({ type: 'EDIT_GOAL', goalId: 'a', field: 'domain', value: '' });
    actor.send({ type: 'AGREE', date: '2026-11-22' });
    actor.send(close);
    expect(actor.getSnapshot().output!.goalPlan.goals[0]).not.toHaveProperty('domain');
  });

  it('takes the host’s new details without changing when the plan started', () => {
    const actor = start();
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: 'Person/99', maxGoals: 3 } });
    expect(actor.getSnapshot().context.options).toEqual({ subjectReference: 'Person/99', maxGoals: 3, startedAt: input.startedAt });
  });

  it('persists its snapshot as JSON and resumes from it', () => {
    const actor = start([...g1Goals, { type: 'AGREE', date: '2026-11-22' }, { type: 'START_REVIEW', date: '2026-12-20' }, { type: 'RATE', goalId: 'a', level: 2 }]);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const resumed = createActor(goalPlanMachine, { snapshot: saved, input }).start();
    expect(resumed.getSnapshot().value).toBe('reviewing');
    expect(resumed.getSnapshot().context.review).toEqual({ date: '2026-12-20', levels: { a: 2 } });
  });
});

describe('goal-plan machine: every path of a one-goal plan', () => {
  const paths = getShortestPaths(goalPlanMachine, { events: walkEvents, input });
  const finals = paths.filter((path) => path.state.status === 'done');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validateJson = ajv.compile(JSON.parse(readFileSync(new URL(`../../../core/schemas/outcome-record.v${OUTCOME_RECORD_VERSION}.json`, import.meta.url), 'utf8')));

  it('reaches closing with and without reviews, and every record is valid by zod and by the JSON Schema', () => {
    const latestLevels = finals.map((path) => path.state.output?.goalPlan.goals[0]?.reviews.at(-1)?.level ?? 'none');
    expect(new Set(latestLevels)).toEqual(new Set(['none', -1, 2]));
    for (const path of finals) {
      expect(OutcomeRecordSchema.safeParse(path.state.output).success).toBe(true);
      expect(validateJson(path.state.output), JSON.stringify(validateJson.errors)).toBe(true);
    }
    expect(new Set(finals.map((path) => path.state.output?.gas.reviews.length))).toEqual(new Set([0, 1]));
  });

  it('never agrees a plan with a goal missing a required field', () => {
    for (const path of paths) {
      if (path.state.value === 'drafting') continue;
      for (const goal of path.state.context.goals) {
        expect(goal.statement && goal.baseline !== null && goal.levels.expected && goal.dueDate).toBeTruthy();
      }
    }
  });
});
