import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import type { TemplateResult } from 'lit';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';

/**
 * From the definition to the first question: the element says it is loading while it claims the draft (the editor
 * lock) and reads it, and renders once more only when it has something else to show. Counted, not timed.
 */
describe('<ot-assessment> starting', () => {
  it('renders "Loading" once while it claims and reads the draft, then the questions with the draft restored', async () => {
    const storage = new MemoryDraftStorage();
    const key = 'otforms:test:start-up';
    // A draft from an earlier visit: it must be on the page before anyone can answer.
    const first = await fixture<OtAssessment>(html`<ot-assessment storage-key=${key} .definition=${sampleDefinition} .storage=${storage}></ot-assessment>`);
    const earlier = new AssessmentDriver(first);
    await earlier.settle();
    await earlier.choose('walk', 'alone');
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));

    const element = document.createElement('ot-assessment') as OtAssessment;
    const renders: string[] = [];
    const render = element.render;
    element.render = function (this: OtAssessment) {
      const result = render.call(this) as TemplateResult;
      const strings = result.strings.join('');
      renders.push(strings.includes('role="status"') ? 'loading' : strings.includes('class="assessment"') ? 'form' : 'other');
      return result;
    };
    Object.assign(element, { storageKey: key, definition: sampleDefinition, storage });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(element);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    expect(renders.slice(0, renders.indexOf('form') + 1)).to.deep.equal(['loading', 'form']);
    const walk = driver.question('walk').shadowRoot!.querySelector<HTMLInputElement>('input[value="alone"]')!;
    expect(walk.checked, 'the draft restored in the first render of the questions').to.equal(true);
  });
});
