import { expect, oneEvent } from '@open-wc/testing';
import { validateOutcomeRecord, type GoalPlanRecord } from '@otforms/core';
import '../define.js';
import { AGREED, REVIEWED, goal, renderGoalPlan as render, type GoalEntry } from '../test-support/goal-plan-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/keyboard.js';

/** Agrees `goals`, reviews them at `levels` and closes the plan, checking the T-score shown after the review. */
async function workedExample(goals: GoalEntry[], levels: number[], shown: string, weighting = 'unweighted') {
  const { element, driver } = await render({ weighting });
  const ids = [];
  for (const entry of goals) ids.push(await driver.addGoal(entry));
  await driver.click('Agree the plan');
  expect(driver.heading()!.textContent).to.equal('Agreed goals');
  element.today = REVIEWED;
  await driver.click('Record a review');
  for (const [index, goalId] of ids.entries()) await driver.rate(goalId, levels[index]!);
  await driver.click('Save review');
  expect(driver.scoreRows()['T-score at the review on 20 December 2026']).to.equal(shown);
  const outcome = oneEvent(element, 'ot-outcome');
  await driver.click('Close the plan');
  const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
  expect(validateOutcomeRecord(record).success).to.equal(true);
  expect(driver.scoreRows()['T-score at the review on 20 December 2026']).to.equal(shown);
  return { record, driver, element };
}

const rounded = (value: number | null | undefined) => Math.round(value! * 100) / 100;

describe('<ot-goal-plan> on a tablet', () => {
  it('makes every radio of a review and its label a 44 px target', async () => {
    const { element, driver } = await render();
    await driver.addGoal(goal('Make a cup of tea', '-1'));
    await driver.click('Agree the plan');
    element.today = REVIEWED;
    await driver.click('Record a review');
    const targets = [...driver.root.querySelectorAll<HTMLElement>('.option input[type="radio"], .option label')];
    expect(targets.length).to.be.greaterThan(5);
    expect(targets.filter((target) => target.getBoundingClientRect().height < 44).map((target) => target.textContent || (target as HTMLInputElement).value)).to.deep.equal([]);
  });
});

describe('<ot-goal-plan> worked examples (domain brief §2.8)', () => {
  it('G1: three unweighted goals at baselines −1, −1, −2 reviewed +1, +1, 0 → 59.13', async () => {
    const goals = [goal('I want to make my own breakfast', '-1'), goal('Walk to the post box', '-1'), goal('Have a shower on my own', '-2')];
    const { record, driver } = await workedExample(goals, [1, 1, 0], '59.1');
    expect(rounded(record.gas.reviews[0]!.tScore)).to.equal(59.13);
    expect(rounded(record.gas.tScoreBaseline)).to.equal(31.74);
    expect(driver.scoreRows()).to.deep.equal({
      'T-score at baseline': '31.7',
      'T-score at the review on 20 December 2026': '59.1',
      'Change from baseline': '+27.4',
    });
    expect(record.goalPlan.goals.map((entry) => entry.statement)).to.deep.equal(goals.map((entry) => entry.statement));
    expect(record.subject).to.deep.equal({ reference: 'Person/12' });
    expect(record.assessor).to.deep.equal({ role: 'Occupational therapist' });
    expect(record.goalPlan.agreedOn).to.equal(AGREED);
  });

  it('G2: weighted by importance × difficulty 3×2, 2×1, 1×3 at 0, −1, +2 → 54.76', async () => {
    const goals = [
      goal('Cook a hot meal', '-1', { importance: '3', difficulty: '2' }),
      goal('Get in and out of bed', '-2', { importance: '2', difficulty: '1' }),
      goal('Go to the library', '-1', { importance: '1', difficulty: '3' }),
    ];
    const { record } = await workedExample(goals, [0, -1, 2], '54.8', 'importance-x-difficulty');
    expect(record.goalPlan.weighting).to.equal('importance-x-difficulty');
    expect(rounded(record.gas.reviews[0]!.tScore)).to.equal(54.76);
  });

  it('G3: four goals left at baseline −2 → 20.98, with no change', async () => {
    const goals = ['Dress', 'Wash', 'Cook', 'Shop'].map((statement) => goal(statement, '-2'));
    const { record, driver } = await workedExample(goals, [-2, -2, -2, -2], '21.0');
    expect(rounded(record.gas.reviews[0]!.tScore)).to.equal(20.98);
    expect(driver.scoreRows()['Change from baseline']).to.equal('0.0');
  });

  it('G3b: four goals at −1 → 35.49', async () => {
    const goals = ['Dress', 'Wash', 'Cook', 'Shop'].map((statement) => goal(statement, '-1'));
    const { record } = await workedExample(goals, [-1, -1, -1, -1], '35.5');
    expect(rounded(record.gas.reviews[0]!.tScore)).to.equal(35.49);
  });

  it('every goal at its expected outcome → 50.00', async () => {
    const goals = [goal('I want to make my own breakfast', '-1'), goal('Walk to the post box', '-1'), goal('Have a shower on my own', '-2')];
    const { record } = await workedExample(goals, [0, 0, 0], '50.0');
    expect(rounded(record.gas.reviews[0]!.tScore)).to.equal(50);
  });
});

describe('<ot-goal-plan> drafting', () => {
  it('starts with no goals, passes axe, and gives every field a label, a hint and its goal’s number', async () => {
    const { element, driver } = await render();
    expect(driver.heading()!.textContent).to.equal('Agree goals with the person');
    expect(driver.goalIds()).to.deep.equal([]);
    await expectNoAxeViolations(element);
    const goalId = await driver.addGoal();
    const legend = driver.root.querySelector(`#goal-${goalId} > legend`)!;
    expect(legend.textContent).to.equal('Goal 1');
    const statement = driver.field(goalId, 'statement').shadowRoot!;
    expect(statement.querySelector('label')!.textContent).to.equal('Goal in the person’s own words');
    expect(statement.querySelector('.hint')!.textContent).to.equal('Write it as they say it. It is never changed.');
    expect(statement.querySelector('textarea')!.getAttribute('aria-describedby')).to.equal('hint');
    expect(driver.field(goalId, 'dueDate').shadowRoot!.querySelector('input')!.type).to.equal('date');
    const levels = [...driver.root.querySelectorAll(`#goal-${goalId} .levels ot-input-question`)].map(
      (question) => question.shadowRoot!.querySelector('label')!.textContent,
    );
    expect(levels).to.deep.equal([
      '−2: much less than expected (optional)',
      '−1: somewhat less than expected (optional)',
      '0: expected outcome',
      '+1: somewhat more than expected (optional)',
      '+2: much more than expected (optional)',
    ]);
    const baseline = [...driver.field(goalId, 'baseline').shadowRoot!.querySelectorAll('label')].map((label) => label.textContent);
    expect(baseline).to.deep.equal(['−1: some ability towards the goal', '−2: no ability towards the goal yet']);
    expect(driver.root.querySelector(`#goal-${goalId} details summary`)!.textContent).to.equal('Break the goal down (optional)');
    expect(driver.root.querySelector(`#goal-${goalId} [data-field=importance]`), 'no weights when unweighted').to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('will not agree a plan with a goal missing its statement, baseline, expected outcome or due date, and names each', async () => {
    const { element, driver } = await render();
    await driver.addGoal(goal('Walk to the post box', '-1'));
    const second = await driver.addGoal();
    await driver.click('Agree the plan');
    expect(driver.heading()!.textContent).to.equal('Agree goals with the person');
    expect(driver.errorLinks()).to.deep.equal([
      'Enter goal 2 in the person’s own words',
      'Select where the person starts for goal 2',
      'Describe the expected outcome for goal 2',
      'Enter a due date for goal 2',
    ]);
    expect(deepActiveElement() === driver.errorSummary(), 'focus is on the error summary').to.equal(true);
    const dueDate = driver.field(second, 'dueDate').shadowRoot!;
    expect(dueDate.querySelector('.error-message')!.textContent).to.contain('Error: Enter a due date for goal 2');
    expect(dueDate.querySelector('input')!.getAttribute('aria-describedby')).to.equal('hint error');
    await expectNoAxeViolations(element);

    driver.root.querySelectorAll<HTMLAnchorElement>('.error-summary a')[3]!.click();
    await driver.settle();
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.type).to.equal('date');
    expect(focused.getRootNode() === dueDate, 'focus is on goal 2’s due date').to.equal(true);

    await driver.type(second, 'statement', 'Make a cup of tea');
    expect(driver.errorLinks(), 'errors update live once shown').to.have.length(3);
  });

  it('needs a goal before it can be agreed, and sends focus to the goals from that error', async () => {
    const { driver } = await render();
    await driver.click('Agree the plan');
    expect(driver.errorLinks()).to.deep.equal(['Add at least 1 goal']);
    driver.root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await driver.settle();
    expect(deepActiveElement()!.id).to.equal('goals');
  });

  it('asks for importance and difficulty only when weighted, and requires them then', async () => {
    const { element, driver } = await render({ weighting: 'importance-x-difficulty' });
    const goalId = await driver.addGoal(goal('Cook a meal', '-1'));
    expect(driver.field(goalId, 'importance').shadowRoot!.querySelector('legend')!.textContent).to.equal('How important is this goal to the person?');
    expect([...driver.field(goalId, 'difficulty').shadowRoot!.querySelectorAll('label')].map((label) => label.textContent)).to.deep.equal([
      '0: not difficult',
      '1: a little difficult',
      '2: moderately difficult',
      '3: extremely difficult',
    ]);
    await expectNoAxeViolations(element);
    await driver.click('Agree the plan');
    expect(driver.errorLinks()).to.deep.equal(['Select how important goal 1 is', 'Select how difficult goal 1 is']);
    element.weighting = 'unweighted';
    await driver.settle();
    expect(driver.root.querySelector('[data-field=importance]')).to.equal(null);
    expect(driver.errorLinks()).to.deep.equal([]);
  });

  it('moves and removes goals with buttons that name them, keeping focus on what was used', async () => {
    const { driver } = await render({ maxGoals: 3 });
    const [a, b, c] = [await driver.addGoal(), await driver.addGoal(), await driver.addGoal()];
    expect(driver.buttons()).to.deep.equal([
      'Move down goal 1',
      'Remove goal 1',
      'Move up goal 2',
      'Move down goal 2',
      'Remove goal 2',
      'Move up goal 3',
      'Remove goal 3',
      'Agree the plan',
    ]);
    expect(driver.root.querySelector('#add-goal'), '"Add a goal" is hidden at the most goals').to.equal(null);
    expect(driver.root.querySelector('.goals > .hint')!.textContent).to.equal('A plan can have up to 3 goals.');
    await driver.click('Move up goal 3');
    expect(driver.goalIds()).to.deep.equal([a, c, b]);
    expect(deepActiveElement()!.id).to.equal(`move-up-${c}`);
    await driver.click('Move up goal 2');
    expect(driver.goalIds()).to.deep.equal([c, a, b]);
    expect(deepActiveElement()!.id, 'the first goal has no "Move up", so focus goes to "Move down"').to.equal(`move-down-${c}`);
    await driver.click('Remove goal 2');
    expect(driver.goalIds()).to.deep.equal([c, b]);
    expect(deepActiveElement()!.id).to.equal('goals');
    await driver.click('Add a goal');
    const added = driver.goalIds().at(-1)!;
    expect((deepActiveElement()!.getRootNode() as ShadowRoot).host.id).to.equal(`goal-${added}-statement`);
  });

  it('keeps the person’s words exactly as given', async () => {
    const { element, driver } = await render();
    const words = '  I’d like to get back to the allotment — on my own!\nEven  in the <rain>.  ';
    const goalId = await driver.addGoal({ ...goal('x', '-2'), statement: words });
    await driver.click('Agree the plan');
    expect(driver.root.querySelector('.goal-summary .statement')!.textContent).to.equal(words);
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.click('Close the plan');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;
    expect(record.goalPlan.goals[0]!.statement).to.equal(words);
    expect(record.goalPlan.goals[0]!.id).to.equal(goalId);
  });
});
