import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, validateOutcomeRecord, type GoalPlanRecord } from '@otforms/core';
import { goalPlanMachine, type GoalPlanInput } from '@otforms/machines';
import { createActor, type Actor } from 'xstate';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { AGREED, GoalPlanDriver, REVIEWED, goal } from '../test-support/goal-plan-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

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

describe('<ot-goal-plan> with an adopted actor', () => {
  afterEach(() => {
    for (const actor of actors) actor.stop();
    actors = [];
  });

  it('drives the actor it is given from drafting to closed, passes axe, and writes no draft', async () => {
    const actor = ownersActor();
    const { element, driver, storage } = await adopt(actor);
    expect(driver.heading()!.textContent).to.equal('Agree goals with the person');
    await expectNoAxeViolations(element);

    const goalId = await driver.addGoal(goal('Make my own breakfast', '-1'));
    expect(actor.getSnapshot().context.goals.map((entry) => entry.statement)).to.deep.equal(['Make my own breakfast']);
    await driver.click('Agree the plan');
    expect(actor.getSnapshot().matches('active')).to.equal(true);
    await expectNoAxeViolations(element);
    element.today = REVIEWED;
    await driver.click('Record a review');
    await driver.rate(goalId, 1);
    await driver.click('Save review');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;

    expect(actor.getSnapshot().status).to.equal('done');
    expect(actor.getSnapshot().output).to.equal(record);
    expect(element.value).to.equal(record);
    expect(validateOutcomeRecord(record).success).to.equal(true);
    expect(record.subject, 'the owner’s details, not the element’s').to.deep.equal({ reference: 'Person/7' });
    expect(record.goalPlan.agreedOn).to.equal(AGREED);
    expect(storage.size).to.equal(0);
    await expectNoAxeViolations(element);
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

  it('re-renders when the owner sends an event straight to the actor', async () => {
    const actor = ownersActor();
    const { driver } = await adopt(actor);
    actor.send({ type: 'ADD_GOAL', goalId: 'owners-goal' });
    actor.send({ type: 'EDIT_GOAL', goalId: 'owners-goal', field: 'statement', value: 'Walk to the post box' });
    await driver.settle();
    expect(driver.goalIds()).to.deep.equal(['owners-goal']);
    expect(driver.field('owners-goal', 'statement').shadowRoot!.querySelector('textarea')!.value).to.equal('Walk to the post box');
  });

  it('leaves the actor running when it is removed, and picks it up again when put back', async () => {
    const actor = ownersActor();
    const { element, driver, storage } = await adopt(actor);
    await driver.addGoal(goal('Make my own breakfast', '-1'));
    const parent = element.parentElement!;
    element.remove();
    expect(actor.getSnapshot().status).to.equal('active');

    actor.send({ type: 'ADD_GOAL', goalId: 'added-while-away' });
    parent.append(element);
    await driver.settle();
    expect(driver.goalIds()).to.have.length(2);
    expect(driver.goalIds().at(-1)).to.equal('added-while-away');
    await driver.type('added-while-away', 'statement', 'Have a shower on my own');
    expect(actor.getSnapshot().context.goals.at(-1)!.statement).to.equal('Have a shower on my own');
    expect(storage.size).to.equal(0);
  });

  it('shows the closed page of an actor that is already done, and dispatches its record once', async () => {
    const actor = ownersActor();
    for (const [field, value] of [['statement', 'Walk to the post box'], ['baseline', '-1'], ['levels.expected', 'Walk there with a stick'], ['dueDate', REVIEWED]] as const) {
      if (field === 'statement') actor.send({ type: 'ADD_GOAL', goalId: 'a' });
      actor.send({ type: 'EDIT_GOAL', goalId: 'a', field, value });
    }
    actor.send({ type: 'AGREE', date: AGREED });
    actor.send({ type: 'CLOSE', completedAt: '2026-12-20T10:00:00.000Z', recordId: crypto.randomUUID() });
    expect(actor.getSnapshot().status).to.equal('done');
    const element = document.createElement('ot-goal-plan');
    element.storage = new MemoryDraftStorage();
    element.actor = actor;
    const outcomes: unknown[] = [];
    element.addEventListener('ot-outcome', (event) => outcomes.push((event as CustomEvent).detail));
    document.body.append(element);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    element.remove();
    document.body.append(element);
    await driver.settle();
    expect(outcomes, 'not again when moved').to.deep.equal([actor.getSnapshot().output]);
    expect(element.value).to.equal(actor.getSnapshot().output);
    expect(element.shadowRoot!.querySelector('.goal-plan')!.textContent).to.contain('Walk to the post box');
    element.remove();
  });

  it('lets go of the actor, without stopping it, when `actor` is set back to null, and resumes its own draft', async () => {
    const actor = ownersActor();
    const { element, driver, storage } = await adopt(actor);
    const drafted = createActor(goalPlanMachine, { input: { startedAt: '2026-11-20T09:00:00.000Z' } }).start();
    drafted.send({ type: 'ADD_GOAL', goalId: 'drafted' });
    storage.write('adopted', drafted.getPersistedSnapshot());
    drafted.stop();

    element.actor = null;
    await driver.settle();
    expect(actor.getSnapshot().status).to.equal('active');
    expect(driver.goalIds()).to.deep.equal(['drafted']);
    await driver.type('drafted', 'statement', 'Cook a meal');
    expect(actor.getSnapshot().context.goals, 'the owner’s actor is no longer driven').to.deep.equal([]);
    expect((storage.read('adopted') as { context: { goals: { statement: string }[] } }).context.goals[0]!.statement).to.equal('Cook a meal');
  });
});
