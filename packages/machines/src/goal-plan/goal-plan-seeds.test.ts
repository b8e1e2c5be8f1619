import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { OutcomeRecordSchema } from '@otforms/core';
import { goalPlanMachine } from './goal-plan-machine.js';
import { availableSeeds } from './goal-plan-selectors.js';
import { readGoalPlanDraft } from './goal-plan-snapshot.js';
import type { GoalPlanEvent, GoalSeed } from './goal-plan-types.js';
import { close, input } from './goal-plan-walk.test-support.js';

/** Fictional words from a what-matters conversation. */
const seeds: GoalSeed[] = [
  { id: 'what-matters/matters-to-me', text: '  Getting back to the allotment with my grandson — on my own two feet.\n', instrumentId: 'what-matters', itemId: 'matters-to-me', label: 'What matters to me' },
  { id: 'what-matters/community', text: 'Going to the Tuesday lunch club', instrumentId: 'what-matters', itemId: 'community', label: 'My community' },
];

function start(events: GoalPlanEvent[] = [], options: Record<string, unknown> = { seeds }) {
  const actor = createActor(goalPlanMachine, { input: { ...input, ...options } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const finishGoal = (goalId: string): GoalPlanEvent[] => [
  { type: 'EDIT_GOAL', goalId, field: 'baseline', value: '-2' },
  { type: 'EDIT_GOAL', goalId, field: 'levels.expected', value: 'Walks to the allotment with a stick' },
  { type: 'EDIT_GOAL', goalId, field: 'dueDate', value: '2026-12-20' },
];

describe('goal-plan seeds', () => {
  it('offers every seed and copies nothing into the plan until one is used', () => {
    const actor = start();
    expect(actor.getSnapshot().context.goals).toEqual([]);
    expect(availableSeeds(actor.getSnapshot()).map((seed) => seed.id)).toEqual(seeds.map((seed) => seed.id));
  });

  it('starts a goal whose statement is the seed’s text exactly, recording where it came from', () => {
    const actor = start([{ type: 'USE_SEED', seedId: 'what-matters/matters-to-me', goalId: 'a' }]);
    const [goal] = actor.getSnapshot().context.goals;
    expect(goal!.id).toBe('a');
    expect(goal!.statement).toBe(seeds[0]!.text);
    expect(goal!.seededFrom).toEqual({ instrumentId: 'what-matters', itemId: 'matters-to-me' });
    expect(goal!.lifecycleStatus).toBe('proposed');
  });

  it('chooses the first free goal-N id when the event names none', () => {
    const actor = start([{ type: 'ADD_GOAL', goalId: 'goal-2' }, { type: 'USE_SEED', seedId: 'what-matters/community' }, { type: 'USE_SEED', seedId: 'what-matters/matters-to-me' }]);
    expect(actor.getSnapshot().context.goals.map((goal) => goal.id)).toEqual(['goal-2', 'goal-3', 'goal-4']);
  });

  it('offers a used seed no more, even after its goal is removed or the draft resumed, and refuses to use it twice', () => {
    const actor = start([{ type: 'USE_SEED', seedId: 'what-matters/community', goalId: 'a' }]);
    expect(availableSeeds(actor.getSnapshot()).map((seed) => seed.id)).toEqual(['what-matters/matters-to-me']);
    actor.send({ type: 'USE_SEED', seedId: 'what-matters/community', goalId: 'b' });
    expect(actor.getSnapshot().context.goals).toHaveLength(1);
    actor.send({ type: 'REMOVE_GOAL', goalId: 'a' });
    expect(availableSeeds(actor.getSnapshot()).map((seed) => seed.id)).toEqual(['what-matters/matters-to-me']);
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const reading = readGoalPlanDraft(stored);
    expect(reading.resumable).toBe(true);
    const resumed = createActor(goalPlanMachine, { snapshot: stored, input }).start();
    expect(availableSeeds(resumed.getSnapshot()).map((seed) => seed.id)).toEqual(['what-matters/matters-to-me']);
  });

  it('ignores a seed it was not given, a goal id already taken and a full plan', () => {
    expect(start([{ type: 'USE_SEED', seedId: 'what-matters/nothing' }]).getSnapshot().context.goals).toEqual([]);
    expect(start([{ type: 'USE_SEED', seedId: 'what-matters/community' }], {}).getSnapshot().context.goals).toEqual([]);
    const taken = start([{ type: 'ADD_GOAL', goalId: 'a' }, { type: 'USE_SEED', seedId: 'what-matters/community', goalId: 'a' }]);
    expect(taken.getSnapshot().context.goals).toHaveLength(1);
    expect(availableSeeds(taken.getSnapshot())).toHaveLength(2);
    const full = start([{ type: 'ADD_GOAL', goalId: 'a' }, { type: 'USE_SEED', seedId: 'what-matters/community' }], { seeds, maxGoals: 1 });
    expect(full.getSnapshot().context.goals.map((goal) => goal.id)).toEqual(['a']);
  });

  it('offers no seeds once the plan is agreed', () => {
    const actor = start([{ type: 'USE_SEED', seedId: 'what-matters/matters-to-me', goalId: 'a' }, ...finishGoal('a'), { type: 'AGREE', date: '2026-11-22' }]);
    expect(actor.getSnapshot().value).toBe('active');
    expect(availableSeeds(actor.getSnapshot())).toEqual([]);
  });

  it('writes seededFrom into the record, and the statement unchanged', () => {
    const actor = start([{ type: 'USE_SEED', seedId: 'what-matters/matters-to-me', goalId: 'a' }, ...finishGoal('a'), { type: 'AGREE', date: '2026-11-22' }, close]);
    const record = actor.getSnapshot().output!;
    expect(record.goalPlan.goals[0]).toMatchObject({ statement: seeds[0]!.text, seededFrom: { instrumentId: 'what-matters', itemId: 'matters-to-me' } });
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
  });

  it('resumes a draft saved before seeds existed, offering the seeds the host gives now', () => {
    const stored = JSON.parse(JSON.stringify(start([{ type: 'ADD_GOAL', goalId: 'a' }], {}).getPersistedSnapshot()));
    delete stored.context.usedSeeds;
    expect(readGoalPlanDraft(stored).resumable).toBe(true);
    const resumed = createActor(goalPlanMachine, { snapshot: stored, input }).start();
    resumed.send({ type: 'UPDATE_OPTIONS', options: { seeds } });
    expect(availableSeeds(resumed.getSnapshot())).toHaveLength(2);
    resumed.send({ type: 'USE_SEED', seedId: 'what-matters/community', goalId: 'b' });
    expect(resumed.getSnapshot().context.goals.map((goal) => goal.statement)).toEqual(['', 'Going to the Tuesday lunch club']);
    expect(availableSeeds(resumed.getSnapshot()).map((seed) => seed.id)).toEqual(['what-matters/matters-to-me']);
  });

  it('refuses a draft whose seeds or seeded goals are malformed', () => {
    const stored = JSON.parse(JSON.stringify(start([{ type: 'USE_SEED', seedId: 'what-matters/community', goalId: 'a' }]).getPersistedSnapshot()));
    const badSeed = structuredClone(stored);
    badSeed.context.options.seeds[0].text = 42;
    expect(readGoalPlanDraft(badSeed).resumable).toBe(false);
    const badGoal = structuredClone(stored);
    badGoal.context.goals[0].seededFrom = { instrumentId: 'what-matters' };
    expect(readGoalPlanDraft(badGoal).resumable).toBe(false);
  });
});
