import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type AnswerAuditEntry } from '@otforms/core';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { definitions, SUBJECT, TODAY, VisitDriver, visitDraftAfter, visitInput } from './home-visit.test-support.js';

const KEY = 'home-visit:audit';

/** A store holding the first OT's visit, with both questions of the home check answered. */
function firstOtsDraft(): MemoryDraftStorage {
  const storage = new MemoryDraftStorage();
  const at = '2026-12-03T09:05:00.000Z';
  const draft = visitDraftAfter(
    [
      { to: 'assessment', event: { type: 'ANSWER', itemId: 'rail', input: 'no', at } },
      { to: 'assessment', event: { type: 'ANSWER', itemId: 'alarm', input: 'yes', at } },
    ],
    { ...visitInput, assessor: { reference: 'Practitioner/ot-1' } },
  );
  storage.write(KEY, draft);
  return storage;
}

/** The audit of the assessment under way, as the visit's draft holds it. */
function savedAudit(storage: MemoryDraftStorage): Record<string, AnswerAuditEntry> {
  return (storage.read(KEY) as { children: { assessment: { snapshot: { context: { audit: Record<string, AnswerAuditEntry> } } } } }).children.assessment.snapshot.context.audit;
}

/** The second OT opens the visit, as a host names them, and changes the answer about the rail. */
async function carryOn(storage: MemoryDraftStorage, auditHistory: boolean): Promise<OtHomeVisit> {
  const element = await fixture<OtHomeVisit>(html`<ot-home-visit
    .definitions=${definitions}
    .storage=${storage}
    .today=${TODAY}
    storage-key=${KEY}
    subject-reference=${SUBJECT}
    assessor-reference="Practitioner/ot-2"
    visited-on="2026-12-04"
    ?audit-history=${auditHistory}
  ></ot-home-visit>`);
  const driver = new VisitDriver(element);
  await driver.settle();
  expect(driver.heading()).to.equal('Home check');
  const nested = new AssessmentDriver(driver.assessment() as OtAssessment);
  await nested.settle();
  await nested.choose('rail', 'yes');
  return element;
}

describe('<ot-home-visit> audit of answers', () => {
  it('names the OT who resumed the visit for what they change, and keeps the first OT’s name for the rest', async () => {
    const storage = firstOtsDraft();
    await carryOn(storage, false);
    const audit = savedAudit(storage);
    expect(audit.alarm).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-1' });
    expect(audit.rail).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-2' });
    expect(audit.rail).to.not.have.property('changes');
  });

  it('with audit-history, the assessment keeps every change from then on, and the visit day stays as the visit started (another host attribute now)', async () => {
    const storage = firstOtsDraft();
    const element = await carryOn(storage, true);
    expect(element.auditHistory).to.equal(true);
    const changes = savedAudit(storage).rail!.changes!;
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ by: 'Practitioner/ot-2', value: 'yes' });
    const options = (storage.read(KEY) as { context: { options: object } }).context.options;
    expect(options).to.deep.include({ visitedOn: TODAY, assessor: { reference: 'Practitioner/ot-2' }, auditHistory: true });
  });
});
