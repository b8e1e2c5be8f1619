import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, allItems, type AssessmentRecord } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import '@otforms/elements/define';
import type { OtAssessment } from '@otforms/elements';
import { AssessmentDriver } from '../../packages/elements/src/test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../../packages/elements/src/test-support/axe.js';

/**
 * Every catalogue instrument in <ot-assessment>: accessible as rendered,
 * showing its licence, and scoring each of its reference cases through the
 * element as `scoreInstrument` does in core (the second set of the cases).
 */
describe('every catalogue instrument in <ot-assessment>', () => {
  for (const entry of catalogue) {
    describe(entry.id, () => {
      it('renders with its licence and no axe violation', async () => {
        const element = await fixture<OtAssessment>(html`<ot-assessment .definition=${entry.definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
        await new AssessmentDriver(element).settle();
        expect(element.shadowRoot!.querySelector('[part=licence]')!.textContent).to.contain(entry.licence.attribution);
        await expectNoAxeViolations(element);
      });

      for (const reference of entry.referenceCases) {
        it(`reference case ${reference.id}: ${reference.description}`, async () => {
          const element = await fixture<OtAssessment>(html`<ot-assessment .definition=${entry.definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
          const driver = new AssessmentDriver(element);
          await driver.settle();
          const notAssessed = allItems(entry.definition)
            .filter((item) => item.type === 'single-choice' && item.allowNotAssessed && !(item.id in reference.answers))
            .map((item) => item.id);
          const outcome = oneEvent(element, 'ot-outcome');
          await driver.complete(reference.answers, notAssessed);
          const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;
          const expected = reference.expected;
          if (expected.total === null) expect(record.total).to.equal(null);
          else expect(record.total).to.be.closeTo(expected.total, 1e-9);
          expect(record.status).to.equal(expected.status);
          for (const [id, value] of Object.entries(expected.scores ?? {})) {
            if (value === null) expect(record.scores[id]).to.equal(null);
            else expect(record.scores[id]).to.be.closeTo(value, 0.005);
          }
          for (const [id, value] of Object.entries(expected.flags ?? {})) expect(record.flags[id]).to.equal(value);
          for (const [bandSetId, label] of Object.entries(expected.bands ?? {})) {
            expect(record.bands.find((band) => band.bandSetId === bandSetId)?.label).to.equal(label);
          }
          await expectNoAxeViolations(element);
        });
      }
    });
  }
});
