import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, listKeptAsideDrafts, type EpisodeRecord } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import { createEpisodeMachine } from '@otforms/machines';
import { createActor } from 'xstate';
import '../define.js';
import { afterInitial, barthel, input, sendSteps } from '../../../machines/src/episode/episode-script.test-support.js';
import { homeCheck, homeVisitDefinitions, mattersToMe, runHomeVisit, talk } from '../../../machines/src/episode/episode-home-visit.test-support.js';
import type { OtErrorDetail } from '../events/ot-error-event.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { clickText, EpisodeKeyboard, normalise } from '../test-support/episode-driver.js';
import { deepActiveElement } from '../test-support/keyboard.js';
import type { OtGoalPlan } from '../goals/ot-goal-plan.js';
import type { OtEpisode } from './ot-episode.js';

const KEY = 'episode:home-visit';
const SUBJECT = 'Patient/home-visit';

/** The draft of an episode with a home visit, run headlessly through the initial assessment and `visit` (none, or up to its review). */
function storageAt(visit: 'start' | 'review' | 'done'): MemoryDraftStorage {
  const actor = createActor(createEpisodeMachine([barthel], { homeVisit: homeVisitDefinitions }), { input: { ...input, subjectReference: SUBJECT } }).start();
  sendSteps(actor, afterInitial);
  if (visit !== 'start') runHomeVisit(actor, { finish: visit === 'done' });
  const storage = new MemoryDraftStorage();
  storage.write(KEY, JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
  actor.stop();
  return storage;
}

async function render(storage: MemoryDraftStorage, visitDefinitions: readonly unknown[] = homeVisitDefinitions) {
  const errors: OtErrorDetail[] = [];
  const element = await fixture<OtEpisode>(html`<ot-episode
    .instruments=${[barthelDefinition]}
    .homeVisitDefinitions=${visitDefinitions}
    .storage=${storage}
    .today=${'2026-11-05'}
    storage-key=${KEY}
    subject-reference=${SUBJECT}
    @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}
  ></ot-episode>`);
  const driver = new EpisodeKeyboard(element);
  await driver.settle();
  return { element, driver, errors };
}

const tasks = (driver: EpisodeKeyboard) => [...driver.root.querySelectorAll('.task')].map((task) => normalise(task.textContent));
const visitElement = (driver: EpisodeKeyboard) => driver.root.querySelector<HTMLElement & { actor: unknown; updateComplete: Promise<unknown> }>('ot-home-visit');
const goalPlan = (driver: EpisodeKeyboard) => driver.root.querySelector<OtGoalPlan>('ot-goal-plan');

describe('<ot-episode> with a home visit', () => {
  it('lists the home visit after the initial assessment and opens it as a nested <ot-home-visit> driving the episode’s own child', async () => {
    const storage = storageAt('start');
    const { driver } = await render(storage);
    expect(tasks(driver).slice(0, 4)).to.deep.equal(['Referral and start of reablement Completed', 'Initial assessment Completed', 'Home visit Not yet started', 'Agree goals Cannot start yet']);
    await driver.activate('Home visit', 'link');
    expect(normalise(driver.root.querySelector('[data-page-heading]')?.textContent)).to.equal('Home visit');
    const visit = visitElement(driver)!;
    expect(visit.actor).to.not.equal(null);
    await visit.updateComplete;
    // The visit's first assessment is the home check; answering it is saved in the episode's draft.
    const rail = visit.shadowRoot!.querySelector('ot-assessment')!.shadowRoot!.querySelector<HTMLElement>('ot-choice-question')!;
    rail.shadowRoot!.querySelector<HTMLInputElement>('input[value="no"]')!.click();
    await driver.settle();
    const saved = (await storage.read(KEY)) as { children: { homeVisit: { snapshot: { children: { assessment: { snapshot: { context: { responses: { answers: object } } } } } } } } };
    expect(saved.children.homeVisit.snapshot.children.assessment.snapshot.context.responses.answers).to.deep.equal({ rail: 'no' });
    await expectNoAxeViolations(driver.element);
  });

  it('finishing the visit returns to the tasks; agreeing goals then offers what the person said, and uses it only when asked', async () => {
    const { element, driver } = await render(storageAt('review'));
    // The draft was saved with the visit's page open: it opens there.
    const visit = visitElement(driver)!;
    await visit.updateComplete;
    const finish = [...visit.shadowRoot!.querySelectorAll('button')].find((button) => normalise(button.textContent) === 'Finish visit')!;
    finish.click();
    await driver.settle();
    expect(tasks(driver).slice(2, 4)).to.deep.equal(['Home visit Completed', 'Agree goals Not yet started']);
    await driver.activate('Agree goals', 'link');
    const plan = goalPlan(driver)!;
    await plan.updateComplete;
    const texts = [...plan.shadowRoot!.querySelectorAll('.seed-text')].map((text) => text.textContent);
    expect(texts).to.deep.equal([mattersToMe, 'The Tuesday lunch club']);
    expect(plan.shadowRoot!.querySelectorAll('fieldset.goal')).to.have.length(0);
    [...plan.shadowRoot!.querySelectorAll('button')].find((button) => normalise(button.textContent) === 'Use as a goal: What matters to me')!.click();
    await driver.settle();
    await plan.updateComplete;
    const statement = plan.shadowRoot!.querySelector('fieldset.goal [data-field="statement"]')!.shadowRoot!.querySelector('textarea')!;
    expect(statement.value).to.equal(mattersToMe);
    expect(deepActiveElement()).to.equal(statement);
    expect(element.value).to.equal(null);
  });

  it('passes the host’s goal domains to its goal plan', async () => {
    const { element, driver } = await render(storageAt('done'));
    const domains = [{ code: 'allotment', label: 'Allotment and garden' }];
    element.domains = domains;
    await driver.settle();
    await clickText(driver, 'Agree goals');
    expect(goalPlan(driver)!.domains).to.equal(domains);
  });

  it('starts again, keeping the draft, when its home visit is of other definitions', async () => {
    const storage = storageAt('review');
    const { driver, errors } = await render(storage, [talk, homeCheck]);
    expect(errors.map((error) => error.kind)).to.deep.equal(['draft']);
    expect(tasks(driver)[0]).to.equal('Referral and start of reablement Not yet started');
    expect((await listKeptAsideDrafts(storage)).map(({ draftKey }) => draftKey)).to.deep.equal([KEY]);
  });

  it('has no home visit task without home-visit definitions, and its record carries none', async () => {
    const { driver } = await render(new MemoryDraftStorage(), []);
    expect(tasks(driver).map((task) => task.split(' ')[0])).to.not.include('Home');
    expect(tasks(driver)).to.have.length(7);
    const record: EpisodeRecord | null = driver.element.value;
    expect(record).to.equal(null);
  });
});
