import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type GoalPlanRecord } from '@otforms/core';
import { goalPlanMachine, type GoalPlanEvent } from '@otforms/machines';
import { createActor } from 'xstate';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { GoalPlanDriver } from '../test-support/goal-plan-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

const startedAt = '2026-11-22T09:00:00.000Z';

function writeGoal(goalId: string, statement: string, baseline: '-1' | '-2'): GoalPlanEvent[] {
  return [
    { type: 'ADD_GOAL', goalId },
    { type: 'EDIT_GOAL', goalId, field: 'statement', value: statement },
    { type: 'EDIT_GOAL', goalId, field: 'baseline', value: baseline },
    { type: 'EDIT_GOAL', goalId, field: 'levels.expected', value: `${statement}, with a little help` },
    { type: 'EDIT_GOAL', goalId, field: 'dueDate', value: '2026-12-20' },
  ];
}

/** The persisted snapshot the element would have saved after `events`. */
function draftAfter(events: readonly GoalPlanEvent[], input = {}): unknown {
  const actor = createActor(goalPlanMachine, { input: { startedAt, ...input } }).start();
  for (const event of events) actor.send(event);
  const draft = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  actor.stop();
  return draft;
}

const agreedTwo: GoalPlanEvent[] = [...writeGoal('a', 'Make my own breakfast', '-1'), ...writeGoal('b', 'Walk to the post box', '-2'), { type: 'AGREE', date: '2026-11-22' }];

/**
 * What only the goal plan does with drafts. Saving after each change, resuming in a new element,
 * removing the draft once closed, an unusable draft, a failing or asynchronous store and
 * back/forward restore are checked for every whole form by the shared suite (ot-goal-plan.behaviour.test.ts).
 */
describe('<ot-goal-plan> drafts', () => {
  it('resumes a draft from the storage it is given, under the default key for the subject, on the page it was on', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('otforms:draft:goal-plan:Person/7', draftAfter([...agreedTwo, { type: 'START_REVIEW', date: '2026-12-20' }, { type: 'RATE', goalId: 'a', level: 2 }]));
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan subject-reference="Person/7" .storage=${storage}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(element.draftKey).to.equal('otforms:draft:goal-plan:Person/7');
    expect(driver.heading()!.textContent).to.equal('Record a review');
    expect(driver.root.querySelector<HTMLInputElement>('#rating-a input:checked')!.value).to.equal('2');
    expect(driver.root.querySelector('#rating-b input:checked')).to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('resumes goals being drafted, and the host’s weighting applies to them', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('draft-1', draftAfter(writeGoal('a', 'Cook a meal', '-1')));
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan storage-key="draft-1" weighting="importance-x-difficulty" .storage=${storage}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(driver.goalIds()).to.deep.equal(['a']);
    expect(driver.field('a', 'statement').shadowRoot!.querySelector('textarea')!.value).to.equal('Cook a meal');
    expect(driver.field('a', 'importance')).to.exist;
  });

  it('saves the agreed plan: its stage as well as its goals', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('draft-2', draftAfter(writeGoal('a', 'Walk to the shop', '-2')));
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan storage-key="draft-2" .today=${'2026-11-22'} .storage=${storage}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    await driver.click('Agree the plan');
    const saved = storage.read('draft-2') as { value: string; context: { goals: { statement: string }[] } };
    expect([saved.value, saved.context.goals.map((goal) => goal.statement)]).to.deep.equal(['active', ['Walk to the shop']]);
  });

  it('keeps when the plan was started: a resumed plan closes with the draft’s start, not the time it was resumed', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('draft-4', draftAfter(agreedTwo));
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan storage-key="draft-4" .storage=${storage}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(driver.heading()!.textContent).to.equal('Agreed goals');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
    expect(record.startedAt).to.equal(startedAt);
  });
});
