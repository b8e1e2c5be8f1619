import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, parseDefinition, type AssessmentRecord } from '@otforms/core';
import { createAssessmentMachine, readAssessmentDraft } from '@otforms/machines';
import { createActor } from 'xstate';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { longChainAnswers, longChainDefinition } from '../../../core/src/test-support/long-chain-definition.js';

/**
 * Issue 13: with about 1,400 questions each depending on the next, the element
 * was blank with no ot-error (visibility overflowed the stack). A chain of
 * 5,000 renders, shows the one question that depends on nothing and reveals
 * the next as it is answered. With every answer given, a chain of 2,500 shows
 * all its questions, "Check your answers" and the record: one page of 5,000
 * question elements takes Chromium about half a minute to build and lay out
 * on a 2-core machine (1,000 take 0.5 s and 2,000 1.6 s: the cost grows faster
 * than the count), which is the page's size, not the conditions.
 */
const length = 5000;
const shownLength = 2500;
const definition = parseDefinition(longChainDefinition(length));
const input = { startedAt: '2026-11-22T09:00:00.000Z' };

function questionsShown(element: OtAssessment): number {
  return element.shadowRoot!.querySelectorAll('[id^="question-"]').length;
}

describe('<ot-assessment> over a chain of 5,000 conditions', () => {
  it('shows the one question that depends on nothing, then the next once it is answered', async () => {
    const errors: unknown[] = [];
    const element = await fixture<OtAssessment>(html`<ot-assessment
      .definition=${definition}
      .storage=${new MemoryDraftStorage()}
      @ot-error=${(event: CustomEvent) => errors.push(event.detail)}
    ></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    expect(questionsShown(element)).to.equal(1);
    await driver.choose(`q${length - 1}`, 'yes');
    expect(questionsShown(element)).to.equal(2);
    expect(driver.question(`q${length - 2}`).shadowRoot!.textContent).to.contain(`Question ${length - 1}`);
    expect(errors).to.deep.equal([]);
  });

  it('renders all 2,500 questions of a chain once every answer is given, checks them and gives the record', async function () {
    // Building a page of 2,500 questions takes seconds on a busy 2-core machine.
    this.timeout(60_000);
    const chain = parseDefinition(longChainDefinition(shownLength));
    // The answers come as a resumed draft in an adopted actor: entering 2,500 of them one by one is not what is tested here.
    const blank = createActor(createAssessmentMachine(chain), { input }).getPersistedSnapshot() as unknown as { context: { responses: { answers: unknown } } };
    blank.context.responses.answers = longChainAnswers(shownLength, 'yes');
    const reading = readAssessmentDraft(JSON.parse(JSON.stringify(blank)), chain);
    if (!reading.resumable) throw new Error(reading.detail);
    const actor = createActor(createAssessmentMachine(chain), { snapshot: reading.snapshot as never, input }).start();

    const errors: unknown[] = [];
    const element = await fixture<OtAssessment>(html`<ot-assessment
      .definition=${chain}
      .actor=${actor}
      @ot-error=${(event: CustomEvent) => errors.push(event.detail)}
    ></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    expect(questionsShown(element)).to.equal(shownLength);

    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    expect(element.shadowRoot!.querySelectorAll('.review .summary-row').length).to.be.at.least(shownLength);

    const outcome = oneEvent(element, 'ot-outcome');
    await driver.clickButton();
    const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;
    expect(record.total).to.equal(shownLength);
    expect(Object.keys(record.answers)).to.have.length(shownLength);
    expect(errors).to.deep.equal([]);
    actor.stop();
  });
});
