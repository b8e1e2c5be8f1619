import { expect, fixture, html } from '@open-wc/testing';
import { parseDefinition, type Item } from '@otforms/core';
import '../define.js';
import type { OtInputQuestion } from './ot-input-question.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';

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
});
