import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type GoalPlanRecord } from '@otforms/core';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { GoalPlanDriver } from '../test-support/goal-plan-driver.js';

const walk = { statement: 'Walk to the shop', baseline: '-2', expected: 'Walks there with a frame', dueDate: '2026-12-20' } as const;

async function formWithPlan(required = false) {
  const form = await fixture<HTMLFormElement>(html`<form method="post" action="/__echo" target="echo-frame">
    <input type="hidden" name="caseId" value="case-17" />
    <ot-goal-plan name="goals" ?required=${required} .storage=${new MemoryDraftStorage()}></ot-goal-plan>
  </form>`);
  const element = form.querySelector<OtGoalPlan>('ot-goal-plan')!;
  const driver = new GoalPlanDriver(element);
  await driver.settle();
  return { form, element, driver };
}

/** Agrees one goal and closes the plan; returns the record. */
async function closePlan(element: OtGoalPlan, driver: GoalPlanDriver): Promise<GoalPlanRecord> {
  await driver.addGoal(walk);
  await driver.click('Agree the plan');
  const outcome = oneEvent(element, 'ot-outcome');
  await driver.click('Close the plan');
  return ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
}

describe('<ot-goal-plan> in a native form', () => {
  it('is submitted by a surrounding <form> as the record JSON under its name', async () => {
    const { form, element, driver } = await formWithPlan();
    expect(new FormData(form).has('goals'), 'no value before the plan is closed').to.equal(false);
    const record = await closePlan(element, driver);
    expect(JSON.parse(new FormData(form).get('goals') as string)).to.deep.equal(record);

    const frame = document.createElement('iframe');
    frame.name = 'echo-frame';
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    form.submit();
    await loaded;
    const sent = new URLSearchParams(frame.contentDocument!.querySelector('#echo')!.textContent!);
    expect(sent.get('caseId')).to.equal('case-17');
    expect(JSON.parse(sent.get('goals')!)).to.deep.equal(record);
    frame.remove();
  });

  it('blocks the form while a required plan is open', async () => {
    const { form, element, driver } = await formWithPlan(true);
    expect(form.checkValidity()).to.equal(false);
    await closePlan(element, driver);
    expect(form.checkValidity()).to.equal(true);
  });

  it('starts again, with no draft left, when the form is reset', async () => {
    const { form, element, driver } = await formWithPlan();
    await driver.addGoal(walk);
    expect(element.storage!.read(element.draftKey)).not.to.equal(null);
    form.reset();
    await driver.settle();
    expect(element.storage!.read(element.draftKey)).to.equal(null);
    expect(driver.goalIds()).to.deep.equal([]);
    expect(element.value).to.equal(null);
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><ot-goal-plan .storage=${new MemoryDraftStorage()}></ot-goal-plan></fieldset></form>`);
    const element = form.querySelector<OtGoalPlan>('ot-goal-plan')!;
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    expect(element.disabled).to.equal(true);
    expect(driver.root.querySelector<HTMLButtonElement>('#add-goal')!.disabled).to.equal(true);
    expect(driver.root.querySelector<HTMLButtonElement>('[part=button]')!.disabled).to.equal(true);
  });
});
