import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type GoalPlanRecord } from '@otforms/core';
import { goalPlanMachine, type GoalSeed } from '@otforms/machines';
import { createActor } from 'xstate';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { AGREED, GoalPlanDriver, REVIEWED } from '../test-support/goal-plan-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement, press, tabTo } from '../test-support/keyboard.js';

/** Fictional words from a what-matters conversation; one looks like markup, and must stay text. */
const seeds: GoalSeed[] = [
  { id: 'what-matters/matters-to-me', text: '  Get back to the allotment with my grandson.\n', instrumentId: 'what-matters', itemId: 'matters-to-me', label: 'What matters to me' },
  { id: 'what-matters/community', text: 'Lunch club on <b>Tuesdays</b> & the choir', instrumentId: 'what-matters', itemId: 'community', label: 'My community' },
];

async function render(storage = new MemoryDraftStorage(), given: readonly GoalSeed[] = seeds) {
  const element = await fixture<OtGoalPlan>(html`<ot-goal-plan
    storage-key="seeded" subject-reference="Person/12" .storage=${storage} .today=${AGREED} .seeds=${given}
  ></ot-goal-plan>`);
  const driver = new GoalPlanDriver(element);
  await driver.settle();
  return { element, driver, storage };
}

const seedTexts = (driver: GoalPlanDriver) => [...driver.root.querySelectorAll('.seed-text')].map((text) => text.textContent);
const seedLabels = (driver: GoalPlanDriver) => [...driver.root.querySelectorAll('.seed-label')].map((label) => label.textContent);
const statementOf = (driver: GoalPlanDriver, goalId: string) => driver.field(goalId, 'statement').shadowRoot!.querySelector('textarea')!.value;
const inStatement = (element: Element | null) => ((element?.getRootNode() as ShadowRoot | undefined)?.host as HTMLElement | undefined)?.dataset.field === 'statement';

describe('<ot-goal-plan> seeds from the conversation', () => {
  it('lists what the person said, as text, under "From the conversation", and copies nothing by itself', async () => {
    const { element, driver } = await render();
    const section = driver.root.querySelector('section.seeds')!;
    expect(section.querySelector('h3')!.textContent).to.equal('From the conversation');
    expect(seedLabels(driver)).to.deep.equal(['What matters to me', 'My community']);
    expect(seedTexts(driver)).to.deep.equal(seeds.map((seed) => seed.text));
    expect(section.querySelector('b')).to.equal(null);
    expect(driver.goalIds()).to.deep.equal([]);
    expect(driver.buttons()).to.include('Use as a goal: My community');
    await expectNoAxeViolations(element);
  });

  it('starts a goal in exactly the person’s words, moves focus to them, and offers that seed no more', async () => {
    const { element, driver } = await render();
    await driver.click('Use as a goal: My community');
    const [goalId] = driver.goalIds();
    expect(statementOf(driver, goalId!)).to.equal(seeds[1]!.text);
    expect(inStatement(deepActiveElement())).to.equal(true);
    expect(seedLabels(driver)).to.deep.equal(['What matters to me']);
    await expectNoAxeViolations(element);
  });

  it('is used from the keyboard, with 44 px buttons', async () => {
    const { driver } = await render();
    const buttons = [...driver.root.querySelectorAll<HTMLButtonElement>('.seed button')];
    for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await tabTo((element) => element.id === 'use-seed-0');
    await press('Enter');
    await driver.settle();
    const [goalId] = driver.goalIds();
    expect(statementOf(driver, goalId!)).to.equal(seeds[0]!.text);
    expect(inStatement(deepActiveElement())).to.equal(true);
  });

  it('remembers a used seed in its draft, so a reload does not offer it again', async () => {
    const { element, driver, storage } = await render();
    await driver.click('Use as a goal: What matters to me');
    // A reload: the first element goes, so the second edits the draft (one editor per draft).
    element.remove();
    const again = await render(storage);
    expect(again.driver.goalIds()).to.have.length(1);
    expect(seedLabels(again.driver)).to.deep.equal(['My community']);
  });

  it('takes seeds given after the plan started, and shows no section without any', async () => {
    const { element, driver } = await render(new MemoryDraftStorage(), []);
    expect(driver.root.querySelector('section.seeds')).to.equal(null);
    element.seeds = [seeds[1]!];
    await driver.settle();
    expect(seedLabels(driver)).to.deep.equal(['My community']);
  });

  it('writes where a goal came from into the record', async () => {
    const { element, driver } = await render();
    await driver.click('Use as a goal: What matters to me');
    const [goalId] = driver.goalIds() as [string];
    await driver.choose(goalId, 'baseline', '-2');
    await driver.type(goalId, 'levels.expected', 'Walks to the allotment with a stick');
    await driver.type(goalId, 'dueDate', REVIEWED);
    await driver.click('Agree the plan');
    expect(driver.root.querySelector('section.seeds')).to.equal(null);
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
    expect(record.goalPlan.goals[0]).to.include({ statement: seeds[0]!.text });
    expect(record.goalPlan.goals[0]!.seededFrom).to.deep.equal({ instrumentId: 'what-matters', itemId: 'matters-to-me' });
  });

  it('shows the seeds of an adopted actor and uses them on it', async () => {
    const actor = createActor(goalPlanMachine, { input: { startedAt: '2026-11-22T09:00:00.000Z', seeds } }).start();
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan .storage=${new MemoryDraftStorage()} .actor=${actor}></ot-goal-plan>`);
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    await driver.click('Use as a goal: My community');
    expect(actor.getSnapshot().context.goals.map((goal) => goal.statement)).to.deep.equal([seeds[1]!.text]);
    expect(seedLabels(driver)).to.deep.equal(['What matters to me']);
    actor.stop();
  });
});
