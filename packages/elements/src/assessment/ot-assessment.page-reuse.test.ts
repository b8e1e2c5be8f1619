import { expect, fixture, html } from '@open-wc/testing';
import { render as renderLit } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryDraftStorage, type InstrumentDefinitionInput } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import type { QuestionElement } from '../questions/question-element.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { questionItem } from '../test-support/question-items.js';
import { renderQuestion, type QuestionState } from './render-question.js';

/**
 * Issue 15: on a page change, a question in the same place as one of the page before reuses its element (its
 * shadow root and styles) rather than a new one being made. What it shows and what it answers are the new item's
 * only; a photo question and a repeating group are never reused for another item; within a page, a question
 * revealed by a condition takes no other question's element.
 */

const options = (prefix: string) => [
  { code: `${prefix}-a`, label: `${prefix} first`, score: 0 },
  { code: `${prefix}-b`, label: `${prefix} second`, score: 1 },
];

/** Fictional: each page starts with a choice, then a typed number, then a photo and a repeating group in the same places. */
const pages = {
  id: 'page-reuse',
  version: '1',
  title: 'Page reuse',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: ['one', 'two'].map((page) => ({
    id: page,
    title: `Page ${page}`,
    items: [
      { id: `${page}Choice`, type: 'single-choice' as const, label: `Choice on page ${page}`, hint: `Hint for page ${page}`, required: true, options: options(page) },
      { id: `${page}Follow`, type: 'text' as const, label: `Follow-up on page ${page}`, required: false, enableWhen: [{ item: `${page}Choice`, operator: 'equals' as const, value: `${page}-b` }] },
      { id: `${page}Number`, type: 'integer' as const, label: `Number on page ${page}`, required: false, min: 0, max: 99 },
      { id: `${page}Photo`, type: 'photo' as const, label: `Photo on page ${page}`, maxPhotos: 1, required: false },
      {
        id: `${page}Visits`,
        type: 'group' as const,
        label: `Visits on page ${page}`,
        entryLabel: 'Visit',
        required: false,
        items: [{ id: `${page}Who`, type: 'text' as const, label: 'Who visits' }],
      },
      { id: `${page}Date`, type: 'date' as const, label: `Date on page ${page}`, required: false },
    ],
  })),
  scoring: { method: 'sum', items: ['oneChoice', 'twoChoice'] },
} satisfies InstrumentDefinitionInput;

async function render(): Promise<{ element: OtAssessment; driver: AssessmentDriver }> {
  const element = await fixture<OtAssessment>(html`<ot-assessment .storage=${new MemoryDraftStorage()} .definition=${pages}></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver };
}

/** Whether two elements are one: chai's message for two unequal elements would print each of them whole. */
const same = (a: Element, b: Element) => a === b;
const radios = (question: HTMLElement) => [...question.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const field = (question: HTMLElement) => question.shadowRoot!.querySelector<HTMLInputElement>('input')!;

describe('<ot-assessment> page changes reuse question elements', () => {
  it('gives the question in the same place on the next page the element, showing and answering only the new item', async () => {
    const { element, driver } = await render();
    const choice = driver.question('oneChoice');
    const number = driver.question('oneNumber');
    await driver.choose('oneChoice', 'one-b');
    await driver.type('oneNumber', '12');
    await driver.clickButton();

    expect(same(driver.question('twoChoice'), choice), 'twoChoice keeps the element choice had').to.equal(true);
    expect(same(driver.question('twoNumber'), number), 'twoNumber keeps the element number had').to.equal(true);
    expect(choice.shadowRoot!.querySelector('legend')!.textContent).to.equal('Choice on page two');
    expect(choice.shadowRoot!.querySelector('[part=hint]')!.textContent).to.equal('Hint for page two');
    expect(radios(choice).map((radio) => radio.value)).to.deep.equal(['two-a', 'two-b']);
    // The first page's choice was the second option: nothing of it is checked on the second page.
    expect(radios(choice).some((radio) => radio.checked)).to.equal(false);
    expect(field(number).value).to.equal('');

    const answered: unknown[] = [];
    choice.addEventListener('ot-answer', (event) => answered.push((event as CustomEvent).detail.itemId));
    await driver.choose('twoChoice', 'two-a');
    expect(answered).to.deep.equal(['twoChoice']);
    await driver.clickButton();
    await driver.clickButton();
    const record = element.value!;
    expect(record.answers).to.include({ oneChoice: 'one-b', oneNumber: 12, twoChoice: 'two-a' });
    expect(record.answers).not.to.have.property('twoNumber');
  });

  it('makes a new element for a photo question and a repeating group in the same place', async () => {
    const { driver } = await render();
    const photo = driver.question('onePhoto');
    const group = driver.question('oneVisits');
    await driver.choose('oneChoice', 'one-a');
    await driver.clickButton();
    expect(same(driver.question('twoPhoto'), photo), 'twoPhoto has a new element').to.equal(false);
    expect(same(driver.question('twoVisits'), group), 'twoVisits has a new element').to.equal(false);
    expect(photo.isConnected).to.equal(false);
  });

  it('keeps each question its element when a follow-up is revealed above others, and focus where it was', async () => {
    const { driver } = await render();
    const number = driver.question('oneNumber');
    const choice = driver.question('oneChoice');
    radios(choice)[1]!.focus();
    await driver.choose('oneChoice', 'one-b');
    expect(driver.question('oneFollow').localName).to.equal('ot-input-question');
    expect(same(driver.question('oneNumber'), number), 'oneNumber keeps the element number had').to.equal(true);
    expect(same(driver.question('oneChoice'), choice), 'oneChoice keeps the element choice had').to.equal(true);
    expect(deepActiveElement() === radios(choice)[1], 'focus on the radio chosen').to.equal(true);
  });

  it('shows the next question’s own value when the page changes while the typed field still has focus', async () => {
    const { driver } = await render();
    await driver.choose('oneChoice', 'one-a');
    const input = field(driver.question('oneNumber'));
    input.focus();
    input.value = '42';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // Submitted while the field still has focus (by code, or assistive technology): focus moves only once the page has changed.
    driver.root.querySelector('form')!.requestSubmit();
    await driver.settle();
    expect(driver.heading()!.textContent).to.equal('Page two');
    expect(field(driver.question('twoNumber')).value).to.equal('');
  });

  it('shows the errors of the new page only', async () => {
    const { driver } = await render();
    await driver.clickButton();
    expect(driver.errorLinks()).to.have.length(1);
    expect(driver.errorLinks()[0]).to.match(/choice on page one/i);
    const choice = driver.question('oneChoice');
    expect(choice.shadowRoot!.querySelector('[part=error]')).to.exist;
    await driver.choose('oneChoice', 'one-a');
    await driver.clickButton();
    expect(same(driver.question('twoChoice'), choice), 'twoChoice keeps the element choice had').to.equal(true);
    expect(choice.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect(choice.shadowRoot!.querySelector('.group')!.classList.contains('has-error')).to.equal(false);
    expect(choice.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('never undoes or redoes the previous page’s typing into the next page’s field', async () => {
    const { element, driver } = await render();
    await driver.choose('oneChoice', 'one-a');
    field(driver.question('oneNumber')).focus();
    await sendKeys({ type: '12' });
    await driver.settle();
    await driver.clickButton();
    const number = driver.question('twoNumber');
    const answered: unknown[] = [];
    number.addEventListener('ot-answer', (event) => answered.push((event as CustomEvent).detail));
    field(number).focus();
    // Undo, then redo.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await driver.settle();
    expect(field(number).value).to.equal('');
    expect(answered).to.deep.equal([]);
    await driver.choose('twoChoice', 'two-a');
    await driver.clickButton();
    await driver.clickButton();
    expect(element.value!.answers).to.include({ oneNumber: 12 });
    expect(element.value!.answers).not.to.have.property('twoNumber');
  });

  it('never carries a date half entered on one page into the next page’s date', async () => {
    const { driver } = await render();
    await driver.choose('oneChoice', 'one-a');
    const date = driver.question('oneDate').shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    date.focus();
    // The day and the month only, in the order the browser shows them: the field then holds them, with no value.
    const order = new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2026, 11, 20))
      .filter((part) => part.type === 'month' || part.type === 'day' || part.type === 'year')
      .map((part) => part.type);
    for (const part of order) await (part === 'year' ? press('ArrowRight') : sendKeys({ type: part === 'day' ? '12' : '03' }));
    expect(date.validity.badInput, 'page one’s date is half entered').to.equal(true);
    await driver.clickButton();
    const next = driver.question('twoDate').shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    expect(next.validity.badInput).to.equal(false);
    expect(next.value).to.equal('');
  });

  it('shows a reused field’s new question’s value even when given it while the old field is being typed into', async () => {
    const question = await fixture<QuestionElement>(html`<ot-input-question .item=${questionItem('carerVisits')}></ot-input-question>`);
    field(question).focus();
    await sendKeys({ type: '7' });
    await question.updateComplete;
    expect(question.value).to.equal('7');
    // Chromium blurs a focused field as it is removed, which alone would correct the field a moment later; Firefox
    // does not. Kept from the question here, so only the question's own handling of a new item is tested.
    question.shadowRoot!.addEventListener('blur', (event) => event.stopPropagation(), true);
    question.item = questionItem('weight');
    question.value = '';
    await question.updateComplete;
    expect(field(question).value).to.equal('');
  });

  it('gives a reused question the value the page gives it, even one equal to the value given before', async () => {
    // A question sets its own value as it is answered, unseen by the binding that last gave it one.
    const host = document.createElement('div');
    document.body.append(host);
    const state = (value: string): QuestionState => ({ value, textLang: '', error: '', notAssessed: false, disabled: false });
    renderLit(renderQuestion(questionItem('carerVisits'), state('')), host);
    const question = host.querySelector<QuestionElement>('ot-input-question')!;
    await question.updateComplete;
    question.value = '42';
    renderLit(renderQuestion(questionItem('weight'), state('')), host);
    await question.updateComplete;
    expect(host.querySelector('ot-input-question') === question, 'the same element').to.equal(true);
    expect(question.value).to.equal('');
    renderLit(renderQuestion(questionItem('kettle'), state('')), host);
    const choice = host.querySelector<QuestionElement>('ot-choice-question')!;
    await choice.updateComplete;
    choice.notAssessed = true;
    renderLit(renderQuestion(questionItem('livesAlone'), state('')), host);
    await choice.updateComplete;
    expect(host.querySelector('ot-choice-question') === choice, 'the same element').to.equal(true);
    expect(choice.notAssessed).to.equal(false);
    host.remove();
  });
});
