import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryDraftStorage, validateOutcomeRecord, type GoalPlanRecord } from '@otforms/core';
import '../define.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import { deepActiveElement, press, tabTo, typeDate } from '../test-support/keyboard.js';
import { validateAgainstJsonSchema } from '../../../../tests/browser/support/validate-json-schema.js';

/** Whether `element` is inside the shadow root of the question for `field` of a goal. */
const inField = (field: string) => (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  return host?.dataset.field === field && element.matches('input, textarea');
};
const inRating = (element: Element) => element instanceof HTMLInputElement && element.name.startsWith('rating-');
const isButton = (text: string) => (element: Element) => element.localName === 'button' && element.textContent!.replace(/\s+/g, ' ').trim() === text;


const goals = [
  { statement: 'I want to make my own breakfast', baseline: -1, expected: 'Makes toast with the kettle tipper', level: 1 },
  { statement: 'Walk to the post box', baseline: -1, expected: 'Walks there with a stick', level: 1 },
  { statement: 'Have a shower on my own', baseline: -2, expected: 'Showers with a seat and rail', level: 0 },
];

/**
 * Sets three goals, agrees them, reviews them and closes the plan with the
 * keyboard only: Tab between controls, arrow keys and Space in radio groups,
 * typing into fields, Enter on buttons.
 */
describe('<ot-goal-plan> by keyboard alone', () => {
  it('agrees, reviews and closes a plan of three goals (G1), and dispatches a record valid by zod and by the committed JSON Schema', async () => {
    const element = await fixture<OtGoalPlan>(html`<ot-goal-plan
      .storage=${new MemoryDraftStorage()}
      .today=${'2026-11-22'}
      subject-reference="Person/keyboard"
    ></ot-goal-plan>`);
    await element.updateComplete;

    for (const [index, goal] of goals.entries()) {
      await tabTo(isButton('Add a goal'));
      await press('Enter');
      await element.updateComplete;
      expect(inField('statement')(deepActiveElement()!), 'adding a goal moves focus to its words').to.equal(true);
      await sendKeys({ type: goal.statement });
      // The baseline's first option is −1; the arrow key moves to −2 and chooses it.
      await tabTo(inField('baseline'));
      await press(goal.baseline === -1 ? 'Space' : 'ArrowDown');
      await tabTo(inField('levels.expected'));
      await sendKeys({ type: goal.expected });
      await tabTo(inField('dueDate'));
      await typeDate('2026-12-20');
      expect((deepActiveElement() as HTMLInputElement).value).to.equal('2026-12-20');
      expect(element.shadowRoot!.querySelectorAll('fieldset.goal')).to.have.length(index + 1);
    }

    await tabTo(isButton('Agree the plan'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Agreed goals');

    element.today = '2026-12-20';
    await tabTo(isButton('Record a review'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Record a review');
    for (const goal of goals) {
      // Tab reaches the first level of the next goal's scale, −2; each arrow goes one level up.
      const first = (await tabTo(inRating)) as HTMLInputElement;
      expect(first.value).to.equal('-2');
      for (let level = -2; level < goal.level; level += 1) await press('ArrowDown');
      expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
      expect((deepActiveElement() as HTMLInputElement).value).to.equal(String(goal.level));
    }
    await tabTo(isButton('Save review'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Agreed goals');
    const scores = [...element.shadowRoot!.querySelectorAll('[part=score] dd')].map((dd) => dd.textContent);
    expect(scores).to.deep.equal(['31.7', '59.1', '+27.4']);

    const outcome = oneEvent(element, 'ot-outcome');
    await tabTo(isButton('Close the plan'));
    await press('Enter');
    const record = ((await outcome) as CustomEvent<GoalPlanRecord>).detail;

    expect(record.goalPlan.goals.map((goal) => [goal.statement, goal.baseline, goal.levels.expected, goal.dueDate])).to.deep.equal(
      goals.map((goal) => [goal.statement, goal.baseline, goal.expected, '2026-12-20']),
    );
    expect(Math.round(record.gas.reviews[0]!.tScore! * 100) / 100).to.equal(59.13);
    expect(record.subject).to.deep.equal({ reference: 'Person/keyboard' });
    expect(validateOutcomeRecord(record).success).to.equal(true);
    const jsonSchema = await validateAgainstJsonSchema('packages/core/schemas/outcome-record.v3.json', record);
    expect(jsonSchema.errors).to.deep.equal([]);
    expect(jsonSchema.valid).to.equal(true);
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Goal plan closed');
  });
});
