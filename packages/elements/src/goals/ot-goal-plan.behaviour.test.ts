import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GoalPlanRecord, OutcomeRecord } from '@otforms/core';
import { goalPlanMachine } from '@otforms/machines';
import { createActor, type AnyActorRef } from 'xstate';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { runFormElementSuite } from '../test-support/form-element-suite.js';
import { AGREED, GoalPlanDriver, REVIEWED, goal } from '../test-support/goal-plan-driver.js';
import { deepActiveElement, press, tabTo, typeDate } from '../test-support/keyboard.js';

const STATEMENT = 'Walk to the shop';

type GoalPlanActor = ReturnType<typeof ownersActor>;
const ownersActor = () =>
  createActor(goalPlanMachine, {
    input: { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/7', assessor: { role: 'Occupational therapist' } },
  }).start();
const goalsOf = (actor: AnyActorRef) => (actor as GoalPlanActor).getSnapshot().context.goals;

/** Whether `element` is inside the shadow root of the question for `field` of a goal. */
const inField = (field: string) => (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  return host?.dataset.field === field && element.matches('input, textarea');
};
const inRating = (element: Element) => element instanceof HTMLInputElement && element.name.startsWith('rating-');
const isButton = (text: string) => (element: Element) => element.localName === 'button' && element.textContent!.replace(/\s+/g, ' ').trim() === text;

const keyboardGoals = [
  { statement: 'I want to make my own breakfast', baseline: -1, expected: 'Makes toast with the kettle tipper', level: 1 },
  { statement: 'Walk to the post box', baseline: -1, expected: 'Walks there with a stick', level: 1 },
  { statement: 'Have a shower on my own', baseline: -2, expected: 'Showers with a seat and rail', level: 0 },
];

runFormElementSuite<OtGoalPlan>({
  title: '<ot-goal-plan>',
  tag: 'ot-goal-plan',
  create: () => {
    const element = document.createElement('ot-goal-plan');
    element.today = AGREED;
    element.subjectReference = 'Person/keyboard';
    return element;
  },
  makeProgress: async (element) => void (await new GoalPlanDriver(element).addGoal(goal(STATEMENT, '-2'))),
  showsProgress: (element) =>
    [...element.shadowRoot!.querySelectorAll('fieldset.goal [data-field="statement"]')].some((field) => field.shadowRoot?.querySelector('textarea')?.value === STATEMENT),
  savedProgress: (draft) => ((draft as { context?: { goals?: { statement: string }[] } } | null)?.context?.goals ?? []).some((entry) => entry.statement === STATEMENT),
  atStart: (element) => {
    const driver = new GoalPlanDriver(element);
    return driver.heading()?.textContent === 'Agree goals with the person' && driver.goalIds().length === 0;
  },
  attempt: (element) => new GoalPlanDriver(element).click('Agree the plan'),
  // Agrees, reviews and closes the plan.
  complete: async (element) => {
    const driver = new GoalPlanDriver(element);
    if (driver.goalIds().length === 0) await driver.addGoal(goal(STATEMENT, '-2'));
    const [goalId] = driver.goalIds();
    await driver.click('Agree the plan');
    element.today = REVIEWED;
    await driver.click('Record a review');
    await driver.rate(goalId!, 1);
    await driver.click('Save review');
    await driver.click('Close the plan');
  },
  checkRecord: (record) => {
    const { goalPlan, gas } = record as GoalPlanRecord;
    expect([goalPlan.agreedOn, goalPlan.goals.map((entry) => [entry.statement, entry.reviews.length]), gas.reviews.length]).to.deep.equal([AGREED, [[STATEMENT, 1]], 1]);
  },
  completedHeading: 'Goal plan closed',
  // Sets three goals, agrees them, reviews them and closes the plan: Tab between controls, arrow keys and Space in radio groups, typing, Enter on buttons.
  completeByKeyboard: async (element) => {
    for (const [index, entry] of keyboardGoals.entries()) {
      await tabTo(isButton('Add a goal'));
      await press('Enter');
      await element.updateComplete;
      expect(inField('statement')(deepActiveElement()!), 'adding a goal moves focus to its words').to.equal(true);
      await sendKeys({ type: entry.statement });
      // The baseline's first option is −1; the arrow key moves to −2 and chooses it.
      await tabTo(inField('baseline'));
      await press(entry.baseline === -1 ? 'Space' : 'ArrowDown');
      await tabTo(inField('levels.expected'));
      await sendKeys({ type: entry.expected });
      await tabTo(inField('dueDate'));
      await typeDate(REVIEWED);
      expect((deepActiveElement() as HTMLInputElement).value).to.equal(REVIEWED);
      expect(element.shadowRoot!.querySelectorAll('fieldset.goal')).to.have.length(index + 1);
    }
    await tabTo(isButton('Agree the plan'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Agreed goals');

    element.today = REVIEWED;
    await tabTo(isButton('Record a review'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Record a review');
    for (const entry of keyboardGoals) {
      // Tab reaches the first level of the next goal's scale, −2; each arrow goes one level up.
      const first = (await tabTo(inRating)) as HTMLInputElement;
      expect(first.value).to.equal('-2');
      for (let level = -2; level < entry.level; level += 1) await press('ArrowDown');
      expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
      expect((deepActiveElement() as HTMLInputElement).value).to.equal(String(entry.level));
    }
    await tabTo(isButton('Save review'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Agreed goals');
    const scores = [...element.shadowRoot!.querySelectorAll('[part=score] dd')].map((dd) => dd.textContent);
    expect(scores).to.deep.equal(['31.7', '59.1', '+27.4']);
    await tabTo(isButton('Close the plan'));
    await press('Enter');
  },
  checkKeyboardRecord: (record: OutcomeRecord) => {
    const plan = record as GoalPlanRecord;
    expect(plan.goalPlan.goals.map((entry) => [entry.statement, entry.baseline, entry.levels.expected, entry.dueDate])).to.deep.equal(
      keyboardGoals.map((entry) => [entry.statement, entry.baseline, entry.expected, REVIEWED]),
    );
    expect(Math.round(plan.gas.reviews[0]!.tScore! * 100) / 100).to.equal(59.13);
    expect(plan.subject).to.deep.equal({ reference: 'Person/keyboard' });
  },
  unusableDraft: { status: 'active', value: 'drafting', context: { instrument: { id: 'barthel-cw20' } } },
  adoption: {
    ownersActor,
    ownersDoneActor: () => {
      const actor = ownersActor();
      actor.send({ type: 'ADD_GOAL', goalId: 'a' });
      for (const [field, value] of [['statement', 'Walk to the post box'], ['baseline', '-1'], ['levels.expected', 'Walk there with a stick'], ['dueDate', REVIEWED]] as const) {
        actor.send({ type: 'EDIT_GOAL', goalId: 'a', field, value });
      }
      actor.send({ type: 'AGREE', date: AGREED });
      actor.send({ type: 'CLOSE', completedAt: '2026-12-20T10:00:00.000Z', recordId: crypto.randomUUID() });
      return actor;
    },
    ownerMakesProgress: (actor) => {
      (actor as GoalPlanActor).send({ type: 'ADD_GOAL', goalId: 'owners-goal' });
      (actor as GoalPlanActor).send({ type: 'EDIT_GOAL', goalId: 'owners-goal', field: 'statement', value: STATEMENT });
    },
    ownerAttempts: (actor) => (actor as GoalPlanActor).send({ type: 'AGREE', date: AGREED }),
    actorHasProgress: (actor) => goalsOf(actor).some((entry) => entry.statement === STATEMENT),
  },
});
