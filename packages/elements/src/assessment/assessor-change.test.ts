import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type AnswerAuditEntry } from '@otforms/core';
import { barthelDefinition, getInstrument } from '@otforms/instruments';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import type { OtEpisode } from '../episode/ot-episode.js';
import { EpisodeKeyboard } from '../test-support/episode-driver.js';
import { episodeDraftAfter, input, openTask, referralSteps, barthel as scriptBarthel } from '../../../machines/src/episode/episode-script.test-support.js';
import type { OtHomeVisit } from '../home-visit/ot-home-visit.js';
import { definitions, SUBJECT, TODAY, VisitDriver } from '../home-visit/home-visit.test-support.js';

/**
 * Review 13b M2: a host that changes the assessor on a running form (another
 * OT signs in on a shared tablet without a reload, or the signed-in user
 * arrives after the form started), or turns the full history on or off, has
 * the answers given from then on audited with it, without a restart.
 */
type Audited = { context: { audit: Record<string, AnswerAuditEntry>; options: { assessor?: { reference?: string } } } };

describe('a running form told of a new assessor', () => {
  it('<ot-assessment>: later answers are audited as the new OT, earlier ones keep the first; a late identity names the OT too', async () => {
    const storage = new MemoryDraftStorage();
    const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="assessor-change" assessor-reference="Practitioner/ot-1" .storage=${storage} .definition=${getInstrument('barthel-cw20')!}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    await driver.choose('bowels', 'continent');
    element.setAttribute('assessor-reference', 'Practitioner/ot-2');
    await driver.settle();
    await driver.choose('bladder', 'continent');
    await driver.choose('bowels', 'occasional-accident');
    const audit = (storage.read('assessor-change') as { context: Audited['context'] }).context.audit;
    expect(audit.bowels).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-2' });
    expect(audit.bladder).to.include({ firstBy: 'Practitioner/ot-2', lastBy: 'Practitioner/ot-2' });

    // The full history, turned on while it runs, then off: on, a change is kept; off, the answer changed has none.
    element.auditHistory = true;
    await driver.settle();
    await driver.choose('bladder', 'occasional-accident');
    expect((storage.read('assessor-change') as { context: Audited['context'] }).context.audit.bladder!.changes).to.have.length(1);
    element.auditHistory = false;
    await driver.settle();
    await driver.choose('bladder', 'continent');
    expect((storage.read('assessor-change') as { context: Audited['context'] }).context.audit.bladder).to.not.have.property('changes');

    // Signed out, then the next OT's identity arrives late: nobody, then them.
    element.removeAttribute('assessor-reference');
    await driver.settle();
    await driver.choose('bowels', 'continent');
    expect((storage.read('assessor-change') as { context: Audited['context'] }).context.audit.bowels).to.not.have.property('lastBy');
    element.assessorReference = 'Practitioner/ot-3';
    await driver.settle();
    await driver.choose('bowels', 'incontinent');
    expect((storage.read('assessor-change') as { context: Audited['context'] }).context.audit.bowels).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-3' });
    expect((storage.read('assessor-change') as { context: Audited['context'] }).context.options.assessor).to.deep.equal({ reference: 'Practitioner/ot-3' });
  });

  it('<ot-episode>: the nested assessment under way audits later answers as the new OT', async () => {
    const storage = new MemoryDraftStorage();
    storage.write('episode:assessor-change', episodeDraftAfter([...referralSteps, openTask], [scriptBarthel], { ...input, subjectReference: 'Patient/assessor-change', assessor: { reference: 'Practitioner/ot-1' } }));
    const element = await fixture<OtEpisode>(html`<ot-episode .instruments=${[barthelDefinition]} .storage=${storage} storage-key="episode:assessor-change" subject-reference="Patient/assessor-change" assessor-reference="Practitioner/ot-1"></ot-episode>`);
    const driver = new EpisodeKeyboard(element);
    await driver.settle();
    expect(driver.heading()).to.equal('Initial assessment');
    const nested = () => new AssessmentDriver(driver.assessment() as OtAssessment);
    await nested().settle();
    await nested().choose('bowels', 'continent');
    element.assessorReference = 'Practitioner/ot-2';
    await driver.settle();
    await nested().choose('bladder', 'continent');
    const saved = storage.read('episode:assessor-change') as { context: { options: { assessor?: unknown } }; children: { assessment: { snapshot: Audited } } };
    expect(saved.children.assessment.snapshot.context.audit.bowels).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-1' });
    expect(saved.children.assessment.snapshot.context.audit.bladder).to.include({ firstBy: 'Practitioner/ot-2', lastBy: 'Practitioner/ot-2' });
    expect(saved.context.options.assessor).to.deep.equal({ reference: 'Practitioner/ot-2' });
  });

  it('<ot-home-visit>: the nested assessment under way audits later answers as the new OT', async () => {
    const storage = new MemoryDraftStorage();
    const element = await fixture<OtHomeVisit>(html`<ot-home-visit
      .definitions=${definitions}
      .storage=${storage}
      .today=${TODAY}
      storage-key="home-visit:assessor-change"
      subject-reference=${SUBJECT}
      assessor-reference="Practitioner/ot-1"
      visited-on=${TODAY}
    ></ot-home-visit>`);
    const driver = new VisitDriver(element);
    await driver.settle();
    expect(driver.heading()).to.equal('Home check');
    const nested = () => new AssessmentDriver(driver.assessment() as OtAssessment);
    await nested().settle();
    await nested().choose('rail', 'no');
    element.setAttribute('assessor-reference', 'Practitioner/ot-2');
    await driver.settle();
    await nested().choose('alarm', 'yes');
    const saved = storage.read('home-visit:assessor-change') as { context: { options: { assessor?: unknown } }; children: { assessment: { snapshot: Audited } } };
    expect(saved.children.assessment.snapshot.context.audit.rail).to.include({ firstBy: 'Practitioner/ot-1', lastBy: 'Practitioner/ot-1' });
    expect(saved.children.assessment.snapshot.context.audit.alarm).to.include({ firstBy: 'Practitioner/ot-2', lastBy: 'Practitioner/ot-2' });
    expect(saved.context.options.assessor).to.deep.equal({ reference: 'Practitioner/ot-2' });
  });
});
