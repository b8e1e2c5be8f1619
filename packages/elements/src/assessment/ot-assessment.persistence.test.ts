import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import { createAssessmentMachine } from '@otforms/machines';
import { getInstrument } from '@otforms/instruments';
import { createActor } from 'xstate';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

const barthel = getInstrument('barthel-cw20')!;
const half = { bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help', feeding: 'independent' };

async function loadFrame(frame: HTMLIFrameElement, load: () => void): Promise<Document> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load();
  await loaded;
  const doc = frame.contentDocument!;
  for (let waited = 0; doc.body.dataset.ready !== 'true'; waited += 1) {
    if (waited > 200) throw new Error('The page in the frame never became ready');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const element = doc.querySelector<OtAssessment>('ot-assessment')!;
  await new AssessmentDriver(element).settle();
  return doc;
}

function checkedCodes(element: OtAssessment): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const question of element.shadowRoot!.querySelectorAll('ot-choice-question')) {
    const radio = question.shadowRoot!.querySelector<HTMLInputElement>('input:checked');
    if (radio) checked[question.id.replace('question-', '')] = radio.value;
  }
  return checked;
}

describe('<ot-assessment> drafts', () => {
  afterEach(() => localStorage.removeItem('reload-test'));

  it('keeps every answer when the page is reloaded half way through', async () => {
    localStorage.removeItem('reload-test');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    let doc = await loadFrame(frame, () => (frame.src = '/tests/browser/pages/barthel.html'));
    let element = doc.querySelector<OtAssessment>('ot-assessment')!;
    const driver = new AssessmentDriver(element);
    await driver.answerPage(half);
    await driver.chooseNotAssessed('stairs');
    expect(checkedCodes(element)).to.deep.equal({ ...half, stairs: '__not-assessed__' });

    doc = await loadFrame(frame, () => frame.contentWindow!.location.reload());
    element = doc.querySelector<OtAssessment>('ot-assessment')!;
    expect(checkedCodes(element)).to.deep.equal({ ...half, stairs: '__not-assessed__' });
    frame.remove();
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

  it('saves after every change and removes the draft once the assessment is complete', async () => {
    const storage = new MemoryDraftStorage();
    const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="draft-2" .storage=${storage} .definition=${barthel}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    expect(storage.read('draft-2'), 'nothing is saved before the person does anything').to.equal(null);
    await driver.choose('bowels', 'continent');
    expect((storage.read('draft-2') as { context: { responses: { answers: object } } }).context.responses.answers).to.deep.equal({ bowels: 'continent' });
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.complete({ ...half, transfers: 'independent', mobility: 'independent', dressing: 'independent', stairs: 'independent', bathing: 'independent' });
    await outcome;
    expect(storage.read('draft-2')).to.equal(null);
  });

  it('starts afresh and reports it when a draft cannot be resumed, keeping the host informed', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('draft-3', { status: 'active', context: { instrument: { id: 'barthel-cw20', version: '0.0.1' } } });
    const element = document.createElement('ot-assessment');
    element.storageKey = 'draft-3';
    element.storage = storage;
    const reported = oneEvent(element, 'ot-error');
    element.definition = barthel;
    document.body.append(element);
    const { detail } = (await reported) as CustomEvent<{ kind: string; message: string }>;
    expect(detail.kind).to.equal('draft');
    await new AssessmentDriver(element).settle();
    expect(element.shadowRoot!.querySelector('[data-page-heading]')!.textContent).to.equal('Activities of daily living');
    element.remove();
  });

  it('reports a storage that fails, and the person can still carry on', async () => {
    const failing: DraftStorage = {
      read: () => null,
      write: () => {
        throw new Error('quota exceeded');
      },
      remove: () => undefined,
    };
    const element = await fixture<OtAssessment>(html`<ot-assessment .storage=${failing} .definition=${barthel}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    const reported = oneEvent(element, 'ot-error');
    await driver.choose('bowels', 'continent');
    expect(((await reported) as CustomEvent<{ kind: string }>).detail.kind).to.equal('storage');
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
  });

  it('waits for an asynchronous store before it starts', async () => {
    const memory = new MemoryDraftStorage();
    const actor = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
    actor.send({ type: 'ANSWER', itemId: 'feeding', input: 'unable' });
    memory.write('draft-4', actor.getPersistedSnapshot());
    const slow: DraftStorage = {
      read: (key) => new Promise((resolve) => setTimeout(() => resolve(memory.read(key)), 30)),
      write: async (key, value) => memory.write(key, value),
      remove: async (key) => memory.remove(key),
    };
    const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="draft-4" .storage=${slow} .definition=${barthel}></ot-assessment>`);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await new AssessmentDriver(element).settle();
    expect(checkedCodes(element)).to.deep.equal({ feeding: 'unable' });
  });
});
