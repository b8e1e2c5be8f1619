import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type InstrumentDefinitionInput } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import type { QuestionElement } from '../questions/question-element.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { deepActiveElement, press, tabTo } from '../test-support/keyboard.js';
import { languageListenerCount } from '../i18n/language-changes.js';
import { enGB } from '../i18n/en-gb.js';
import { cy } from '../i18n/cy.js';

/**
 * The questions `<ot-assessment>` renders are given its words (`words`), so each asks no one for its language,
 * watches no `lang` and leaves validity to the assessment. What a person sees and does must not change: the
 * assessment's language (Welsh too) and its changes, the error summary, its links and focus, and the keyboard.
 */

const definition = {
  id: 'managed-questions',
  version: '1',
  title: 'Managed questions',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'home',
      title: 'At home',
      items: [
        { id: 'livesAlone', type: 'yes-no', label: 'Does the person live alone?', hint: 'Most nights of the week' },
        {
          id: 'stairs',
          type: 'single-choice',
          label: 'Stairs',
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'alone', label: 'Alone', score: 2 },
          ],
        },
        { id: 'visits', type: 'integer', label: 'Visits a week', min: 0, max: 28 },
        {
          id: 'aids',
          type: 'multiple-choice',
          label: 'Aids in use',
          options: [
            { code: 'stick', label: 'Walking stick' },
            { code: 'rail', label: 'Stair rail' },
          ],
        },
      ],
    },
    {
      id: 'goals',
      title: 'What matters',
      items: [
        {
          id: 'activities',
          type: 'group',
          label: 'Activities',
          entryLabel: 'Activity',
          minEntries: 1,
          items: [{ id: 'activity', type: 'text', label: 'Activity' }],
        },
      ],
    },
  ],
} satisfies InstrumentDefinitionInput;

let drafts = 0;

async function render(lang = 'en-GB') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ot-assessment storage-key=${`otforms:test:managed:${(drafts += 1)}`} .definition=${definition} .storage=${new MemoryDraftStorage()}></ot-assessment>
  </div>`);
  const element = wrapper.querySelector<OtAssessment>('ot-assessment')!;
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { wrapper, element, driver };
}

const questions = (driver: AssessmentDriver) => [...driver.root.querySelectorAll<QuestionElement>('[id^="question-"]')].filter((element) => element.localName.endsWith('-question'));
const labels = (question: Element) => [...question.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Lets the MutationObservers report a `lang` change, then the assessment and its questions render. */
async function settleLanguage(driver: AssessmentDriver): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await driver.settle();
}

describe('<ot-assessment> gives its questions their words', () => {
  it('renders questions that send no context-request and register no language listener (counts)', async () => {
    let requests = 0;
    const fromQuestion = (event: Event) => {
      if ((event.composedPath()[0] as Element).localName?.endsWith('-question')) requests += 1;
    };
    window.addEventListener('context-request', fromQuestion, true);
    try {
      const before = languageListenerCount();
      const { driver } = await render();
      expect(questions(driver).map((question) => question.id)).to.deep.equal(['question-livesAlone', 'question-stairs', 'question-visits', 'question-aids']);
      expect(requests).to.equal(0);
      // The assessment's own listener, on the document: one, however many questions it shows.
      expect(languageListenerCount() - before).to.equal(1);

      await driver.answerPage({ livesAlone: 'yes', stairs: 'alone', visits: 3, aids: ['rail'] });
      await driver.clickButton();
      await driver.addEntries('activities', [{ activity: 'Gardening' }]);
      expect(questions(driver).map((question) => question.id)).to.deep.equal(['question-activities-0-activity']);
      expect([requests, languageListenerCount() - before], 'a repeating group’s questions too').to.deep.equal([0, 1]);

      // The count sees a question that does ask: one used on its own beside the form.
      const alone = document.createElement('ot-choice-question');
      driver.element.after(alone);
      expect([requests, languageListenerCount() - before]).to.deep.equal([1, 2]);
      alone.remove();
    } finally {
      window.removeEventListener('context-request', fromQuestion, true);
    }
  });

  it('shows the assessment’s language in its questions, Welsh too, and follows lang changed on it or above it', async () => {
    const { wrapper, element, driver } = await render('cy');
    const livesAlone = driver.question('livesAlone');
    expect(labels(livesAlone)).to.deep.equal([cy.questions.yes, cy.questions.no]);
    expect(labels(driver.question('stairs')).at(-1)).to.equal(cy.questions.notAssessed);
    expect(livesAlone.shadowRoot!.querySelector('div')!.hasAttribute('lang'), 'the words are the page’s language: nothing to mark').to.equal(false);

    element.setAttribute('lang', 'en-GB');
    await settleLanguage(driver);
    expect(labels(driver.question('livesAlone'))).to.deep.equal([enGB.questions.yes, enGB.questions.no]);
    expect(labels(driver.question('stairs')).at(-1)).to.equal(enGB.questions.notAssessed);

    element.removeAttribute('lang');
    await settleLanguage(driver);
    expect(labels(driver.question('livesAlone')), 'the page’s Welsh again').to.deep.equal([cy.questions.yes, cy.questions.no]);

    wrapper.setAttribute('lang', 'en-GB');
    await settleLanguage(driver);
    expect(labels(driver.question('livesAlone')), 'a lang changed above the assessment').to.deep.equal([enGB.questions.yes, enGB.questions.no]);
  });

  it('marks its questions’ words en-GB where the page’s language has no catalogue, as the assessment marks its own', async () => {
    const { element, driver } = await render('gd');
    expect(labels(driver.question('livesAlone'))).to.deep.equal([enGB.questions.yes, enGB.questions.no]);
    // The assessment's content carries en-GB, and its questions are inside it.
    const content = [...element.shadowRoot!.children].find((child) => child.localName === 'div')!;
    expect([content.getAttribute('lang'), content.contains(driver.question('livesAlone'))]).to.deep.equal(['en-GB', true]);
  });

  it('keeps the error summary, its links, focus and each question’s error as they were, the assessment validating', async () => {
    const { driver } = await render();
    await driver.clickButton();
    expect(driver.errorLinks()).to.have.length(4);
    const links = [...driver.errorSummary()!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#question-livesAlone', '#question-stairs', '#question-visits', '#question-aids']);
    for (const question of questions(driver)) {
      const error = question.shadowRoot!.querySelector('.error-message')!;
      expect(text(error)).to.contain(enGB.questions.errorPrefix);
      const described = question.shadowRoot!.querySelector('[aria-describedby]')!.getAttribute('aria-describedby')!.split(' ');
      expect(described, question.id).to.include(error.id);
      // The assessment is the form's control: its questions report no validity of their own.
      expect([question.validity.valid, question.validationMessage], question.id).to.deep.equal([true, '']);
    }
    links[2]!.click();
    await driver.settle();
    const focused = deepActiveElement() as HTMLInputElement;
    expect([focused.localName, (focused.getRootNode() as ShadowRoot).host.id]).to.deep.equal(['input', 'question-visits']);
  });

  it('answers from the keyboard, each question one Tab stop in page order', async () => {
    const { driver } = await render();
    const stops: string[] = [];
    const first = await tabTo((active) => (active.getRootNode() as ShadowRoot).host?.id === 'question-livesAlone');
    stops.push('livesAlone');
    await press('Space');
    await driver.settle();
    expect((first as HTMLInputElement).checked).to.equal(true);
    expect((driver.question('livesAlone') as QuestionElement).value).to.equal('yes');
    for (let count = 0; count < 3; count += 1) {
      await press('Tab');
      stops.push(((deepActiveElement()!.getRootNode() as ShadowRoot).host as HTMLElement).id.replace('question-', ''));
    }
    expect(stops).to.deep.equal(['livesAlone', 'stairs', 'visits', 'aids']);
  });
});
