import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { parseDefinition, type Item } from '@otforms/core';
import '../define.js';
import type { OtChoiceQuestion } from './ot-choice-question.js';
import type { OtInputQuestion } from './ot-input-question.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';

const items = new Map<string, Item>(parseDefinition(sampleDefinition).sections.flatMap((s) => s.items.map((i) => [i.id, i])));

/**
 * The questions on their own, as form-associated controls in a vendor's
 * native form: the checklist of lit's labs/forms README (value, validity,
 * reset, restore, disabled), with validity from core's rules.
 */
describe('question elements in a native form', () => {
  it('a choice question submits its code, validates as required and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ot-choice-question name="walk" .item=${items.get('walk')}></ot-choice-question>
    </form>`);
    const question = form.querySelector<OtChoiceQuestion>('ot-choice-question')!;
    await question.updateComplete;
    expect(question.validity.valueMissing).to.equal(true);
    expect(question.validationMessage).to.equal('Select an answer for walking');
    expect(form.checkValidity()).to.equal(false);

    const answered = oneEvent(question, 'ot-answer');
    question.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.click();
    expect((await answered).detail).to.deep.equal({ itemId: 'walk', input: 'alone', notAssessed: false });
    await question.updateComplete;
    expect(new FormData(form).get('walk')).to.equal('alone');
    expect(form.checkValidity()).to.equal(true);

    form.reset();
    await question.updateComplete;
    expect(new FormData(form).get('walk')).to.equal(null);
    expect(question.shadowRoot!.querySelector('input:checked')).to.equal(null);
    await expectNoAxeViolations(form);
  });

  it('"Not assessed" is a deliberate answer: valid, with no value', async () => {
    const question = await fixture<OtChoiceQuestion>(html`<ot-choice-question name="stairs" .item=${items.get('stairs')}></ot-choice-question>`);
    const radios = question.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(radios[radios.length - 1]!.labels![0]!.textContent).to.equal('Not assessed');
    const answered = oneEvent(question, 'ot-answer');
    radios[radios.length - 1]!.click();
    expect((await answered).detail).to.deep.equal({ itemId: 'stairs', input: '', notAssessed: true });
    await question.updateComplete;
    expect(question.checkValidity()).to.equal(true);
  });

  it('a number question keeps what was typed and explains why it is invalid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ot-input-question name="visits" .item=${items.get('visits')}></ot-input-question>
    </form>`);
    const question = form.querySelector<OtInputQuestion>('ot-input-question')!;
    await question.updateComplete;
    const input = question.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.labels![0]!.textContent).to.equal('Visits a week');
    input.value = 'thirty';
    input.dispatchEvent(new Event('input'));
    await question.updateComplete;
    expect(new FormData(form).get('visits')).to.equal('thirty');
    expect(question.validationMessage).to.equal('Visits a week must be a whole number');
    input.value = '30';
    input.dispatchEvent(new Event('input'));
    await question.updateComplete;
    expect(question.validationMessage).to.equal('Visits a week must be 28 or less');
  });

  it('shows the error it is given with a hidden "Error:" prefix, linked by aria-describedby', async () => {
    const question = await fixture<OtInputQuestion>(html`<ot-input-question .item=${items.get('time')} error="Enter the time"></ot-input-question>`);
    const input = question.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).to.equal('error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(question.shadowRoot!.querySelector('#error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter the time');
    expect(question.shadowRoot!.querySelector('label')!.textContent).to.equal('Time taken (seconds)');
    await expectNoAxeViolations(question);
  });

  it('restores its state and follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset>
      <ot-input-question name="notes" .item=${items.get('notes')}></ot-input-question>
    </fieldset></form>`);
    const question = form.querySelector<OtInputQuestion>('ot-input-question')!;
    question.formStateRestoreCallback('Restored text');
    await question.updateComplete;
    expect(question.shadowRoot!.querySelector('textarea')!.value).to.equal('Restored text');
    form.querySelector('fieldset')!.disabled = true;
    await question.updateComplete;
    expect(question.shadowRoot!.querySelector('textarea')!.disabled).to.equal(true);
  });
});
