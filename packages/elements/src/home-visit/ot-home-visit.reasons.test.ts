import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, validateOutcomeRecord, type HomeVisitRecord } from '@otforms/core';
import { expectNoAxeViolations } from '../test-support/axe.js';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { answerConversation, answerHomeCheck, definitions, normalise, SUBJECT, TODAY, VisitDriver, visitDraftAfter } from './home-visit.test-support.js';

/**
 * The reason an OT types for accepting or dismissing a suggestion is sent to
 * the machine as it is typed, so it is in the draft: a reload before Accept
 * or Dismiss (a tablet's tab discarded at the door) loses nothing.
 */

const KEY = 'home-visit:reasons';
const RAIL = 'suggestion-home-check-fixture-front-rail-reason';
const ALARM = 'suggestion-home-check-fixture-smoke-alarm-reason';
type SavedVisit = { children: { recommendations: { snapshot: { context: { decisionReasons?: Record<string, string> } } } } };

async function mount(storage: MemoryDraftStorage) {
  const element = await fixture<OtHomeVisit>(html`<ot-home-visit
    .definitions=${definitions}
    .storage=${storage}
    .today=${TODAY}
    storage-key=${KEY}
    subject-reference=${SUBJECT}
    visited-on=${TODAY}
  ></ot-home-visit>`);
  const driver = new VisitDriver(element);
  await driver.settle();
  return { element, driver };
}

const reasonBox = (driver: VisitDriver, id: string) => driver.root.querySelector<HTMLTextAreaElement>(`#${CSS.escape(id)}`)!;

describe('<ot-home-visit> reasons for decisions', () => {
  it('keeps the reasons typed for suggestions through a reload, and Accept and Dismiss record them', async () => {
    const storage = new MemoryDraftStorage();
    await storage.write(KEY, visitDraftAfter([...answerHomeCheck, ...answerConversation]));
    const first = await mount(storage);
    await first.driver.type(RAIL, 'She holds the door frame to get in.');
    await first.driver.type(ALARM, 'Her son fitted a new alarm yesterday.\n');
    const saved = (await storage.read(KEY)) as SavedVisit;
    expect(saved.children.recommendations.snapshot.context.decisionReasons, 'each keystroke saves the reason with the draft, exactly as typed').to.deep.equal({
      'home-check-fixture/front-rail': 'She holds the door frame to get in.',
      'home-check-fixture/smoke-alarm': 'Her son fitted a new alarm yesterday.\n',
    });
    first.element.remove();

    const { element, driver } = await mount(storage);
    expect(driver.heading()).to.equal('Recommendations');
    expect(reasonBox(driver, RAIL).value, 'the reason is there again after the reload').to.equal('She holds the door frame to get in.');
    expect(reasonBox(driver, ALARM).value).to.equal('Her son fitted a new alarm yesterday.\n');
    await expectNoAxeViolations(element);

    await driver.click('Accept suggestion: Grab rail by the front step');
    await driver.click('Dismiss suggestion: Fire service home safety check');
    expect(driver.root.querySelectorAll('.suggestion'), 'both decided with the kept reasons, none refused').to.have.length(0);
    expect(normalise(driver.root.querySelector('.decisions')?.textContent))
      .to.contain('Accepted: Grab rail by the front step. She holds the door frame to get in.')
      .and.contain('Dismissed: Fire service home safety check. Her son fitted a new alarm yesterday.');
    const decided = (await storage.read(KEY)) as SavedVisit;
    expect(decided.children.recommendations.snapshot.context.decisionReasons, 'a reason used is not kept twice').to.deep.equal({});

    await driver.click('Continue');
    await driver.click('Finish visit');
    const record = element.value as HomeVisitRecord;
    expect(validateOutcomeRecord(record).success).to.equal(true);
    expect(record.suggestionDecisions.map(({ ruleId, decision, reason }) => ({ ruleId, decision, reason }))).to.deep.equal([
      { ruleId: 'front-rail', decision: 'accepted', reason: 'She holds the door frame to get in.' },
      // Core's record schema trims the text it stores; the draft kept it as typed.
      { ruleId: 'smoke-alarm', decision: 'dismissed', reason: 'Her son fitted a new alarm yesterday.' },
    ]);
  });

  it('starts a suggestion reconsidered with an empty box, and refuses its dismissal until a reason is typed again', async () => {
    const storage = new MemoryDraftStorage();
    await storage.write(KEY, visitDraftAfter([...answerHomeCheck, ...answerConversation]));
    const { driver } = await mount(storage);
    await driver.type(ALARM, 'Fitted yesterday.');
    await driver.click('Dismiss suggestion: Fire service home safety check');
    await driver.click('Decide again suggestion: Fire service home safety check');
    expect(reasonBox(driver, ALARM).value).to.equal('');
    await driver.click('Dismiss suggestion: Fire service home safety check');
    expect(driver.errorLinks()).to.deep.equal(['Enter why you are not recommending: Fire service home safety check']);
  });

  it('keeps the date typed for a next status through a reload, and marks the status with it', async () => {
    const storage = new MemoryDraftStorage();
    await storage.write(KEY, visitDraftAfter([...answerHomeCheck, ...answerConversation]));
    const first = await mount(storage);
    await first.driver.click('Add a recommendation');
    await first.driver.type('recommendation-0-status', '2026-12-10');
    first.element.remove();

    const { driver } = await mount(storage);
    const date = driver.root.querySelector<HTMLInputElement>('#recommendation-0-status')!;
    expect(date.value, 'the date is there again after the reload').to.equal('2026-12-10');
    driver.root.querySelector<HTMLButtonElement>('#recommendation-0-mark-agreed')!.click();
    await driver.settle();
    expect(normalise(driver.root.querySelector('#recommendation-0-status-history')?.textContent)).to.contain('Agreed on 10 December 2026');
  });
});
