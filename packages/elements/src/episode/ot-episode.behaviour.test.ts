import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cldEventOutcomes, cldRoutesOfAccessR1, cldServiceComponents, cldServiceTypes, parseDefinition, type Answers, type EpisodeRecord } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import { toCldRows, toFhirBundle } from '@otforms/interop';
import '../define.js';
import { afterReview, baselineAnswers, dischargeAnswers, episodeDraftAfter, field, openTask, referralSteps } from '../../../machines/src/episode/episode-script.test-support.js';
import type { OtEpisode } from './ot-episode.js';
import { EpisodeKeyboard, chooseIn, clickText, driverInput, inGoalField, inRating, normalise, shiftTabTo, typeIn } from '../test-support/episode-driver.js';
import { runFormElementSuite } from '../test-support/form-element-suite.js';
import { deepActiveElement, press, tabTo, typeDate } from '../test-support/keyboard.js';

/** Medplum's R4 validator in the test server (tests/validate-fhir-plugin.mjs): errors, and warnings other than explained urn:uuid references. */
const validateFhir = (bundle: unknown) =>
  executeServerCommand<{ errors: string[]; warnings: string[]; checked: number }, { bundle: unknown }>('validate-fhir', { bundle });

const barthel = parseDefinition(barthelDefinition);
const REQUEST_DATE = '2026-10-01';
const isRadioOf = (itemId: string) => (element: Element) =>
  element instanceof HTMLInputElement && element.type === 'radio' && (element.getRootNode() as ShadowRoot).host.id === `question-${itemId}`;

/** Answers the nested Barthel page with the keyboard: Tab into each group, Space on the first option or arrows to a later one; then continues and completes. */
async function completeBarthel(driver: EpisodeKeyboard, answers: Answers): Promise<void> {
  for (const section of barthel.sections) {
    for (const item of section.items) {
      if (item.type !== 'single-choice') continue;
      await tabTo(isRadioOf(item.id), 120);
      const wanted = item.options.findIndex((option) => option.code === answers[item.id]);
      if (wanted === 0) await press('Space');
      for (let step = 0; step < wanted; step += 1) await press('ArrowDown');
      expect((deepActiveElement() as HTMLInputElement).checked, item.id).to.equal(true);
    }
    await driver.activate('Continue');
  }
  expect(driver.focusedText()).to.equal('Check your answers');
  await driver.activate('Complete assessment');
}

/** From the empty task list to done, with the keyboard alone. */
async function completeByKeyboard(element: OtEpisode): Promise<void> {
  const driver = new EpisodeKeyboard(element);
  // Referral
  expect(driver.statuses()['Referral and start of reablement']).to.equal('Not yet started');
  await driver.openTask('Referral and start of reablement');
  expect(driver.focusedText(), 'a new page takes focus at its heading').to.equal('Referral and start of reablement');
  await driver.date('field-request-date', REQUEST_DATE);
  await driver.choose('field-request-routeOfAccess', cldRoutesOfAccessR1.indexOf('Discharge from Hospital'));
  await driver.type('field-request-referrer', 'Ward 7, City Hospital');
  await driver.type('field-request-reason', 'Home after a fall');
  await driver.date('field-request-hospitalDischargeDate', '2026-10-02');
  await driver.choose('field-request-dischargePathway', 1);
  await driver.date('field-startedOn', '2026-10-03');
  await driver.type('field-hoursAtStart', '10.5');
  // Shift+Tab back to the referrer and correct it.
  await shiftTabTo((el) => (el.getRootNode() as ShadowRoot).host?.id === 'field-request-referrer');
  await press('End'); // focus by keyboard selects the text: keep it
  await sendKeys({ type: ' (discharge team)' });
  await driver.settle();
  await driver.activate('Save and continue');
  expect(driver.errorSummary()).to.equal(null);
  expect(driver.statuses()['Referral and start of reablement']).to.equal('Completed');
  expect(driver.focusedText()).to.equal('Reablement episode');

  // Initial assessment: the nested <ot-assessment>
  await driver.openTask('Initial assessment');
  expect(driver.focusedText()).to.equal('Initial assessment');
  await completeBarthel(driver, baselineAnswers);
  expect(driver.statuses()['Initial assessment']).to.equal('Completed');

  // Agree goals: the nested <ot-goal-plan>
  await driver.openTask('Agree goals');
  await driver.activate('Add a goal');
  expect(inGoalField('statement')(deepActiveElement()!), 'adding a goal moves focus to its words').to.equal(true);
  await sendKeys({ type: 'I want to have a shower on my own again' });
  await tabTo(inGoalField('baseline'));
  await press('ArrowDown'); // −2
  await tabTo(inGoalField('levels.expected'));
  await sendKeys({ type: 'Showers alone with a seat' });
  await tabTo(inGoalField('dueDate'));
  await typeDate('2026-11-20');
  await driver.settle();
  await driver.activate('Agree the plan');
  expect(driver.statuses()['Agree goals']).to.equal('Completed');

  // Intervention: one equipment item and one minor adaptation
  await driver.openTask('Equipment, adaptations and advice');
  await driver.activate('Add equipment');
  expect((deepActiveElement()!.getRootNode() as ShadowRoot).host.id, 'a new row takes focus at its first field').to.equal('field-equipment-0-item');
  await sendKeys({ type: 'Shower seat' });
  await driver.date('field-equipment-0-issuedOn', '2026-10-07');
  await driver.activate('Add a minor adaptation');
  await sendKeys({ type: 'Grab rail by the shower' });
  await driver.type('field-minorAdaptations-0-cost', '£85');
  await driver.activate('Save and continue');
  expect(driver.errorSummary()).to.equal(null);
  expect(driver.statuses()['Equipment, adaptations and advice']).to.equal('Completed');

  // Review: the goals, then the final Barthel, then finish the review
  element.today = '2026-11-20';
  await driver.openTask('Review goals and final assessment');
  await driver.activate('Record a review');
  const rating = (await tabTo(inRating)) as HTMLInputElement;
  expect(rating.value).to.equal('-2');
  await press('ArrowDown');
  await press('ArrowDown'); // 0: as expected
  expect((deepActiveElement() as HTMLInputElement).value).to.equal('0');
  await driver.activate('Save review');
  await driver.activate('Continue to the final assessment');
  expect(driver.focusedText()).to.equal('Final assessment');
  await completeBarthel(driver, dischargeAnswers);
  expect(driver.focusedText()).to.equal('Review goals and final assessment');
  await driver.activate('Finish the review');
  expect(driver.statuses()['Review goals and final assessment']).to.equal('Completed');

  // Closure
  await driver.openTask('Close the episode');
  await driver.date('field-endedOn', '2026-11-21');
  await driver.choose('field-endOutcome', cldEventOutcomes.indexOf('NFA: Support ended as planned'));
  await driver.type('field-hoursAtEnd', '0');
  await driver.activate('Close the episode');
  expect(element.value?.kind, 'the record, once the episode is closed').to.equal('episode');
  expect(driver.root.querySelector('.panel h2')?.textContent).to.equal('Episode closed');
  expect(driver.focusedText(), 'focus moves to the confirmation').to.equal('Episode closed');

  // Follow-up, then finish
  await driver.openTask('Follow-up');
  await driver.activate('Add a follow-up');
  await press('Space'); // 84 days
  await driver.date('field-followUp-0-date', '2026-11-22');
  await driver.choose('field-followUp-0-status', 0);
  await driver.activate('Finish the episode');
  expect(driver.root.querySelector('.panel h2')?.textContent).to.equal('Episode complete');
  expect(driver.root.querySelector('ot-episode-summary')).to.not.equal(null);
}

/** What the keyboard's record holds, and that it converts to valid FHIR and to CLD rows. */
async function checkKeyboardRecord(record: EpisodeRecord): Promise<void> {
  expect(record.subject).to.deep.equal({ reference: driverInput.subjectReference });
  expect(record.episode.request.referrer).to.equal('Ward 7, City Hospital (discharge team)');
  expect(record.episode.plannedHoursPerWeek).to.deep.equal({ atStart: 10.5, atEnd: 0 });
  expect(record.episode.equipment).to.deep.equal([{ item: 'Shower seat', issuedOn: '2026-10-07' }]);
  expect(record.episode.minorAdaptations).to.deep.equal([{ description: 'Grab rail by the shower', cost: 85 }]);
  expect(record.episode.followUp).to.deep.equal([{ kind: '84-day', date: '2026-11-22', status: 'at-home' }]);
  expect(record.assessments.map((assessment) => [assessment.timepoint, assessment.record.answers])).to.deep.equal([
    ['baseline', baselineAnswers],
    ['discharge', dischargeAnswers],
  ]);
  expect(record.goalPlan?.goalPlan.goals).to.have.length(1);

  const bundle = toFhirBundle(record, { definitions: [barthel] });
  expect(bundle.entry?.length).to.be.greaterThan(0);
  const fhir = await validateFhir(bundle);
  expect(fhir.errors).to.deep.equal([]);
  expect(fhir.warnings).to.deep.equal([]);
  expect(fhir.checked).to.equal((bundle.entry?.length ?? 0) + 1);

  const rows = toCldRows(record, { laPersonId: 'LA-0001' });
  expect(rows.map((row) => row.Event_Type)).to.deep.equal(['Request', 'Assessment', 'Service', 'Service', 'Review']);
  for (const row of rows) {
    expect(cldEventOutcomes as readonly string[], row.Event_Reference).to.include(row.Event_Outcome);
    // CLD gives a service type and component to Service events only; the other events leave them blank.
    if (row.Event_Type === 'Service') {
      expect(cldServiceTypes as readonly string[], row.Event_Reference).to.include(row.Service_Type);
      expect(cldServiceComponents as readonly string[], row.Event_Reference).to.include(row.Service_Component);
    } else {
      expect([row.Service_Type, row.Service_Component], row.Event_Reference).to.deep.equal(['', '']);
    }
  }
}

runFormElementSuite<OtEpisode>({
  title: '<ot-episode>',
  tag: 'ot-episode',
  create: () => {
    const element = document.createElement('ot-episode');
    element.instruments = [barthelDefinition];
    element.today = '2026-10-06';
    element.subjectReference = driverInput.subjectReference!;
    element.assessorRole = 'Occupational therapist';
    return element;
  },
  // The closure page with every field filled in: completing from scratch is the keyboard test's job.
  nearlyComplete: () =>
    episodeDraftAfter([...afterReview, openTask, field('endedOn', '2026-12-10'), field('endOutcome', 'NFA: Support ended as planned'), field('hoursAtEnd', '0')], undefined, driverInput),
  makeProgress: async (element) => {
    const driver = new EpisodeKeyboard(element);
    await clickText(driver, 'Referral and start of reablement');
    await typeIn(driver, 'field-request-date', REQUEST_DATE);
  },
  showsProgress: (element) => element.shadowRoot!.querySelector('#field-request-date')?.shadowRoot?.querySelector('input')?.value === REQUEST_DATE,
  savedProgress: (draft) => (draft as { context?: { draft?: { request?: { date?: string } } } } | null)?.context?.draft?.request?.date === REQUEST_DATE,
  atStart: (element) => {
    const driver = new EpisodeKeyboard(element);
    return normalise(driver.root.querySelector('.episode h2')?.textContent) === 'Reablement episode' && driver.statuses()['Referral and start of reablement'] === 'Not yet started';
  },
  attempt: async (element) => {
    const driver = new EpisodeKeyboard(element);
    await clickText(driver, 'Referral and start of reablement');
    await clickText(driver, 'Save and continue');
  },
  // Closes the episode (its first record), then records the follow-up and finishes it (the record again, brought up to date).
  complete: async (element) => {
    const driver = new EpisodeKeyboard(element);
    await clickText(driver, 'Close the episode');
    await clickText(driver, 'Follow-up');
    await clickText(driver, 'Add a follow-up');
    await chooseIn(driver, 'field-followUp-0-kind', '84-day');
    await typeIn(driver, 'field-followUp-0-date', '2027-01-26');
    await chooseIn(driver, 'field-followUp-0-status', 'at-home');
    await clickText(driver, 'Finish the episode');
  },
  outcomesOnCompletion: 2,
  checkRecord: (record) => {
    const { episode } = record as EpisodeRecord;
    expect([episode.endOutcome, episode.followUp]).to.deep.equal(['NFA: Support ended as planned', [{ kind: '84-day', date: '2027-01-26', status: 'at-home' }]]);
  },
  completeByKeyboard,
  checkKeyboardRecord: (record) => checkKeyboardRecord(record as EpisodeRecord),
  completedHeading: 'Episode complete',
  unusableDraft: episodeDraftAfter([...referralSteps, openTask], undefined, { ...driverInput, subjectReference: 'Patient/someone-else' }),
  unusableReason: 'other-person',
});
