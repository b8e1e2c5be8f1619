import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import { goalPlanMachine, type GoalPlanInput } from '@otforms/machines';
import { createActor, type Actor } from 'xstate';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { AGREED, GoalPlanDriver, goal } from '../test-support/goal-plan-driver.js';

type GoalPlanActor = Actor<typeof goalPlanMachine>;
let actors: GoalPlanActor[] = [];

/** A plan started the way an owner (an episode machine, say) would start it. */
function ownersActor(input: Partial<GoalPlanInput> = {}): GoalPlanActor {
  const actor = createActor(goalPlanMachine, {
    input: { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/7', assessor: { role: 'Occupational therapist' }, ...input },
  }).start();
  actors.push(actor);
  return actor;
}

/** An element showing `actor`, with its own memory store and details that adoption must ignore. */
async function adopt(actor: GoalPlanActor) {
  const storage = new MemoryDraftStorage();
  const element = await fixture<OtGoalPlan>(html`<ot-goal-plan
    storage-key="adopted"
    subject-reference="Person/other"
    weighting="unweighted"
    .storage=${storage}
    .today=${AGREED}
    .actor=${actor}
  ></ot-goal-plan>`);
  const driver = new GoalPlanDriver(element);
  await driver.settle();
  return { element, driver, storage };
}

/**
 * What only the goal plan does with an adopted actor: the owner's weighting stands. What every form
 * an episode nests does with one is checked by the shared suite (ot-goal-plan.behaviour.test.ts).
 */
describe('<ot-goal-plan> with an adopted actor', () => {
  afterEach(() => {
    for (const actor of actors) actor.stop();
    actors = [];
  });

  it('keeps the owner’s weighting rather than applying its own', async () => {
    const actor = ownersActor({ weighting: 'importance-x-difficulty' });
    const { element, driver } = await adopt(actor);
    const goalId = await driver.addGoal(goal('Cook a meal', '-1', { importance: '3', difficulty: '2' }));
    element.weighting = 'unweighted';
    await driver.settle();
    expect(actor.getSnapshot().context.weighting).to.equal('importance-x-difficulty');
    expect(driver.field(goalId, 'importance')).to.exist;
  });
});
