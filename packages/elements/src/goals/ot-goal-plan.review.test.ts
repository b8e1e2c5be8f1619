import { expect, oneEvent } from '@open-wc/testing';
import type { GoalPlanRecord } from '@otforms/core';
import '../define.js';
import { REVIEWED, goal, renderGoalPlan as render } from '../test-support/goal-plan-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/keyboard.js';

describe('<ot-goal-plan> reviews', () => {
  async function agreed(partial = false) {
    const rendered = await render({ partial });
    const ids = [await rendered.driver.addGoal(goal('Make my own breakfast', '-1')), await rendered.driver.addGoal(goal('Walk to the post box', '-2'))];
    await rendered.driver.type(ids[0]!, 'levels.somewhatMore', 'Makes breakfast and a hot drink');
    await rendered.driver.click('Agree the plan');
    rendered.element.today = REVIEWED;
    return { ...rendered, ids };
  }

  it('shows the agreed plan with its baseline T-score and chart, and passes axe', async () => {
    const { element, driver } = await agreed();
    expect(deepActiveElement() === driver.heading(), 'focus is on the page heading').to.equal(true);
    expect(driver.scoreRows()).to.deep.equal({ 'T-score at baseline': '31.4' });
    expect(driver.root.querySelector('ot-gas-chart')!.plan!.goals).to.have.length(2);
    expect([...driver.root.querySelectorAll('.goal-summary .statement')].map((p) => p.textContent)).to.deep.equal([
      'Make my own breakfast',
      'Walk to the post box',
    ]);
    expect(driver.buttons()).to.deep.equal(['Record a review', 'Close the plan']);
    await expectNoAxeViolations(element);
  });

  it('offers a five-level scale per goal with the goal’s own words and where they started', async () => {
    const { element, driver, ids } = await agreed();
    await driver.click('Record a review');
    expect(driver.heading()!.textContent).to.equal('Record a review');
    expect(deepActiveElement() === driver.heading(), 'focus is on the page heading').to.equal(true);
    const rating = driver.root.querySelector(`#rating-${ids[0]}`)!;
    expect(rating.querySelector('legend')!.textContent).to.equal('How far has goal 1 been achieved?');
    const options = [...rating.querySelectorAll('.option')].map((option) => option.textContent!.replace(/\s+/g, ' ').trim());
    expect(options).to.deep.equal([
      '−2 Much less than expected',
      '−1 Somewhat less than expected Where they started.',
      '0 Expected outcome Make my own breakfast, with a little help',
      '+1 Somewhat more than expected Makes breakfast and a hot drink',
      '+2 Much more than expected',
    ]);
    const baselineRadio = rating.querySelector<HTMLInputElement>('input[value="-1"]')!;
    expect(baselineRadio.getAttribute('aria-describedby')).to.equal(`rating-${ids[0]}-minus-1-hint`);
    expect(driver.root.querySelector(`#rating-${ids[0]}-statement`)!.textContent).to.equal('Make my own breakfast');
    await expectNoAxeViolations(element);
  });

  it('will not save a review with a goal unrated, then shows the scores once saved', async () => {
    const { element, driver, ids } = await agreed();
    await driver.click('Record a review');
    await driver.rate(ids[0]!, 1);
    await driver.click('Save review');
    expect(driver.errorLinks()).to.deep.equal(['Select how far goal 2 was achieved']);
    expect(deepActiveElement() === driver.errorSummary(), 'focus is on the error summary').to.equal(true);
    const rating = driver.root.querySelector(`#rating-${ids[1]}`)!;
    expect(rating.getAttribute('aria-describedby')).to.equal(`rating-${ids[1]}-statement rating-${ids[1]}-hint rating-${ids[1]}-error`);
    await expectNoAxeViolations(element);
    driver.root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await driver.settle();
    expect((deepActiveElement() as HTMLInputElement).name).to.equal(`rating-${ids[1]}`);

    await driver.rate(ids[1]!, 0);
    await driver.click('Save review');
    expect(driver.heading()!.textContent).to.equal('Agreed goals');
    expect(driver.scoreRows()).to.deep.equal({
      'T-score at baseline': '31.4',
      'T-score at the review on 20 December 2026': '56.2',
      'Change from baseline': '+24.8',
    });
    await expectNoAxeViolations(element);
  });

  it('takes a partial review when the host allows it, and cancels a review without saving it', async () => {
    const { driver, ids } = await agreed(true);
    await driver.click('Record a review');
    await driver.click('Cancel');
    expect(driver.heading()!.textContent).to.equal('Agreed goals');
    expect(driver.scoreRows()).to.deep.equal({ 'T-score at baseline': '31.4' });
    await driver.click('Record a review');
    await driver.rate(ids[1]!, -1);
    await driver.click('Save review');
    expect(driver.errorSummary()).to.equal(null);
    expect(driver.scoreRows()['T-score at the review on 20 December 2026']).to.equal('37.6');
  });

  it('closes with a confirmation, the final scores and the record as its value', async () => {
    const { element, driver, ids } = await agreed();
    await driver.click('Record a review');
    await driver.rate(ids[0]!, 0);
    await driver.rate(ids[1]!, 0);
    await driver.click('Save review');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
    expect(driver.heading()!.textContent).to.equal('Goal plan closed');
    expect(deepActiveElement() === driver.heading(), 'focus is on the page heading').to.equal(true);
    expect(driver.root.querySelector('.panel')!.textContent).to.contain(record.recordId);
    expect(driver.scoreRows()['T-score at the review on 20 December 2026']).to.equal('50.0');
    expect(element.value).to.deep.equal(record);
    expect(record.goalPlan.goals.map((entry) => entry.lifecycleStatus)).to.deep.equal(['completed', 'completed']);
    await expectNoAxeViolations(element);
  });
});
