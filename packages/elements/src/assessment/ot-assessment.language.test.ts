import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type InstrumentDefinitionInput, type AssessmentRecord } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/keyboard.js';

const homeVisit = {
  id: 'home-visit',
  version: '1',
  title: 'Home visit',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'living',
      title: 'Living at home',
      items: [
        { id: 'livesAlone', type: 'yes-no', label: 'Does the person live alone?' },
        { id: 'carer', type: 'text', label: 'Who lives with them?', enableWhen: [{ item: 'livesAlone', operator: 'equals', value: 'no' }] },
        {
          id: 'aids',
          type: 'multiple-choice',
          label: 'Aids in use',
          required: false,
          options: [
            { code: 'stick', label: 'Walking stick', score: 1 },
            { code: 'frame', label: 'Walking frame', score: 2 },
            { code: 'rail', label: 'Stair rail', score: 1 },
          ],
        },
        { id: 'walkTime', type: 'duration', label: 'Time to walk 3 metres' },
      ],
    },
    {
      id: 'goals',
      title: 'What matters',
      items: [
        {
          id: 'activities',
          type: 'group',
          label: 'Activities the person wants to do',
          entryLabel: 'Activity',
          minEntries: 1,
          maxEntries: 2,
          items: [
            { id: 'activity', type: 'text', label: 'Activity' },
            { id: 'rating', type: 'integer', label: 'How well they do it now (1 to 10)', min: 1, max: 10 },
          ],
        },
      ],
    },
  ],
  scoring: { method: 'sum', items: ['aids'], thresholds: [{ id: 'many-aids', label: 'Three or more aid points', score: 'total', operator: 'atLeast', value: 3 }] },
} satisfies InstrumentDefinitionInput;

async function render() {
  const element = await fixture<OtAssessment>(html`<ot-assessment .definition=${homeVisit} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver };
}

const shownQuestions = (driver: AssessmentDriver) =>
  [...driver.root.querySelectorAll('[id^="question-"]')].map((question) => question.id.replace('question-', ''));

describe('<ot-assessment> with conditions, multiple choice, durations and repeating groups', () => {
  it('reveals a conditional question the GOV.UK way, and validates it only while shown', async () => {
    const { element, driver } = await render();
    expect(shownQuestions(driver)).to.deep.equal(['livesAlone', 'aids', 'walkTime']);
    await driver.choose('livesAlone', 'no');
    expect(shownQuestions(driver)).to.deep.equal(['livesAlone', 'carer', 'aids', 'walkTime']);
    expect(driver.question('carer').parentElement!.classList.contains('conditional')).to.equal(true);
    await driver.type('walkTime', '14.2');
    await driver.clickButton();
    expect(driver.errorLinks()).to.deep.equal(['Enter who lives with them?']);
    await expectNoAxeViolations(element);
    await driver.choose('livesAlone', 'yes');
    expect(shownQuestions(driver)).to.deep.equal(['livesAlone', 'aids', 'walkTime']);
    expect(driver.errorLinks()).to.deep.equal([]);
  });

  it('keeps a hidden answer out of the record, and brings it back if the question is shown again', async () => {
    const { element, driver } = await render();
    await driver.choose('livesAlone', 'no');
    await driver.type('carer', 'Daughter');
    await driver.choose('livesAlone', 'yes');
    await driver.choose('livesAlone', 'no');
    expect(driver.question('carer').shadowRoot!.querySelector('input')!.value).to.equal('Daughter');
    await driver.choose('livesAlone', 'yes');
    await driver.type('walkTime', '9.5');
    await driver.clickButton();
    await addActivity(driver, 0, 'Gardening', '4');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.clickButton();
    await driver.clickButton();
    const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;
    expect(record.answers).to.deep.equal({ livesAlone: 'yes', walkTime: 9.5, activities: [{ activity: 'Gardening', rating: 4 }] });
  });

  it('answers multiple choice with checkboxes, scored as the sum of the chosen options', async () => {
    const { element, driver } = await render();
    await driver.choose('livesAlone', 'yes');
    const boxes = driver.question('aids').shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    boxes[0]!.click();
    boxes[1]!.click();
    await driver.settle();
    await driver.type('walkTime', '20');
    await driver.clickButton();
    await addActivity(driver, 0, 'Shopping', '3');
    await driver.clickButton();
    expect(driver.scoreRows()).to.deep.equal({ Total: '3 out of 4', 'Three or more aid points': 'Yes' });
    const review = [...driver.root.querySelectorAll('.review dd:not(.actions)')].map((dd) => dd.textContent!.trim());
    expect(review).to.include('Walking stick, Walking frame');
    expect(review).to.include('20 seconds');
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.clickButton();
    const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;
    expect(record.answers.aids).to.deep.equal(['stick', 'frame']);
    expect(record.flags).to.deep.equal({ 'many-aids': true });
  });

  it('adds, answers and removes entries of a repeating group, within its limits, moving focus sensibly', async () => {
    const { element, driver } = await render();
    await driver.choose('livesAlone', 'yes');
    await driver.type('walkTime', '10');
    await driver.clickButton();
    await driver.clickButton();
    expect(driver.errorLinks()).to.deep.equal(['Add at least one activity']);
    await addActivity(driver, 0, 'Cooking', 'eleven');
    await driver.clickButton();
    expect(driver.errorLinks()).to.deep.equal(['Activity 1: How well they do it now (1 to 10) must be a whole number']);
    driver.root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await driver.settle();
    await new Promise((resolve) => setTimeout(resolve));
    expect(deepActiveElement()?.getRootNode() === driver.question('activities-0-rating').shadowRoot, 'focus on the rating of activity 1').to.equal(true);
    await driver.type('activities-0-rating', '6');
    await addActivity(driver, 1, 'Walking the dog', '2');
    expect(driver.root.querySelector('[data-add]')).to.equal(null);
    expect(driver.root.querySelector('.repeating')!.textContent).to.contain('You can add up to 2 (activity).');
    await expectNoAxeViolations(element);
    const removeButtons = driver.root.querySelectorAll<HTMLButtonElement>('.entry button');
    expect(removeButtons[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove Activity 1');
    removeButtons[0]!.click();
    await driver.settle();
    expect(deepActiveElement()?.id).to.equal('question-activities');
    const remaining = driver.question('activities-0-activity').shadowRoot!.querySelector('input')!.value;
    expect(remaining).to.equal('Walking the dog');
  });
});

async function addActivity(driver: AssessmentDriver, index: number, name: string, rating: string) {
  driver.root.querySelector<HTMLButtonElement>('[data-add]')!.click();
  await driver.settle();
  await new Promise((resolve) => setTimeout(resolve));
  expect(deepActiveElement()?.getRootNode() === driver.question(`activities-${index}-activity`).shadowRoot, 'focus moves into the new entry').to.equal(true);
  await driver.type(`activities-${index}-activity`, name);
  await driver.type(`activities-${index}-rating`, rating);
}
