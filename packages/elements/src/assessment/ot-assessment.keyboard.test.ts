import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, validateOutcomeRecord, type AssessmentRecord } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { deepActiveElement, press, tabTo } from '../test-support/keyboard.js';
import { validateAgainstJsonSchema } from '../../../../tests/browser/support/validate-json-schema.js';

const barthel = catalogue.find((entry) => entry.id === 'barthel-cw20')!;
const mixed = barthel.referenceCases.find((reference) => reference.id === 'B2')!;

const isRadioOf = (itemId: string) => (element: Element) =>
  element instanceof HTMLInputElement && element.type === 'radio' && (element.getRootNode() as ShadowRoot).host.id === `question-${itemId}`;
const isButton = (text: string) => (element: Element) => element.localName === 'button' && element.textContent!.trim() === text;

/**
 * Completes the Barthel Index with the keyboard only: Tab into each radio
 * group, arrow keys to the option (Space for the first), Enter on buttons.
 */
describe('<ot-assessment> by keyboard alone', () => {
  it('completes the Barthel Index and dispatches a record valid by zod and by the committed JSON Schema', async () => {
    const element = await fixture<OtAssessment>(html`<ot-assessment
      .definition=${barthel.definition}
      .storage=${new MemoryDraftStorage()}
      subject-reference="Person/keyboard"
    ></ot-assessment>`);
    await element.updateComplete;

    // Trying to continue first shows the error summary and puts focus on it.
    await tabTo(isButton('Continue'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary'), 'focus on the error summary').to.equal(true);

    for (const item of barthel.definition.sections[0]!.items) {
      if (item.type !== 'single-choice') continue;
      const radio = await tabTo(isRadioOf(item.id));
      const wanted = item.options.findIndex((option) => option.code === mixed.answers[item.id]);
      expect((radio as HTMLInputElement).value).to.equal(item.options[0]!.code);
      if (wanted === 0) await press('Space');
      for (let step = 0; step < wanted; step += 1) await press('ArrowDown');
      expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
    }
    await tabTo(isButton('Continue'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Check your answers');

    const outcome = oneEvent(element, 'ot-outcome');
    await tabTo(isButton('Complete assessment'));
    await press('Enter');
    const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;

    expect(record.answers).to.deep.equal(mixed.answers);
    expect(record.total).to.equal(12);
    expect(record.subject).to.deep.equal({ reference: 'Person/keyboard' });
    expect(validateOutcomeRecord(record).success).to.equal(true);
    const jsonSchema = await validateAgainstJsonSchema('packages/core/schemas/outcome-record.v3.json', record);
    expect(jsonSchema.errors).to.deep.equal([]);
    expect(jsonSchema.valid).to.equal(true);
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Assessment complete');
  });
});
