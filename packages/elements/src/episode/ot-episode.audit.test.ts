import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type AnswerAuditEntry } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import '../define.js';
import { barthel, episodeDraftAfter, input, openTask, referralSteps, type ScriptStep } from '../../../machines/src/episode/episode-script.test-support.js';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { EpisodeKeyboard } from '../test-support/episode-driver.js';
import type { OtEpisode } from './ot-episode.js';

const KEY = 'episode:audit';
const SUBJECT = 'Patient/audit-test';
const answer = (itemId: string, value: string): ScriptStep => ({ to: 'assessment', event: { type: 'ANSWER', itemId, input: value, at: '2026-11-04T10:02:00.000Z' } });

/** A store holding the first OT's episode, part way through the initial Barthel. */
function firstOtsDraft(): MemoryDraftStorage {
  const storage = new MemoryDraftStorage();
  const start = { ...input, subjectReference: SUBJECT, assessor: { reference: 'Practitioner/ot-1' } };
  storage.write(KEY, episodeDraftAfter([...referralSteps, openTask, answer('bowels', 'continent'), answer('bladder', 'continent')], [barthel], start));
  return storage;
}

/** The audit of the nested assessment under way, as the episode's draft holds it. */
function savedAudit(storage: MemoryDraftStorage): Record<string, AnswerAuditEntry> {
  return (storage.read(KEY) as { children: { assessment: { snapshot: { context: { audit: Record<string, AnswerAuditEntry> } } } } }).children.assessment.snapshot.context.audit;
}

/** The second OT opens the episode on their own device, as a host names them, and changes an answer in the Barthel. */
async function carryOn(storage: MemoryDraftStorage, auditHistory: boolean): Promise<OtEpisode> {
  const element = await fixture<OtEpisode>(html`<ot-episode
    .instruments=${[barthelDefinition]}
    .storage=${storage}
    storage-key=${KEY}
    subject-reference=${SUBJECT}
    assessor-reference="Practitioner/ot-2"
    ?audit-history=${auditHistory}
  ></ot-episode>`);
  const driver = new EpisodeKeyboard(element);
  await driver.settle();
  expect(driver.heading()).to.equal('Initial assessment');
  const nested = new AssessmentDriver(driver.assessment() as OtAssessment);
  await nested.settle();
  await nested.choose('bladder', 'occasional-accident');
  return element;
}

describe('<ot-episode> audit of answers', () => {
  it('names the OT who resumed the episode for what they change in a nested assessment, and keeps the first OT’s name for the rest', async () => {
    const storage = firstOtsDraft();
    await carryOn(storage, false);
    const audit = savedAudit(storage);
    expect(audit.bowels).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-1' });
    expect(audit.bladder).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-2' });
    expect(audit.bladder).to.not.have.property('changes');
  });

  it('with audit-history, the nested assessment keeps every change from then on', async () => {
    const storage = firstOtsDraft();
    const element = await carryOn(storage, true);
    expect(element.auditHistory).to.equal(true);
    const changes = savedAudit(storage).bladder!.changes!;
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ by: 'Practitioner/ot-2', value: 'occasional-accident' });
  });
});
