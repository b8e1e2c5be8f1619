import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import { createAssessmentMachine } from '@otforms/machines';
import { getInstrument } from '@otforms/instruments';
import { createActor } from 'xstate';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { HistoryFrame } from '../test-support/history-frame.js';
import { defaultDraftStorage } from '../storage/default-draft-storage.js';

const barthel = getInstrument('barthel-cw20')!;
const half = { bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help', feeding: 'independent' };

/** The page's assessment, once it and its questions have rendered. */
async function assessmentIn(page: HistoryFrame): Promise<OtAssessment> {
  const element = page.document.querySelector<OtAssessment>('ot-assessment')!;
  await new AssessmentDriver(element).settle();
  return element;
}

function checkedCodes(element: OtAssessment): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const question of element.shadowRoot!.querySelectorAll('ot-choice-question')) {
    const radio = question.shadowRoot!.querySelector<HTMLInputElement>('input:checked');
    if (radio) checked[question.id.replace('question-', '')] = radio.value;
  }
  return checked;
}

/**
 * What only the assessment does with drafts. Saving after each change, resuming in a new element,
 * removing the draft once complete, an unusable draft, a failing or asynchronous store and
 * back/forward restore are checked for every whole form by the shared suite (ot-assessment.behaviour.test.ts).
 */
describe('<ot-assessment> drafts', () => {
  afterEach(() => defaultDraftStorage().remove('reload-test'));

  it('keeps every answer in the default store (IndexedDB) when the page is reloaded half way through', async () => {
    await defaultDraftStorage().remove('reload-test');
    const page = await HistoryFrame.open('/tests/browser/pages/barthel.html');
    let element = await assessmentIn(page);
    const driver = new AssessmentDriver(element);
    await driver.answerPage(half);
    await driver.chooseNotAssessed('stairs');
    expect(checkedCodes(element)).to.deep.equal({ ...half, stairs: '__not-assessed__' });
    type Saved = { context: { responses: { answers: object; notAssessed: string[] } } } | null;
    // Each answer's write starts at once and commits with strict durability: wait for the last one.
    let saved: Saved = null;
    for (let tries = 0; tries < 50 && saved?.context.responses.notAssessed.length !== 1; tries += 1) {
      saved = (await defaultDraftStorage().read('reload-test')) as Saved;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect([saved?.context.responses.answers, saved?.context.responses.notAssessed]).to.deep.equal([half, ['stairs']]);

    await page.reload();
    element = await assessmentIn(page);
    expect(checkedCodes(element)).to.deep.equal({ ...half, stairs: '__not-assessed__' });
    page.remove();
  });

  it('resumes a draft from the storage it is given, at the page it was on', async () => {
    const storage = new MemoryDraftStorage();
    const actor = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
    actor.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent' });
    actor.send({ type: 'CONTINUE' });
    storage.write('draft-1', actor.getPersistedSnapshot());
    const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="draft-1" .storage=${storage} .definition=${barthel}></ot-assessment>`);
    await new AssessmentDriver(element).settle();
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
    expect(element.shadowRoot!.querySelectorAll('.error-summary a')).to.have.length(9);
    await expectNoAxeViolations(element);
  });

  it('applies the host’s current details to a resumed draft', async () => {
    const storage = new MemoryDraftStorage();
    const actor = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-22T09:00:00.000Z', bandSetId: 'shah-100' } }).start();
    const b1 = { bowels: 'continent', bladder: 'continent', grooming: 'independent', toiletUse: 'independent', feeding: 'independent', transfers: 'independent', mobility: 'independent', dressing: 'independent', stairs: 'independent', bathing: 'independent' };
    for (const [itemId, input] of Object.entries(b1)) actor.send({ type: 'ANSWER', itemId, input });
    storage.write('draft-5', actor.getPersistedSnapshot());
    const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="draft-5" band-set="nictiz-20" subject-reference="Person/5" .storage=${storage} .definition=${barthel}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.complete({});
    const record = ((await outcome) as CustomEvent<{ band: { bandSetId: string }; subject: object; startedAt: string }>).detail;
    expect(record.band.bandSetId).to.equal('nictiz-20');
    expect(record.subject).to.deep.equal({ reference: 'Person/5' });
    expect(record.startedAt).to.equal('2026-11-22T09:00:00.000Z');
  });
});
