import { expect, fixture, html } from '@open-wc/testing';
import type { QuestionItem } from '@otforms/core';
import '../define.js';
import type { QuestionElement } from './question-element.js';
import { questionItem } from '../test-support/question-items.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A question alone in a Welsh page; `textLang` says its definition text is English, as an instrument with no Welsh version is. */
async function welsh(tag: string, item: QuestionItem, props: { value?: string; error?: string; textLang?: string } = {}): Promise<QuestionElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
  const element = document.createElement(tag) as QuestionElement;
  Object.assign(element, { item, ...props });
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

describe('the question elements in Welsh', () => {
  it('say their own words in Welsh and mark the definition’s English text, never their host', async () => {
    const kettle = await welsh('ot-choice-question', questionItem('kettle'), { textLang: 'en-GB', error: 'Using the kettle: dewiswch ateb' });
    const root = kettle.shadowRoot!;
    expect(kettle.hasAttribute('lang')).to.equal(false);
    expect(root.querySelector('legend')!.getAttribute('lang')).to.equal('en-GB');
    expect(root.querySelector('.hint')!.getAttribute('lang')).to.equal('en-GB');
    expect(text(root.querySelector('.divider'))).to.equal('neu');
    const labels = [...root.querySelectorAll('label')];
    expect(labels.map(text)).to.deep.equal(['Unable', 'With help', 'Alone', 'Heb ei asesu']);
    expect(labels.map((label) => label.getAttribute('lang'))).to.deep.equal(['en-GB', 'en-GB', 'en-GB', null]);
    expect(text(root.querySelector('.error-message'))).to.equal('Gwall: Using the kettle: dewiswch ateb');
    await expectNoAxeViolations(kettle);

    const livesAlone = await welsh('ot-choice-question', questionItem('livesAlone'), { textLang: 'en-GB' });
    const answers = [...livesAlone.shadowRoot!.querySelectorAll('label')];
    expect(answers.map(text)).to.deep.equal(['Ydy', 'Nac ydy']);
    expect(answers.map((label) => label.getAttribute('lang'))).to.deep.equal([null, null]);
  });

  it('gives the browser its validity message in Welsh', async () => {
    const visits = await welsh('ot-input-question', questionItem('carerVisits'), { value: 'fourteen' });
    expect(visits.validationMessage).to.equal('Carer visits a week: rhowch rif cyfan');
    const required = await welsh('ot-checkboxes-question', questionItem('aids'));
    expect(required.validationMessage).to.equal('Walking aids used: dewiswch o leiaf un ateb');
    expect(required.validity.valueMissing).to.equal(true);
    const step = await welsh('ot-input-question', questionItem('stepHeight'), { value: '450' });
    expect(step.validationMessage).to.equal('Height of the front step: rhowch 400 mm neu lai');
    // The unit is heard as a Welsh word.
    expect(text(step.shadowRoot!.querySelector('label .visually-hidden'))).to.equal('(milimetrau)');
  });

  it('offer photos in Welsh', async () => {
    const photos = await welsh('ot-photo-question', { id: 'porch', type: 'photo', label: 'Porch', required: false, maxPhotos: 2 } as QuestionItem);
    expect([...photos.shadowRoot!.querySelectorAll('[data-open]')].map(text)).to.deep.equal(['Tynnu llun', 'Dewis llun']);
    await expectNoAxeViolations(photos);
  });
});
