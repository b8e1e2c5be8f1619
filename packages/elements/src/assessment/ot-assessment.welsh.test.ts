import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type Answers } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { press } from '../test-support/keyboard.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';
import { translatedDefinition } from '../../../core/src/test-support/translated-definition.js';
import type { LocaleMessages } from '../i18n/catalogue.js';
import { cy } from '../i18n/cy.js';

let drafts = 0;

/** An assessment inside a Welsh page (or another language), as a council's page would hold it; each with its own draft, so two are not one form open twice. */
async function render(definition: unknown, lang = 'cy', messages?: LocaleMessages) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ot-assessment
      storage-key=${`otforms:test:welsh:${(drafts += 1)}`}
      .definition=${definition}
      .storage=${new MemoryDraftStorage()}
      .messages=${messages}
    ></ot-assessment>
  </div>`);
  const element = wrapper.querySelector<OtAssessment>('ot-assessment')!;
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver };
}

const text = (element: Node | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (driver: AssessmentDriver) => driver.root.querySelector<HTMLButtonElement>('[part="button"]')!;

/** Presses Enter on the page's main button, as a keyboard user submits it. */
async function submitByKeyboard(driver: AssessmentDriver): Promise<void> {
  button(driver).focus();
  await press('Enter');
  await driver.settle();
}

describe('<ot-assessment> in Welsh', () => {
  it('speaks Welsh around an instrument that has no Welsh version, says so, and marks its text as English', async () => {
    const { element, driver } = await render(sampleDefinition);
    expect(text(button(driver))).to.equal('Parhau');
    expect(text(driver.root.querySelector('[data-language-notice]'))).to.equal(
      'Nid oes fersiwn Gymraeg o’r asesiad hwn y gellir ei defnyddio, felly mae ei gwestiynau yn Saesneg.',
    );
    expect(driver.root.querySelector('[data-language-notice]')!.hasAttribute('lang')).to.equal(false);
    expect(driver.heading()!.getAttribute('lang')).to.equal('en-GB');
    const walk = driver.question('walk');
    // The question's own words stay Welsh: the language is on its definition text, never on its host.
    expect(walk.hasAttribute('lang')).to.equal(false);
    expect(walk.shadowRoot!.querySelector('legend')!.getAttribute('lang')).to.equal('en-GB');
    expect([...walk.shadowRoot!.querySelectorAll('label')].map((label) => label.getAttribute('lang'))).to.deep.equal(['en-GB', 'en-GB', 'en-GB']);
    expect(driver.root.querySelector('[part=licence] p')!.getAttribute('lang')).to.equal('en-GB');
    await expectNoAxeViolations(element);
  });

  it('shows the error summary and each error in Welsh after a keyboard submit with no answers', async () => {
    const { element, driver } = await render(sampleDefinition);
    await submitByKeyboard(driver);
    expect(text(driver.root.querySelector('.error-summary-title'))).to.equal('Mae problem');
    expect(driver.errorLinks()).to.deep.equal(['Walking: dewiswch ateb', 'Stairs: dewiswch ateb']);
    const error = driver.question('walk').shadowRoot!.querySelector('.error-message')!;
    expect(text(error)).to.equal('Gwall: Walking: dewiswch ateb');
    await expectNoAxeViolations(element);
  });

  it('says number problems in Welsh, and the whole journey to “Gwirio’ch atebion” and its warning', async () => {
    const { element, driver } = await render(sampleDefinition);
    await driver.answerPage({ walk: 'alone', stairs: 'alone' } as Answers);
    await driver.clickButton();
    expect(text(driver.root.querySelector('.caption'))).to.equal('Adran 2 o 2');
    expect(text(driver.root.querySelector('.back-link'))).to.equal('Yn ôl');
    await driver.type('visits', '30');
    await driver.type('time', '1.25');
    await driver.answerPage({ seenOn: '2026-03-04' } as Answers);
    await driver.clickButton();
    expect(driver.errorLinks()).to.deep.equal(['Visits a week: rhowch 28 neu lai', 'Time taken: rhowch rif â 1 lle degol neu lai']);
    await driver.type('visits', '3');
    await driver.type('time', '1.5');
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    expect(text(driver.heading())).to.equal('Gwirio’ch atebion');
    const rows = [...driver.root.querySelectorAll('.review .summary-row')];
    // The date as the Welsh catalogue writes it (through Intl for cy).
    expect(text(rows.find((row) => text(row.querySelector('dt')) === 'Date seen')?.querySelector('dd'))).to.equal(cy.format.date('2026-03-04'));
    expect(text(rows[0]!.querySelector('button'))).to.equal('Newid Walking');
    expect(text(button(driver))).to.equal('Cwblhau’r asesiad');
    await expectNoAxeViolations(element);
  });

  it('shows a definition’s Welsh translation in Welsh, marked as Welsh, with no notice', async () => {
    const { element, driver } = await render(translatedDefinition);
    expect(driver.root.querySelector('[data-language-notice]')).to.equal(null);
    expect(text(driver.heading())).to.equal('Symud');
    expect(driver.heading()!.getAttribute('lang')).to.equal('cy');
    const walk = driver.question('walk').shadowRoot!;
    expect(text(walk.querySelector('legend'))).to.equal('Cerdded');
    expect(walk.querySelector('legend')!.getAttribute('lang')).to.equal('cy');
    expect([...walk.querySelectorAll('label')].map(text)).to.deep.equal(['Methu', 'Gyda help', 'Ar ei ben ei hun']);
    expect(text(driver.root.querySelector('[part=licence]'))).to.contain('Welsh for the otforms tests');
    await submitByKeyboard(driver);
    expect(driver.errorLinks()).to.deep.equal(['Cerdded: dewiswch ateb', 'Grisiau: dewiswch ateb']);
    await expectNoAxeViolations(element);
  });

  it('marks what a partial translation leaves out with the definition’s own language', async () => {
    const { stairs: _left, ...items } = translatedDefinition.translations.cy.items;
    const partial = { ...translatedDefinition, translations: { cy: { ...translatedDefinition.translations.cy, items } } };
    const { driver } = await render(partial);
    expect(driver.root.querySelector('[data-language-notice]')).to.equal(null);
    expect(driver.question('walk').shadowRoot!.querySelector('legend')!.getAttribute('lang')).to.equal('cy');
    const stairs = driver.question('stairs').shadowRoot!.querySelector('legend')!;
    expect([text(stairs), stairs.getAttribute('lang')]).to.deep.equal(['Stairs', 'en-GB']);
  });

  it('names a repeating group’s entry in its errors, in Welsh, with the translated labels', async () => {
    const { element, driver } = await render(translatedDefinition);
    await driver.answerPage({ walk: 'alone', stairs: 'unable' } as Answers);
    await driver.clickButton();
    expect(text(driver.heading())).to.equal('Diwrnodau allan');
    const add = driver.root.querySelector<HTMLButtonElement>('[data-add="outings"]')!;
    expect(text(add)).to.equal('Ychwanegu: Taith');
    add.click();
    await driver.settle();
    expect(text(driver.root.querySelector('.entry legend'))).to.equal('Taith 1');
    await driver.clickButton();
    expect(driver.errorLinks()).to.deep.equal(['Taith 1: I ble: rhowch ateb', 'Taith 1: Pa mor hawdd oedd hi?: dewiswch ateb']);
    expect(text(driver.root.querySelector('.entry button.secondary'))).to.equal('Dileu Taith 1');
    await expectNoAxeViolations(element);
  });

  it('keeps the record the same in either language', async () => {
    const answers = { walk: 'alone', stairs: 'unable' } as Answers;
    const records = [];
    for (const lang of ['en-GB', 'cy']) {
      const { element, driver } = await render(translatedDefinition, lang);
      await driver.complete(answers).catch((error) => {
        throw new Error(`${lang}: ${error} on ${text(driver.root)}`);
      });
      if (!element.value) throw new Error(`No record in ${lang}: ${text(driver.root)}`);
      const { recordId: _id, startedAt: _started, completedAt: _completed, answerAudit: _audit, ...record } = element.value!;
      records.push(record);
    }
    expect(records[1]).to.deep.equal(records[0]);
  });

  it('counts in Welsh plural forms, with the mutation each numeral takes', () => {
    expect(cy.assessment.incompleteWarning(1)).to.contain('Nid oes ateb i 1 cwestiwn ');
    expect(cy.assessment.incompleteWarning(2)).to.contain('Nid oes ateb i 2 gwestiwn ');
    expect(cy.assessment.incompleteWarning(3)).to.contain('Nid oes ateb i 3 chwestiwn ');
    expect(cy.assessment.incompleteWarning(6)).to.contain('Nid oes ateb i 6 chwestiwn ');
    expect(cy.assessment.incompleteWarning(4)).to.contain('Nid oes ateb i 4 cwestiwn ');
    expect(cy.questions.tooManyChosen(2)).to.equal('Dewiswch hyd at 2 lun. Nid yw’r lleill wedi’u hychwanegu');
  });

  it('takes the host’s words, and passes them to its questions', async () => {
    const messages: LocaleMessages = { cy: { assessment: { continue: 'Ymlaen' }, questions: { errorPrefix: 'Problem:' } } };
    const { driver } = await render(sampleDefinition, 'cy', messages);
    expect(text(button(driver))).to.equal('Ymlaen');
    await submitByKeyboard(driver);
    expect(text(driver.question('walk').shadowRoot!.querySelector('.error-message'))).to.equal('Problem: Walking: dewiswch ateb');
  });

  it('gives the no-total reason in Welsh on the review and the completed page, though the record keeps the source’s', async () => {
    const { element, driver } = await render(translatedDefinition);
    await driver.answerPage({ walk: 'unable', stairs: 'alone', rail: 'yes' } as Answers);
    await driver.clickButton();
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    const reason = () => driver.root.querySelector('.score dd span[lang]')!;
    expect(driver.scoreRows()['Cyfanswm']).to.equal('Dim cyfanswm: Nid oedd modd asesu cerdded');
    expect(reason().getAttribute('lang')).to.equal('cy');
    await driver.clickButton();
    expect(element.value!.noTotalReason).to.equal('Walking could not be assessed');
    expect(driver.scoreRows()['Cyfanswm']).to.equal('Dim cyfanswm: Nid oedd modd asesu cerdded');
    expect(reason().getAttribute('lang')).to.equal('cy');
  });

  it('marks a no-total reason the translation leaves out with the definition’s own language, on the completed page', async () => {
    const { noTotalReasons: _left, ...scoring } = translatedDefinition.translations.cy.scoring;
    const partial = { ...translatedDefinition, translations: { cy: { ...translatedDefinition.translations.cy, scoring } } };
    const { driver } = await render(partial);
    await driver.complete({ walk: 'unable', stairs: 'alone', rail: 'yes' } as Answers);
    expect(driver.scoreRows()['Cyfanswm']).to.equal('Dim cyfanswm: Walking could not be assessed');
    expect(driver.root.querySelector('.score dd span[lang]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('marks only the definition’s words in an answer with its language, not the catalogue’s words around them', async () => {
    const { translations: _welsh, ...english } = structuredClone(translatedDefinition);
    const days = english.sections[1]!;
    const outings = days.items[0] as { items: readonly unknown[] };
    const company = { id: 'company', type: 'yes-no', label: 'With company?', required: false };
    const aids = { id: 'aids', type: 'multiple-choice', label: 'Aids used', required: false, options: [{ code: 'stick', label: 'Stick' }, { code: 'frame', label: 'Frame' }] };
    const definition = { ...english, languages: ['en-GB'], sections: [english.sections[0], { ...days, items: [{ ...outings, items: [...outings.items, company] }, aids] }] };
    const { element, driver } = await render(definition);
    await driver.answerPage({ walk: 'alone', stairs: 'unable', steps: 3 } as Answers);
    await driver.clickButton();
    await driver.answerPage({ outings: [{ where: 'The park', ease: 'easy', company: 'yes' }] } as unknown as Answers);
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    const answer = (label: string) => [...driver.root.querySelectorAll('.review .summary-row')].find((row) => text(row.querySelector('dt')) === label)!.querySelector('dd')!;
    const marked = (dd: Element) => [...dd.querySelectorAll('[lang]')].map((span) => [text(span), span.getAttribute('lang')]);
    const walk = answer('Walking');
    expect([text(walk), walk.hasAttribute('lang'), marked(walk)]).to.deep.equal(['Alone', false, [['Alone', 'en-GB']]]);
    const entry = answer('Outings this week');
    expect([text(entry), entry.hasAttribute('lang')]).to.deep.equal(['Outing 1: The park (How easy was it?: Easy, With company?: Ydy)', false]);
    // The place typed and "Ydy" are not the definition's text: they carry no lang.
    expect(marked(entry)).to.deep.equal([
      ['Outing', 'en-GB'],
      ['How easy was it?', 'en-GB'],
      ['Easy', 'en-GB'],
      ['With company?', 'en-GB'],
    ]);
    // A whole number's unit is the definition's text, as on the question; the number is written the interface's way.
    const stepCount = answer('Steps to the door');
    expect([text(stepCount), stepCount.hasAttribute('lang'), marked(stepCount)]).to.deep.equal(['3 steps', false, [['steps', 'en-GB']]]);
    const none = answer('Aids used');
    expect([text(none), none.hasAttribute('lang'), marked(none)]).to.deep.equal(['Heb ei ateb', false, []]);
    await expectNoAxeViolations(element);
  });
});
