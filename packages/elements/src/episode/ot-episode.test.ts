import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, exportKeptAsideDraft, listKeptAsideDrafts, parseDefinition, type EpisodeRecord } from '@otforms/core';
import { barthelDefinition, lawtonDefinition } from '@otforms/instruments';
import '../define.js';
import {
  afterClosure,
  afterGoals,
  afterInitial,
  afterIntervention,
  afterReview,
  baselineAnswers,
  episode,
  field,
  openTask,
  referralSteps,
  reviewSteps,
  row,
} from '../../../machines/src/episode/episode-script.test-support.js';
import type { OtErrorDetail } from '../events/ot-error-event.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { EpisodeKeyboard, chooseIn, clickText as click, isLink, normalise, renderEpisode, storageAfter, typeIn } from '../test-support/episode-driver.js';
import { deepActiveElement, press, tabTo } from '../test-support/keyboard.js';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import type { OtEpisode } from './ot-episode.js';

const KEY = 'episode:test';

/** The question element a focused control belongs to. */
const focusedQuestion = () => ((deepActiveElement()?.getRootNode() as ShadowRoot | undefined)?.host as HTMLElement | undefined)?.id;

function collect<T>(element: EventTarget, type: string): T[] {
  const seen: T[] = [];
  element.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

/**
 * What only the episode does. What every whole form does (form association, required, reset,
 * back/forward restore, disabled, drafts, keyboard completion, axe) is checked by the shared suite
 * (ot-episode.behaviour.test.ts).
 */
describe('<ot-episode>', () => {
  describe('error summary', () => {
    it('a failed "Save and continue" shows the summary and moves focus to it; its link moves focus to the field', async () => {
      const { driver } = await renderEpisode({ storage: storageAfter([openTask]) });
      await driver.activate('Save and continue');
      expect(driver.errorLinks()).to.deep.equal(['Enter the date of the request', 'Enter the date reablement started']);
      expect(deepActiveElement()?.classList.contains('error-summary'), 'focus on the summary').to.equal(true);
      expect(driver.fieldError('field-request-date')).to.equal('Enter the date of the request');

      await tabTo(isLink('Enter the date reablement started'));
      await press('Enter');
      await driver.settle();
      expect(focusedQuestion()).to.equal('field-startedOn');
      expect(deepActiveElement()?.localName).to.equal('input');
    });

    it('errors follow every change once shown', async () => {
      const { driver } = await renderEpisode({ storage: storageAfter([openTask, episode({ type: 'CONTINUE' })]) });
      expect(driver.errorLinks()).to.have.length(2);
      await typeIn(driver, 'field-startedOn', '2026-10-03');
      expect(driver.errorLinks()).to.deep.equal(['Enter the date of the request']);
      expect(driver.fieldError('field-startedOn')).to.equal('');
    });

    it('the £1,000 rule for a minor adaptation is shown with its message, and its link goes to the cost', async () => {
      const steps = [...afterGoals, openTask, episode({ type: 'ADD_ROW', list: 'minorAdaptations' }), row('minorAdaptations', 0, 'description', 'Stair lift'), row('minorAdaptations', 0, 'cost', '£1,500')];
      const { driver } = await renderEpisode({ storage: storageAfter(steps) });
      await click(driver, 'Save and continue');
      const message = 'A minor adaptation costs £1,000 or less; record this one as a major adaptation';
      expect(driver.errorLinks()).to.deep.equal([message]);
      expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
      expect(driver.fieldError('field-minorAdaptations-0-cost')).to.equal(message);
      await click(driver, message);
      expect(focusedQuestion()).to.equal('field-minorAdaptations-0-cost');
      await typeIn(driver, 'field-minorAdaptations-0-cost', '£1,000');
      expect(driver.errorSummary()).to.equal(null);
    });

    it('closing needs the end date and how the episode ended; the outcome link goes to its radios', async () => {
      const { driver } = await renderEpisode({ storage: storageAfter([...afterReview, openTask]) });
      await click(driver, 'Close the episode');
      expect(driver.errorLinks()).to.deep.equal(['Enter the date the episode ended', 'Select how the episode ended']);
      expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
      await click(driver, 'Select how the episode ended');
      expect(focusedQuestion()).to.equal('field-endOutcome');
      expect((deepActiveElement() as HTMLInputElement).type).to.equal('radio');
      await expectNoAxeViolations(driver.element);
    });

    it('an end before the start is shown with its message', async () => {
      const { driver } = await renderEpisode({ storage: storageAfter([...afterReview, openTask, field('endedOn', '2026-11-01'), field('endOutcome', 'NFA: Support ended as planned')]) });
      await click(driver, 'Close the episode');
      expect(driver.errorLinks()).to.deep.equal(['The episode must end on or after the day it started']);
      expect(driver.fieldError('field-endedOn')).to.equal('The episode must end on or after the day it started');
      await click(driver, 'The episode must end on or after the day it started');
      expect(focusedQuestion()).to.equal('field-endedOn');
    });

    it('continuing to the final assessment before every goal is reviewed points to the goals', async () => {
      const { driver } = await renderEpisode({ storage: storageAfter([...afterIntervention, openTask]) });
      const continueButton = () => [...driver.root.querySelectorAll('button')].find((button) => normalise(button.textContent) === 'Continue to the final assessment')!;
      // Until the goals are reviewed, recording a review is the page's main action, not continuing.
      expect(continueButton().className).to.equal('secondary');
      await click(driver, 'Continue to the final assessment');
      expect(driver.errorLinks()).to.deep.equal(['Review every goal before the final assessment']);
      expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
      await click(driver, 'Review every goal before the final assessment');
      expect(deepActiveElement()?.id).to.equal('goals');
      // From there the next Tab goes into the goal plan.
      await press('Tab');
      let node: Node | undefined = deepActiveElement() ?? undefined;
      while (node && node !== driver.goalPlan()) node = (node.getRootNode() as ShadowRoot).host;
      expect(node, `focus is inside the goal plan: ${deepActiveElement()?.outerHTML.slice(0, 80)}`).to.equal(driver.goalPlan());
    });
  });

  describe('drafts', () => {
    it('saves the draft after each change, nested answers included, and a new element resumes at the same task with them', async () => {
      const storage = new MemoryDraftStorage();
      const first = await renderEpisode({ storage, storageKey: KEY });
      await click(first.driver, 'Referral and start of reablement');
      await typeIn(first.driver, 'field-request-date', '2026-10-01');
      expect((storage.read(KEY) as { context: { draft: { request: { date: string } } } }).context.draft.request.date).to.equal('2026-10-01');
      await typeIn(first.driver, 'field-startedOn', '2026-10-03');
      expect((storage.read(KEY) as { context: { draft: { startedOn: string } } }).context.draft.startedOn).to.equal('2026-10-03');
      await click(first.driver, 'Save and continue');
      await click(first.driver, 'Initial assessment');
      const nested = new AssessmentDriver(first.driver.assessment() as OtAssessment);
      await nested.choose('bowels', 'continent');
      await nested.choose('bladder', 'occasional-accident');
      const saved = storage.read(KEY) as { children: { assessment: { snapshot: { context: { responses: { answers: object } } } } } };
      expect(saved.children.assessment.snapshot.context.responses.answers).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident' });
      first.element.remove();

      const second = await renderEpisode({ storage, storageKey: KEY });
      expect(second.driver.heading()).to.equal('Initial assessment');
      const resumed = new AssessmentDriver(second.driver.assessment() as OtAssessment);
      await resumed.settle();
      const checked = (itemId: string) => resumed.question(itemId).shadowRoot!.querySelector<HTMLInputElement>('input:checked')?.value;
      expect(checked('bowels')).to.equal('continent');
      expect(checked('bladder')).to.equal('occasional-accident');
    });

    for (const [mismatch, subject, instruments] of [
      ['made with other instruments', 'Patient/keyboard', [parseDefinition(lawtonDefinition)]],
      ['about another person', 'Patient/someone-else', undefined],
    ] as const) {
      it(`does not resume a draft ${mismatch}: says so with ot-error kind "draft" and keeps the draft aside`, async () => {
        const storage = storageAfter([...referralSteps, openTask], instruments);
        const saved = storage.read(KEY);
        const errors: OtErrorDetail[] = [];
        const element = await fixture<OtEpisode>(html`<ot-episode
          .instruments=${[barthelDefinition]}
          .storage=${storage}
          storage-key=${KEY}
          subject-reference=${subject}
          @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}
        ></ot-episode>`);
        const driver = new EpisodeKeyboard(element);
        await driver.settle();
        expect(errors.map((error) => error.kind)).to.deep.equal(['draft']);
        const kept = await listKeptAsideDrafts(storage);
        expect(kept.map(({ draftKey, reason }) => [draftKey, reason])).to.deep.equal([[KEY, instruments ? 'other-instruments' : 'other-person']]);
        expect(errors[0]?.message).to.contain(`kept aside as "${kept[0]!.id}"`);
        expect(driver.statuses()['Referral and start of reablement']).to.equal('Not yet started');
        // Nothing is lost: the draft is moved aside (removed from its key once safe, so the next load does not keep it aside again).
        expect((await exportKeptAsideDraft(storage, kept[0]!.id))?.draft).to.deep.equal(saved);
        expect(storage.read(KEY)).to.equal(null);
      });
    }

    it('waits for instruments given after the first render, without an error', async () => {
      const errors: OtErrorDetail[] = [];
      const element = await fixture<OtEpisode>(html`<ot-episode
        storage-key=${KEY}
        .storage=${new MemoryDraftStorage()}
        @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}
      ></ot-episode>`);
      expect(normalise(element.shadowRoot!.textContent)).to.equal('Loading episode');
      element.instruments = [barthelDefinition];
      const driver = new EpisodeKeyboard(element);
      await driver.settle();
      expect(driver.statuses()['Referral and start of reablement']).to.equal('Not yet started');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('ot-outcome', () => {
    it('fires once when the episode is closed and once when it is finished, with the episode record; .value is the record', async () => {
      const closing = [...afterReview, openTask, field('endedOn', '2026-12-10'), field('endOutcome', 'NFA: Support ended as planned'), field('hoursAtEnd', '0')];
      const { element, driver } = await renderEpisode({ storage: storageAfter(closing) });
      const outcomes = collect<EpisodeRecord>(element, 'ot-outcome');
      const onDocument = collect<EpisodeRecord>(document, 'ot-outcome');
      expect(element.value).to.equal(null);

      await click(driver, 'Close the episode');
      expect(outcomes).to.have.length(1);
      expect(outcomes[0]!.kind).to.equal('episode');
      expect(outcomes[0]!.episode.endOutcome).to.equal('NFA: Support ended as planned');
      expect(element.value).to.equal(outcomes[0]);

      await click(driver, 'Follow-up');
      await click(driver, 'Add a follow-up');
      await chooseIn(driver, 'field-followUp-0-kind', '84-day');
      await typeIn(driver, 'field-followUp-0-date', '2027-01-26');
      await chooseIn(driver, 'field-followUp-0-status', 'at-home');
      expect(outcomes, 'nothing more while the follow-up is written').to.have.length(1);
      await click(driver, 'Finish the episode');
      expect(outcomes).to.have.length(2);
      expect(outcomes[1]!.recordId).to.equal(outcomes[0]!.recordId);
      expect(outcomes[1]!.episode.followUp).to.deep.equal([{ kind: '84-day', date: '2027-01-26', status: 'at-home' }]);
      expect(element.value).to.equal(outcomes[1]);
      expect(onDocument, 'bubbles and is composed').to.have.length(2);
    });

    it('is not fired again when a closed episode is moved in the page', async () => {
      const { element, driver } = await renderEpisode({ storage: storageAfter([...afterReview, openTask, field('endedOn', '2026-12-10'), field('endOutcome', 'NFA: Support ended as planned')]) });
      const outcomes = collect(element, 'ot-outcome');
      await click(driver, 'Close the episode');
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(element);
      await driver.settle();
      expect(outcomes).to.have.length(1);
      expect(element.value?.kind).to.equal('episode');
      elsewhere.remove();
    });

    it('is not fired again when a closed episode is resumed', async () => {
      const storage = storageAfter(afterClosure);
      const outcomes: unknown[] = [];
      const element = await fixture<OtEpisode>(html`<ot-episode
        .instruments=${[barthelDefinition]}
        .storage=${storage}
        storage-key=${KEY}
        subject-reference="Patient/keyboard"
        @ot-outcome=${(event: CustomEvent) => outcomes.push(event.detail)}
      ></ot-episode>`);
      await new EpisodeKeyboard(element).settle();
      expect(outcomes).to.have.length(0);
      expect(element.value?.kind).to.equal('episode');
    });

    it('the nested assessment\'s and goal plan\'s ot-outcome do not reach the host', async () => {
      const toCheckAnswers = afterInitial.slice(0, -1);
      const { element, driver } = await renderEpisode({ storage: storageAfter(toCheckAnswers) });
      const outcomes = collect(element, 'ot-outcome');
      const onDocument = collect(document, 'ot-outcome');
      await new AssessmentDriver(driver.assessment() as OtAssessment).clickButton();
      await driver.settle();
      expect(driver.statuses()['Initial assessment']).to.equal('Completed');
      // One element edits a draft key at a time: the first lets go of it before the second starts.
      element.remove();

      const ready = await renderEpisode({ storage: storageAfter([...afterIntervention, ...reviewSteps.slice(0, -1)]) });
      const readyOutcomes = collect(ready.element, 'ot-outcome');
      await click(ready.driver, 'Finish the review');
      expect(ready.driver.statuses()['Review goals and final assessment']).to.equal('Completed');
      expect([outcomes, readyOutcomes, onDocument].map((list) => list.length)).to.deep.equal([0, 0, 0]);
    });
  });

  describe('a completed task opened again', () => {
    const inReview = () => storageAfter(afterIntervention);

    it('opens from the task list by keyboard, keeps a saved change and returns to the tasks', async () => {
      const { driver, storage } = await renderEpisode({ storage: inReview() });
      const link = await tabTo(isLink('Equipment, adaptations and advice'));
      expect(normalise(driver.root.querySelector(`#${(link as HTMLElement).getAttribute('aria-describedby')}`)?.textContent)).to.equal('Completed');
      await press('Enter');
      await driver.settle();
      expect(normalise(driver.root.querySelector('h2')?.textContent)).to.equal('Equipment, adaptations and advice');
      expect(deepActiveElement()?.localName).to.equal('h2');
      await expectNoAxeViolations(driver.element);
      await typeIn(driver, 'field-equipment-0-returnedOn', '2026-11-01');
      await click(driver, 'Save and return to tasks');
      expect(driver.errorLinks()).to.deep.equal(['Equipment must be returned on or after the day it was issued']);
      expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
      await typeIn(driver, 'field-equipment-0-returnedOn', '2026-12-08');
      await click(driver, 'Save and return to tasks');
      expect(normalise(driver.root.querySelector('h2')?.textContent)).to.equal('Reablement episode');
      const saved = storage.read(KEY) as { context: { draft: { equipment: { returnedOn: string }[] } } };
      expect(saved.context.draft.equipment[0]?.returnedOn).to.equal('2026-12-08');
    });

    it('"Back to tasks" leaves it as it was', async () => {
      const { driver } = await renderEpisode({ storage: inReview() });
      await click(driver, 'Referral and start of reablement');
      await typeIn(driver, 'field-request-date', '2026-10-01');
      await click(driver, 'Back to tasks');
      await click(driver, 'Referral and start of reablement');
      const date = driver.root.querySelector('#field-request-date')!.shadowRoot!.querySelector('input')!;
      expect(date.value).to.equal('2026-11-02');
    });
  });

  it('takes an interim assessment from the intervention page and comes back to it', async () => {
    const { driver, storage } = await renderEpisode({ storage: storageAfter([...afterGoals, openTask]) });
    await click(driver, 'Record an interim assessment');
    expect(normalise(driver.root.querySelector('h2')?.textContent)).to.equal('Interim assessment');
    expect(deepActiveElement()?.localName).to.equal('h2');
    await expectNoAxeViolations(driver.element);
    await new AssessmentDriver(driver.assessment() as OtAssessment).complete(baselineAnswers);
    await driver.settle();
    expect(normalise(driver.root.querySelector('h2')?.textContent)).to.equal('Equipment, adaptations and advice');
    const saved = storage.read(KEY) as { context: { assessments: { timepoint: string }[] } };
    expect(saved.context.assessments.map((assessment) => assessment.timepoint)).to.deep.equal(['baseline', 'interim']);
  });

  it('a disabled episode offers its tasks without links', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <ot-episode .instruments=${[barthelDefinition]} .storage=${storageAfter(afterGoals)} storage-key=${KEY} subject-reference="Patient/keyboard"></ot-episode>
    </fieldset></form>`);
    const element = form.querySelector('ot-episode')!;
    const driver = new EpisodeKeyboard(element);
    await driver.settle();
    expect(driver.statuses()['Equipment, adaptations and advice']).to.equal('Not yet started');
    expect(driver.root.querySelectorAll('.task a')).to.have.length(0);
    await expectNoAxeViolations(element);
  });

  it('shows the error state and fires ot-error for an invalid instrument definition', async () => {
    const errors: OtErrorDetail[] = [];
    const element = await fixture<OtEpisode>(html`<ot-episode
      .instruments=${[{ id: 'broken', sections: 'none' }]}
      .storage=${new MemoryDraftStorage()}
      @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}
    ></ot-episode>`);
    await element.updateComplete;
    expect(errors.map((error) => error.kind)).to.deep.equal(['definition']);
    expect(errors[0]!.issues.length).to.be.greaterThan(0);
    const summary = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(normalise(summary.querySelector('h2')?.textContent)).to.equal('The episode cannot start because an instrument definition is not valid.');
    expect(summary.querySelectorAll('li').length).to.equal(errors[0]!.issues.length);
    expect(element.value).to.equal(null);
    await expectNoAxeViolations(element);
  });
});
