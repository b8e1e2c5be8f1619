import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type AssessmentRecord } from '@otforms/core';
import { getInstrument } from '@otforms/instruments';
import { createAssessmentMachine } from '@otforms/machines';
import { createActor } from 'xstate';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';

const barthel = getInstrument('barthel-cw20')!;
const answers = {
  bowels: 'continent', bladder: 'continent', grooming: 'independent', toiletUse: 'independent', feeding: 'independent',
  transfers: 'independent', mobility: 'independent', dressing: 'independent', stairs: 'independent', bathing: 'independent',
};

/** An assessment of the Barthel in its own store, with or without `audit-history`. */
async function mount(storage: MemoryDraftStorage, auditHistory: boolean): Promise<{ element: OtAssessment; driver: AssessmentDriver }> {
  const element = await fixture<OtAssessment>(html`<ot-assessment
    storage-key="audit"
    assessor-reference="Practitioner/ot-2"
    ?audit-history=${auditHistory}
    .storage=${storage}
    .definition=${barthel}
  ></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver };
}

/** Completes the assessment through its pages and hands back its record. */
async function complete(element: OtAssessment, driver: AssessmentDriver): Promise<AssessmentRecord> {
  await driver.complete(answers);
  expect(element.value, 'the record').to.not.equal(null);
  return element.value!;
}

describe('<ot-assessment> audit-history', () => {
  it('reads the audit-history attribute as auditHistory', async () => {
    const { element } = await mount(new MemoryDraftStorage(), true);
    expect(element.auditHistory).to.equal(true);
    element.removeAttribute('audit-history');
    expect(element.auditHistory).to.equal(false);
  });

  it('with it, every answer’s audit in the record has its changes, by the assessor, with the value given', async () => {
    const { element, driver } = await mount(new MemoryDraftStorage(), true);
    const record = await complete(element, driver);
    const audit = record.answerAudit!;
    expect(Object.keys(audit).sort()).to.deep.equal(Object.keys(answers).sort());
    for (const [itemId, value] of Object.entries(answers)) {
      expect(audit[itemId]!.changes, itemId).to.have.length(1);
      expect(audit[itemId]!.changes![0]).to.include({ by: 'Practitioner/ot-2', value });
    }
  });

  it('without it, the audit says who gave and changed each answer, and has no changes', async () => {
    const { element, driver } = await mount(new MemoryDraftStorage(), false);
    const record = await complete(element, driver);
    const entries = Object.values(record.answerAudit!);
    expect(entries).to.have.length(Object.keys(answers).length);
    for (const entry of entries) {
      expect(entry).to.not.have.property('changes');
      expect(entry).to.include({ firstBy: 'Practitioner/ot-2', lastBy: 'Practitioner/ot-2' });
    }
  });

  it('a draft another OT started, resumed with it: the first OT’s answers keep their name, and what follows is kept in full', async () => {
    const storage = new MemoryDraftStorage();
    const actor = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-04T10:00:00.000Z', assessor: { reference: 'Practitioner/ot-1' } } }).start();
    actor.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent', at: '2026-11-04T10:02:00.000Z' });
    actor.send({ type: 'ANSWER', itemId: 'bladder', input: 'occasional-accident', at: '2026-11-04T10:03:00.000Z' });
    storage.write('audit', actor.getPersistedSnapshot());
    const { element, driver } = await mount(storage, true);
    const record = await complete(element, driver);
    const audit = record.answerAudit!;
    // The same answer again is no change: it stays the first OT's, with no history from before the host asked for it.
    expect(audit.bowels).to.deep.equal({ firstBy: 'Practitioner/ot-1', firstAt: '2026-11-04T10:02:00.000Z', lastBy: 'Practitioner/ot-1', lastAt: '2026-11-04T10:02:00.000Z' });
    expect(audit.bladder).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-2' });
    expect(audit.bladder!.changes).to.have.length(1);
    expect(audit.bladder!.changes![0]).to.include({ by: 'Practitioner/ot-2', value: 'continent' });
  });
});
