import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import { GoalPlanSchema } from '@otforms/core';
import './ot-goal-plan.define.js';
import { AGREED, GoalPlanDriver, REVIEWED } from '../test-support/goal-plan-driver.js';
import { mark, pseudoLocale, PSEUDO_LOCALE } from '../i18n/pseudo-locale.js';
import { registerLocale } from '../i18n/registry.js';
import { goalsEn } from './goal-plan.en.js';
import type { OtGoalPlan } from './ot-goal-plan.js';
import type { OtOutcomeEvent } from '../events/ot-outcome-event.js';

/**
 * In the pseudo-locale every catalogue word is marked ⟦…⟧, so a word written
 * straight into a template, or a number or date formatted outside the
 * catalogue, shows up unmarked. Every page of the plan and its chart is
 * walked, across shadow roots; what may be unmarked is the plan's own data.
 */

registerLocale(pseudoLocale());

const statement = 'Walk to the post box';
const expected = 'Walk to the post box with a stick';
/** The words the test typed: the person's, not the catalogue's. */
const data = new Set([statement, expected, `${statement}, ${expected}`]);

const questionTags = new Set(['ot-input-question', 'ot-choice-question']);

/** Every text node and told attribute under `root`, across shadow roots, that has letters and no mark. */
function unmarked(root: Node): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    const plain = (text ?? '').replace(/\s+/g, ' ').trim();
    if (!plain || plain.includes('⟦') || !/\p{L}/u.test(plain) || data.has(plain)) return;
    found.push(`${where}: "${plain}"`);
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return check(node.textContent, node.parentElement?.localName ?? 'text');
    if (node instanceof Element) {
      if (['style', 'script'].includes(node.localName)) return;
      for (const name of ['aria-label', 'title', 'alt']) if (node.hasAttribute(name)) check(node.getAttribute(name), `${node.localName}[${name}]`);
      // A question element's own words (its hidden "Error:", say) are the `questions` namespace's; the label,
      // hint, options and error it shows are the goal plan's, checked through its item and error below.
      if (node.shadowRoot && !questionTags.has(node.localName)) visit(node.shadowRoot);
      if (questionTags.has(node.localName)) {
        const question = node as Element & { item: { label: string; hint?: string; options?: { label: string }[] }; error: string };
        for (const words of [question.item.label, question.item.hint, question.error, ...(question.item.options ?? []).map((option) => option.label)]) check(words ?? '', `${node.id} item`);
      }
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/** What is left unmarked on one page. */
function expectAllMarked(element: OtGoalPlan, page: string) {
  expect(unmarked(element), page).to.deep.equal([]);
}

describe('<ot-goal-plan> words all come from the catalogue', () => {
  it('on every page, in the chart and in the errors', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO_LOCALE}>
      <ot-goal-plan .storage=${new MemoryDraftStorage()} .today=${AGREED} subject-reference="Person/12" weighting="importance-x-difficulty"></ot-goal-plan>
    </div>`);
    const element = wrapper.querySelector<OtGoalPlan>('ot-goal-plan')!;
    const driver = new GoalPlanDriver(element);
    await driver.settle();
    const click = (words: string) => driver.click(mark(words));

    await click(goalsEn.agree);
    expectAllMarked(element, 'drafting, no goals, errors');
    await click(goalsEn.addGoal);
    const [goalId] = driver.goalIds();
    expectAllMarked(element, 'drafting, one blank goal, errors');
    await driver.type(goalId!, 'statement', statement);
    await driver.choose(goalId!, 'domain', 'mobility');
    await driver.choose(goalId!, 'baseline', '-1');
    await driver.type(goalId!, 'levels.expected', expected);
    await driver.type(goalId!, 'dueDate', REVIEWED);
    await driver.choose(goalId!, 'importance', '2');
    await driver.choose(goalId!, 'difficulty', '1');
    await click(goalsEn.agree);
    expect(driver.heading()!.textContent).to.equal(mark(goalsEn.activeTitle));
    expectAllMarked(element, 'agreed, not reviewed');

    element.today = REVIEWED;
    await click(goalsEn.recordReview);
    await click(goalsEn.saveReview);
    expectAllMarked(element, 'review with errors');
    await driver.rate(goalId!, 1);
    await click(goalsEn.saveReview);
    expectAllMarked(element, 'agreed, reviewed');
    // The host stores the record at once, so the "not sent yet" notice (the session's words, not the plan's) goes.
    const stored = oneEvent(element, 'ot-outcome').then((event) => (event as OtOutcomeEvent).ack());
    await click(goalsEn.closePlan);
    await stored;
    await driver.settle();
    expect(driver.heading()!.textContent).to.equal(mark(goalsEn.closedTitle));
    // The record reference is data the plan made.
    data.add(element.value!.recordId);
    expectAllMarked(element, 'closed');
  });

  it('in the chart, where a long statement is shortened with the catalogue’s mark of a cut', async () => {
    const long = 'Get down to the allotment on my own and do a couple of hours of weeding like I used to every Saturday';
    data.add(long);
    const plan = GoalPlanSchema.parse({
      goals: [{ id: 'a', statement: long, baseline: -1, levels: { expected: expected }, dueDate: REVIEWED, reviews: [{ date: REVIEWED, level: 1 }], lifecycleStatus: 'active' }],
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO_LOCALE}><ot-gas-chart .plan=${plan}></ot-gas-chart></div>`);
    const chart = wrapper.querySelector('ot-gas-chart')!;
    await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const shown = chart.shadowRoot!.querySelector('svg.scale .statement')!;
    expect(shown.textContent).to.contain('…⟧');
    expect(unmarked(chart)).to.deep.equal([]);
  });
});
