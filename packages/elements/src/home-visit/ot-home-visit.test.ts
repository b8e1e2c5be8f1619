import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, validateOutcomeRecord, type DraftStorage, type HomeVisitRecord } from '@otforms/core';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { createHomeVisitMachine } from '@otforms/machines';
import { createActor, type AnyActorRef } from 'xstate';
import { answerConversation, answerHomeCheck, decideAndContinue, definitions, normalise, SUBJECT, TODAY, VisitDriver, visitDraftAfter, visitInput } from './home-visit.test-support.js';

const KEY = 'home-visit:test';

async function mountVisit(storage: DraftStorage = new MemoryDraftStorage(), draft?: unknown) {
  if (draft !== undefined) await storage.write(KEY, draft);
  const outcomes: HomeVisitRecord[] = [];
  const element = await fixture<OtHomeVisit>(html`<ot-home-visit
    .definitions=${definitions}
    .storage=${storage}
    .today=${TODAY}
    storage-key=${KEY}
    subject-reference=${SUBJECT}
    assessor-role="Occupational therapist"
    visited-on=${TODAY}
    @ot-outcome=${(event: CustomEvent<HomeVisitRecord>) => outcomes.push(event.detail)}
  ></ot-home-visit>`);
  const driver = new VisitDriver(element);
  await driver.settle();
  return { element, driver, storage, outcomes };
}

const atRecommendations = () => visitDraftAfter([...answerHomeCheck, ...answerConversation]);

describe('<ot-home-visit>', () => {
  it('shows each assessment in turn as a step, then the recommendations with a suggestion for each "No"', async () => {
    const { driver } = await mountVisit();
    expect(driver.currentStep()).to.equal('1. Home check (Current step)');
    expect(driver.heading()).to.equal('Home check');
    await driver.completeAssessments();
    expect(driver.currentStep()).to.equal('3. Recommendations (Current step)');
    expect(driver.heading()).to.equal('Recommendations');
    expect(deepActiveElement(), 'a new step takes focus at its heading').to.equal(driver.root.querySelector('[data-page-heading]'));
    const suggestions = [...driver.root.querySelectorAll('.suggestion')];
    expect(suggestions.map((one) => normalise(one.querySelector('.suggestion-what')?.textContent))).to.deep.equal([
      'Grab rail by the front step',
      'Fire service home safety check',
    ]);
    expect(normalise(suggestions[0]!.querySelector('.facts')?.textContent)).to.contain('There is no rail by the front step.').and.contain('Is there a rail by the front step?');
  });

  it('records an accepted and a dismissed suggestion, each with its reason, in the finished record', async () => {
    const { element, driver, outcomes } = await mountVisit(undefined, atRecommendations());
    await driver.type('suggestion-home-check-fixture-front-rail-reason', 'She holds the door frame to get in.');
    await driver.click('Accept suggestion: Grab rail by the front step');
    expect(deepActiveElement()?.id, 'the new recommendation takes focus, at its kind as the suggestion gave it').to.equal('recommendation-0-kind-1');
    await driver.type('suggestion-home-check-fixture-smoke-alarm-reason', 'Her son fitted a new alarm yesterday.');
    await driver.click('Dismiss suggestion: Fire service home safety check');
    expect(driver.root.querySelectorAll('.suggestion')).to.have.length(0);
    expect(normalise(driver.root.querySelector('.decisions')?.textContent)).to.contain('Dismissed: Fire service home safety check. Her son fitted a new alarm yesterday.');
    await driver.click('Continue');
    expect(driver.heading()).to.equal('Check the home visit before finishing');
    await driver.click('Finish visit');
    expect(driver.heading()).to.equal('Home visit complete');
    const record = element.value!;
    expect(outcomes).to.deep.equal([record]);
    expect(validateOutcomeRecord(record).success).to.equal(true);
    expect(record.suggestionDecisions.map(({ ruleId, decision, reason, decidedOn }) => ({ ruleId, decision, reason, decidedOn }))).to.deep.equal([
      { ruleId: 'front-rail', decision: 'accepted', reason: 'She holds the door frame to get in.', decidedOn: TODAY },
      { ruleId: 'smoke-alarm', decision: 'dismissed', reason: 'Her son fitted a new alarm yesterday.', decidedOn: TODAY },
    ]);
    expect(record.recommendations).to.have.length(1);
    expect(record.recommendations[0]).to.deep.include({ kind: 'minor-adaptation', priority: 'high', route: 'minor-adaptations-service', fromSuggestion: 'front-rail' });
    expect(record.recommendations[0]!.reason.needs).to.deep.equal([{ instrumentId: 'home-check-fixture', itemId: 'rail' }]);
    expect(record.suggestionDecisions[0]!.recommendationId).to.equal(record.recommendations[0]!.id);
  });

  it('refuses a dismissal without a reason: the error summary takes focus and its link goes to the reason', async () => {
    const { driver } = await mountVisit(undefined, atRecommendations());
    await driver.click('Dismiss suggestion: Fire service home safety check');
    const summary = driver.root.querySelector<HTMLElement>('.error-summary')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(driver.errorLinks()).to.deep.equal(['Enter why you are not recommending: Fire service home safety check']);
    await expectNoAxeViolations(driver.element);
    summary.querySelector('a')!.click();
    await driver.settle();
    expect(deepActiveElement()?.id).to.equal('suggestion-home-check-fixture-smoke-alarm-reason');
  });

  it('shows every problem after Continue in the error summary, which takes focus; each beside its field; the summary passes axe', async () => {
    const { driver } = await mountVisit(undefined, atRecommendations());
    await driver.click('Add a recommendation');
    expect(deepActiveElement()?.id, 'a new recommendation takes focus at its first field').to.equal('recommendation-0-kind-0');
    await driver.click('Continue');
    expect(deepActiveElement()).to.equal(driver.root.querySelector('.error-summary'));
    expect(driver.errorLinks()).to.deep.equal([
      'Accept or dismiss the suggestion: Grab rail by the front step',
      'Accept or dismiss the suggestion: Fire service home safety check',
      'Select the kind of recommendation 1',
      'Enter what is recommended in recommendation 1',
      'Enter why recommendation 1 is needed',
      'Select the priority of recommendation 1',
      'Select how recommendation 1 will be provided',
    ]);
    expect(normalise(driver.root.querySelector('#recommendation-0-what-error')?.textContent)).to.equal('Error: Enter what is recommended in recommendation 1');
    await expectNoAxeViolations(driver.element);
    // Errors then follow each change.
    await driver.type('recommendation-0-what', 'Perching stool for the kitchen');
    expect(driver.errorLinks()).to.not.include('Enter what is recommended in recommendation 1');
  });

  it('after the last status, focus goes to the status history, so pressing Enter again removes nothing', async () => {
    const { element, driver } = await mountVisit(undefined, visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue.slice(0, 2)]));
    const markReviewed = driver.find('Mark as reviewed (recommendation 1)')!;
    markReviewed.focus();
    await press('Enter');
    await driver.settle();
    const history = driver.root.querySelector<HTMLElement>('#recommendation-0-status-history')!;
    expect(deepActiveElement()?.id).to.equal('recommendation-0-status-history');
    expect(history.getAttribute('aria-labelledby')).to.equal('recommendation-0-status-heading');
    expect([...history.querySelectorAll('li')].map((item) => normalise(item.textContent)).at(-1)).to.equal('Reviewed on 3 December 2026');
    await press('Enter');
    await press('Enter');
    await driver.settle();
    expect(driver.root.querySelectorAll('fieldset.recommendation').length, 'the recommendation is still there').to.equal(1);
    expect(driver.find('Remove recommendation 1')).to.not.equal(undefined);
    await expectNoAxeViolations(element);
  });

  it('writes a recommendation by hand: its needs, its route, and its status moved on with a date', async () => {
    const { element, driver } = await mountVisit(undefined, visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue.slice(0, 2)]));
    await driver.click('Add a recommendation');
    await driver.tick('recommendation-1-kind-0'); // equipment
    await driver.type('recommendation-1-what', 'Perching stool for the kitchen');
    await driver.type('recommendation-1-reason', 'She tires standing to cook.');
    await driver.tick('recommendation-1-needs-0');
    await driver.tick('recommendation-1-priority-2'); // routine
    await driver.tick('recommendation-1-route-0'); // community equipment service
    await driver.type('recommendation-1-status', '2026-12-04');
    await driver.click('Mark as agreed (recommendation 2)');
    const history = [...driver.root.querySelectorAll('#recommendation-1 .status-history li')].map((item) => normalise(item.textContent));
    expect(history).to.deep.equal(['Recommended on 3 December 2026', 'Agreed on 4 December 2026']);
    expect(deepActiveElement()?.id).to.equal('recommendation-1-mark-ordered');
    // A date before the last status is refused: the error summary takes focus and links to the date.
    await driver.type('recommendation-1-status', '2026-12-01');
    await driver.click('Mark as ordered (recommendation 2)');
    expect(deepActiveElement()).to.equal(driver.root.querySelector('.error-summary'));
    expect(driver.errorLinks()).to.deep.equal(['The date recommendation 2 was ordered must be the same as or after 4 December 2026, when it was agreed']);
    // A step that does not happen is skipped: a self-purchase, say, is never ordered.
    await driver.type('recommendation-1-status', '2026-12-10');
    await driver.click('Mark as completed (recommendation 2)');
    expect(driver.root.querySelector('.error-summary')).to.equal(null);
    await driver.click('Continue');
    await driver.click('Finish visit');
    const made = element.value!.recommendations[1]!;
    expect(made).to.deep.include({ kind: 'equipment', priority: 'routine', route: 'community-equipment-service' });
    expect(made.what.text).to.equal('Perching stool for the kitchen');
    expect(made.reason.needs).to.deep.equal([{ instrumentId: 'home-check-fixture', itemId: 'rail' }]);
    expect(made.status).to.deep.equal([
      { status: 'recommended', on: TODAY },
      { status: 'agreed', on: '2026-12-04' },
      { status: 'completed', on: '2026-12-10' },
    ]);
  });

  it('goes back from the review to change the recommendations, keeping them', async () => {
    const { driver } = await mountVisit(undefined, visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue]));
    expect(driver.heading()).to.equal('Check the home visit before finishing');
    const decisions = [...driver.root.querySelectorAll('.summary-list')][1]!;
    expect([...decisions.querySelectorAll('.summary-row')].map((row) => normalise(row.querySelector('dt')?.textContent) + ': ' + normalise(row.querySelector('dd')?.textContent))).to.deep.equal([
      'Accepted: Grab rail by the front step. There is no rail by the front step.',
      'Dismissed: Fire service home safety check. Her son fitted a new alarm yesterday.',
    ]);
    await expectNoAxeViolations(driver.element);
    driver.root.querySelector<HTMLElement>('.summary-row a')!.click();
    await driver.settle();
    expect(driver.heading()).to.equal('Recommendations');
    expect(driver.root.querySelectorAll('fieldset.recommendation')).to.have.length(1);
    expect(driver.root.querySelectorAll('.decisions li')).to.have.length(2);
  });

  it('resumes mid-visit on reload from its draft: the step, the answers given and the recommendations written', async () => {
    const storage = new MemoryDraftStorage();
    const first = await mountVisit(storage);
    await first.driver.choose('rail', 'no');
    first.element.remove();
    const again = await mountVisit(storage);
    const radio = again.driver.assessment()!.shadowRoot!.querySelector('#question-rail')!.shadowRoot!.querySelector<HTMLInputElement>('input[value="no"]')!;
    expect(radio.checked).to.equal(true);
    await again.driver.choose('alarm', 'yes');
    await again.driver.click('Continue');
    await again.driver.click('Complete assessment');
    await again.driver.typeAnswer('matters', 'My garden');
    await again.driver.click('Continue');
    await again.driver.click('Complete assessment');
    await again.driver.click('Add a recommendation');
    await again.driver.type('recommendation-0-what', 'Half step at the back door');
    again.element.remove();
    const third = await mountVisit(storage);
    expect(third.driver.heading()).to.equal('Recommendations');
    expect(third.driver.root.querySelector<HTMLInputElement>('#recommendation-0-what')!.value).to.equal('Half step at the back door');
  });

  it('drives an owner’s actor (an episode’s child) to the end: the record is the actor’s output, with the owner’s details, and nothing is saved', async () => {
    const actor = createActor(createHomeVisitMachine(definitions), { input: { ...visitInput, subjectReference: 'Person/7' } }).start();
    const storage = new MemoryDraftStorage();
    const element = await fixture<OtHomeVisit>(html`<ot-home-visit .definitions=${definitions} .storage=${storage} .today=${TODAY} .actor=${actor}></ot-home-visit>`);
    const driver = new VisitDriver(element);
    await driver.settle();
    await driver.completeAssessments();
    (actor.getSnapshot().children.recommendations as AnyActorRef).send({ type: 'ACCEPT_SUGGESTION', ruleId: 'front-rail', instrumentId: 'home-check-fixture', reason: '', on: TODAY });
    await driver.settle();
    expect(driver.root.querySelectorAll('fieldset.recommendation'), 'what the owner sends is shown').to.have.length(1);
    await driver.type('suggestion-home-check-fixture-smoke-alarm-reason', 'Fitted yesterday.');
    await driver.click('Dismiss suggestion: Fire service home safety check');
    await driver.click('Continue');
    await driver.click('Finish visit');
    expect(actor.getSnapshot().status).to.equal('done');
    expect(element.value).to.equal(actor.getSnapshot().output);
    expect(element.value!.subject).to.deep.equal({ reference: 'Person/7' });
    expect(storage.size).to.equal(0);
    actor.stop();
  });

  it('keeps every control at least 44 px and nothing wider than a 320 px screen', async () => {
    const { element, driver } = await mountVisit(undefined, atRecommendations());
    await driver.click('Add a recommendation');
    element.style.width = '320px';
    await driver.settle();
    const controls = [...driver.root.querySelectorAll<HTMLElement>('button, input[type="text"], input[type="date"], input[type="radio"], input[type="checkbox"], textarea, .option label, a')];
    expect(controls.length).to.be.greaterThan(20);
    const small = controls
      .filter((control) => control.getClientRects().length > 0)
      .filter((control) => control.getBoundingClientRect().height < 44 && !control.matches('.error-summary a, .back-link'))
      .map((control) => `${control.localName}#${control.id} ${Math.round(control.getBoundingClientRect().height)}px`);
    expect(small).to.deep.equal([]);
    expect(element.scrollWidth).to.be.at.most(320);
    const wide = () => [...driver.root.querySelectorAll<HTMLElement>('*')].filter((node) => node.getBoundingClientRect().right > element.getBoundingClientRect().right + 0.5);
    expect(wide().map((node) => node.localName + '#' + node.id)).to.deep.equal([]);

    const review = await mountVisit(undefined, visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue]));
    review.element.style.width = '320px';
    await review.driver.settle();
    expect(review.element.scrollWidth, 'the check page reflows too').to.be.at.most(320);
    const links = [...review.driver.root.querySelectorAll<HTMLElement>('a, button')].map((control) => Math.round(control.getBoundingClientRect().height));
    expect(links.filter((height) => height < 44), 'its "Change" links and button are 44 px too').to.deep.equal([]);
  });
});
