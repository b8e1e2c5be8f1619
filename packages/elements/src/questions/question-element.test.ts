import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { parseDefinition, type Item } from '@otforms/core';
import '../define.js';
import type { OtInputQuestion } from './ot-input-question.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';
import { questionItem } from '../test-support/question-items.js';

const items = new Map<string, Item>(parseDefinition(sampleDefinition).sections.flatMap((s) => s.items.map((i) => [i.id, i])));

/**
 * What only some questions do. What every question control does in a native form (value, validity,
 * label, hint and error, reset, restore, disabled) is checked for each control by the shared suite
 * (test-support/question-control-suite.ts) in the `*.behaviour.test.ts` files beside this one.
 */
describe('question elements: what only some do', () => {
  it('a number question asks for a keypad, never changes what was typed, and reports an answer out of range', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ot-input-question name="visits" .item=${items.get('visits')}></ot-input-question>
      <ot-input-question name="time" .item=${items.get('time')}></ot-input-question>
    </form>`);
    const [visits, time] = form.querySelectorAll<OtInputQuestion>('ot-input-question');
    await visits!.updateComplete;
    await time!.updateComplete;
    const input = visits!.shadowRoot!.querySelector('input')!;
    expect(input.type, 'a text box, so nothing typed is silently changed (GOV.UK)').to.equal('text');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(time!.shadowRoot!.querySelector('input')!.getAttribute('inputmode')).to.equal('decimal');
    input.value = '30';
    input.dispatchEvent(new Event('input'));
    await visits!.updateComplete;
    expect(new FormData(form).get('visits')).to.equal('30');
    expect(visits!.validationMessage).to.equal('Visits a week must be 28 or less');
  });

  it('a measurement shows its unit after a narrow box for numbers, and the unit is heard as a word in the label', async () => {
    const question = await fixture<OtInputQuestion>(html`<ot-input-question .item=${questionItem('stepHeight')}></ot-input-question>`);
    const input = question.shadowRoot!.querySelector('input')!;
    expect([input.type, input.getAttribute('inputmode'), input.getAttribute('spellcheck'), input.classList.contains('number')]).to.deep.equal(['text', 'decimal', 'false', true]);
    const unit = question.shadowRoot!.querySelector('.unit')!;
    expect([unit.textContent, unit.previousElementSibling]).to.deep.equal(['mm', input]);
    expect(input.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Height of the front step (millimetres)');
    expect(input.getBoundingClientRect().width, 'sized for a number, not a sentence').to.be.below(200);
  });

  it('own words: a text area that keeps spaces and line breaks as typed, with autocorrect off and a note that says so', async () => {
    const question = await fixture<OtInputQuestion>(html`<ot-input-question .item=${questionItem('whatMatters')}></ot-input-question>`);
    const box = question.shadowRoot!.querySelector('textarea')!;
    expect([box.getAttribute('spellcheck'), box.getAttribute('autocorrect')]).to.deep.equal(['false', 'off']);
    const note = question.shadowRoot!.querySelector('.own-words')!;
    expect(note.textContent).to.equal('In the person’s own words: write what they say, as they say it.');
    const words = '  I want to  make my own tea.\n\n';
    const answered = oneEvent(question, 'ot-answer');
    box.value = words;
    box.dispatchEvent(new Event('input'));
    expect((await answered).detail.input).to.equal(words);
    await question.updateComplete;
    expect([question.value, box.value]).to.deep.equal([words, words]);
  });
});
