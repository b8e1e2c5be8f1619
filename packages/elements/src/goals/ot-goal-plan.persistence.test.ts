import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage, type GoalPlanRecord } from '@otforms/core';
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

  it('saves after every change and removes the draft once the plan is closed', async () => {
    const storage = new MemoryDraftStorage();
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan storage-key="draft-2" .storage=${storage}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(storage.read('draft-2'), 'nothing is saved before the person does anything').to.equal(null);
    const goalId = await driver.addGoal({ statement: 'Walk to the shop', baseline: '-2', expected: 'Walks there with a frame', dueDate: '2026-12-20' });
    const saved = storage.read('draft-2') as { context: { goals: { id: string; statement: string }[] } };
    expect(saved.context.goals.map((goal) => [goal.id, goal.statement])).to.deep.equal([[goalId, 'Walk to the shop']]);
    await driver.click('Agree the plan');
    expect((storage.read('draft-2') as { value: string }).value).to.equal('active');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    await outcome;
    expect(storage.read('draft-2')).to.equal(null);
  });

  it('starts afresh and reports it when a draft cannot be resumed', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('draft-3', { status: 'active', value: 'drafting', context: { instrument: { id: 'barthel-cw20' } } });
    const element = document.createElement('ot-goal-plan');
    element.storageKey = 'draft-3';
    element.storage = storage;
    const reported = oneEvent(element, 'ot-error');
    document.body.append(element);
    const { detail } = (await reported) as CustomEvent<{ kind: string; message: string }>;
    expect(detail.kind).to.equal('draft');
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(driver.heading()!.textContent).to.equal('Agree goals with the person');
    expect(driver.goalIds()).to.deep.equal([]);
    element.remove();
  });

  it('reports a storage that fails, and the person can still carry on', async () => {
    const failing: DraftStorage = {
      read: () => null,
      write: () => {
        throw new Error('quota exceeded');
      },
      remove: () => undefined,
    };
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan .storage=${failing}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    const reported = oneEvent(element, 'ot-error');
    await driver.click('Add a goal');
    expect(((await reported) as CustomEvent<{ kind: string }>).detail.kind).to.equal('storage');
    expect(driver.goalIds()).to.have.length(1);
  });

  it('waits for an asynchronous store before it starts', async () => {
    const memory = new MemoryDraftStorage();
    memory.write('draft-4', draftAfter(agreedTwo));
    const slow: DraftStorage = {
      read: (key) => new Promise((resolve) => setTimeout(() => resolve(memory.read(key)), 30)),
      write: async (key, value) => memory.write(key, value),
      remove: async (key) => memory.remove(key),
    };
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan storage-key="draft-4" .storage=${slow}></ot-goal-plan>`);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(driver.heading()!.textContent).to.equal('Agreed goals');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
    expect(record.startedAt, 'the draft keeps when the plan was started').to.equal(startedAt);
  });
});
