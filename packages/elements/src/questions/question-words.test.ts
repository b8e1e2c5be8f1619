import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { OtChoiceQuestion } from './ot-choice-question.js';
import type { QuestionElement } from './question-element.js';
import { questionItem } from '../test-support/question-items.js';
import { languageListenerCount } from '../i18n/language-changes.js';
import { enGB } from '../i18n/en-gb.js';
import { cy } from '../i18n/cy.js';

/**
 * A question given its words (`words`) by the form that renders it: it shows them, asks no one for its language,
 * watches no `lang`, and leaves validity to that form. Without them it is the question a vendor uses on its own.
 */

const labels = (element: QuestionElement) => [...element.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());

/** Counts `context-request` events sent by question elements (their tag ends in -question) while `run` runs. */
async function questionRequests(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const count1 = (event: Event) => {
    if ((event.composedPath()[0] as Element).localName?.endsWith('-question')) count += 1;
  };
  window.addEventListener('context-request', count1, true);
  try {
    await run();
  } finally {
    window.removeEventListener('context-request', count1, true);
  }
  return count;
}

describe('a question given its words', () => {
  it('shows the words given, not its page’s language, and follows the page again once they are taken away', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
    const element = document.createElement('ot-choice-question') as QuestionElement;
    element.item = questionItem('livesAlone');
    wrapper.append(element);
    await element.updateComplete;
    expect(labels(element), 'on its own, in a Welsh page').to.deep.equal([cy.questions.yes, cy.questions.no]);

    element.words = enGB;
    await element.updateComplete;
    expect(labels(element)).to.deep.equal([enGB.questions.yes, enGB.questions.no]);
    wrapper.setAttribute('lang', 'cy-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(labels(element), 'a lang changed around it does not matter while words are given').to.deep.equal([enGB.questions.yes, enGB.questions.no]);

    element.words = undefined;
    await element.updateComplete;
    expect(labels(element)).to.deep.equal([cy.questions.yes, cy.questions.no]);
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(labels(element), 'watching its page again').to.deep.equal([enGB.questions.yes, enGB.questions.no]);
  });

  it('asks no one for its language and registers no language listener (counts)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const before = languageListenerCount();
    const alone = document.createElement('ot-choice-question') as QuestionElement;
    alone.item = questionItem('livesAlone');
    expect(await questionRequests(async () => wrapper.append(alone)), 'a question on its own asks').to.equal(1);
    expect(languageListenerCount() - before, 'and listens').to.equal(1);

    const given = document.createElement('ot-choice-question') as QuestionElement;
    given.item = questionItem('livesAlone');
    given.words = enGB;
    expect(await questionRequests(async () => wrapper.append(given))).to.equal(0);
    expect(languageListenerCount() - before).to.equal(1);
    await given.updateComplete;
    expect(labels(given)).to.deep.equal([enGB.questions.yes, enGB.questions.no]);

    // Words given to a question already on the page: it stops listening; taken away, it listens again.
    alone.words = enGB;
    expect(languageListenerCount() - before).to.equal(0);
    expect(await questionRequests(async () => (alone.words = undefined))).to.equal(1);
    expect(languageListenerCount() - before).to.equal(1);
  });

  it('takes words given before its element was defined (a question loaded on demand)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
    const element = document.createElement('words-late-question') as QuestionElement;
    element.item = questionItem('livesAlone');
    element.words = enGB;
    wrapper.append(element);
    const requests = await questionRequests(async () => customElements.define('words-late-question', class extends OtChoiceQuestion {}));
    await element.updateComplete;
    expect(requests).to.equal(0);
    expect(element.words).to.equal(enGB);
    expect(labels(element)).to.deep.equal([enGB.questions.yes, enGB.questions.no]);
  });

  it('leaves validity and the submitted value to the form that gave the words', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ot-choice-question name="alone"></ot-choice-question></form>`);
    const element = form.querySelector('ot-choice-question') as QuestionElement;
    element.item = questionItem('livesAlone');
    await element.updateComplete;
    expect([element.validity.valueMissing, form.checkValidity()], 'on its own, a required question with no answer').to.deep.equal([true, false]);
    element.value = 'yes';
    await element.updateComplete;
    expect(new FormData(form).get('alone')).to.equal('yes');

    element.words = enGB;
    element.value = '';
    await element.updateComplete;
    expect([element.validity.valid, element.validationMessage, form.checkValidity(), new FormData(form).get('alone')]).to.deep.equal([true, '', true, null]);
    // The form shows its errors through `error`, as before.
    element.error = 'Select whether the person lives alone';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.error-message')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${enGB.questions.errorPrefix} Select whether the person lives alone`);
    expect(element.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
  });
});
