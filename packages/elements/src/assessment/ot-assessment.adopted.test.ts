import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage, validateOutcomeRecord, type AssessmentRecord } from '@otforms/core';
import { createAssessmentMachine } from '@otforms/machines';
import { getInstrument } from '@otforms/instruments';
import { createActor, type Actor } from 'xstate';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import type { OtErrorDetail } from '../events/ot-error-event.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { expectNoAxeViolations } from '../test-support/axe.js';

const barthel = getInstrument('barthel-cw20')!;
const lawton = getInstrument('lawton-iadl-8')!;
const half = { bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help', feeding: 'independent' };
const all = { ...half, transfers: 'independent', mobility: 'independent', dressing: 'independent', stairs: 'independent', bathing: 'independent' };

type AssessmentActor = Actor<ReturnType<typeof createAssessmentMachine>>;
let actors: AssessmentActor[] = [];

/** An assessment started the way an owner (an episode machine, say) would start it. */
function ownersActor(definition = barthel): AssessmentActor {
  const actor = createActor(createAssessmentMachine(definition), {
    input: { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/7', assessor: { role: 'Occupational therapist' } },
  }).start();
  actors.push(actor);
  return actor;
}

/** An element showing `actor`, with its own memory store and details that adoption must ignore. */
async function adopt(actor: AssessmentActor, definition: unknown = barthel) {
  const storage = new MemoryDraftStorage();
  const element = await fixture<OtAssessment>(html`<ot-assessment
    storage-key="adopted"
    subject-reference="Person/other"
    band-set="nictiz-20"
    .storage=${storage}
    .definition=${definition}
    .actor=${actor}
  ></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver, storage };
}

const answers = (actor: AssessmentActor) => actor.getSnapshot().context.responses.answers;

describe('<ot-assessment> with an adopted actor', () => {
  afterEach(() => {
    for (const actor of actors) actor.stop();
    actors = [];
  });

  it('drives the actor it is given to completion, passes axe, and writes no draft', async () => {
    const actor = ownersActor();
    const { element, driver, storage } = await adopt(actor);
    expect(driver.heading()!.textContent).to.equal('Activities of daily living');
    await expectNoAxeViolations(element);

    await driver.answerPage(half);
    expect(answers(actor)).to.deep.equal(half);
    const outcome = oneEvent(element, 'ot-outcome');
    await driver.complete(all);
    const record = ((await outcome) as CustomEvent<AssessmentRecord>).detail;

    expect(actor.getSnapshot().status).to.equal('done');
    expect(actor.getSnapshot().output).to.equal(record);
    expect(element.value).to.equal(record);
    expect(validateOutcomeRecord(record).success).to.equal(true);
    expect(record.subject, 'the owner’s details, not the element’s').to.deep.equal({ reference: 'Person/7' });
    expect(driver.heading()!.textContent).to.equal('Assessment complete');
    expect(storage.size).to.equal(0);
    await expectNoAxeViolations(element);
  });

  it('shows the actor’s progress, not a draft in its storage', async () => {
    const actor = ownersActor();
    actor.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent' });
    const storage = new MemoryDraftStorage();
    const drafted = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-20T09:00:00.000Z' } }).start();
    drafted.send({ type: 'ANSWER', itemId: 'bowels', input: 'incontinent' });
    storage.write('adopted', drafted.getPersistedSnapshot());
    drafted.stop();
    const element = await fixture<OtAssessment>(html`<ot-assessment storage-key="adopted" .storage=${storage} .definition=${barthel} .actor=${actor}></ot-assessment>`);
    await new AssessmentDriver(element).settle();
    const checked = new AssessmentDriver(element).question('bowels').shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).to.equal('continent');
    await new AssessmentDriver(element).choose('bladder', 'continent');
    expect((storage.read('adopted') as { context: { responses: { answers: object } } }).context.responses.answers, 'the draft is left as it was').to.deep.equal({
      bowels: 'incontinent',
    });
  });

  it('re-renders when the owner sends an event straight to the actor', async () => {
    const actor = ownersActor();
    const { driver } = await adopt(actor);
    actor.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent' });
    await driver.settle();
    expect(driver.question('bowels').shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('continent');
    actor.send({ type: 'CONTINUE' });
    await driver.settle();
    expect(driver.errorLinks()).to.have.length(9);
  });

  it('leaves the actor running when it is removed, and picks it up again when put back', async () => {
    const actor = ownersActor();
    const { element, driver, storage } = await adopt(actor);
    await driver.choose('bowels', 'continent');
    const parent = element.parentElement!;
    element.remove();
    expect(actor.getSnapshot().status).to.equal('active');

    actor.send({ type: 'ANSWER', itemId: 'bladder', input: 'continent' });
    parent.append(element);
    await driver.settle();
    expect(driver.question('bladder').shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('continent');
    await driver.choose('grooming', 'independent');
    expect(answers(actor)).to.deep.equal({ bowels: 'continent', bladder: 'continent', grooming: 'independent' });
    expect(storage.size).to.equal(0);
  });

  it('lets go of the actor, without stopping it, when `actor` is set back to null, and resumes its own draft', async () => {
    const actor = ownersActor();
    const { element, driver, storage } = await adopt(actor);
    const drafted = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-20T09:00:00.000Z' } }).start();
    drafted.send({ type: 'ANSWER', itemId: 'feeding', input: 'independent' });
    storage.write('adopted', drafted.getPersistedSnapshot());
    drafted.stop();

    element.actor = null;
    await driver.settle();
    expect(actor.getSnapshot().status).to.equal('active');
    expect(driver.question('feeding').shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('independent');
    await driver.choose('bowels', 'continent');
    expect(answers(actor), 'the owner’s actor is no longer driven').to.deep.equal({});
    expect((storage.read('adopted') as { context: { responses: { answers: object } } }).context.responses.answers).to.deep.equal({
      feeding: 'independent',
      bowels: 'continent',
    });
  });

  it('shows the completed page of an actor that is already done, and dispatches its record once', async () => {
    const actor = ownersActor();
    for (const [itemId, input] of Object.entries(all)) actor.send({ type: 'ANSWER', itemId, input });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SUBMIT', completedAt: '2026-11-22T10:00:00.000Z', recordId: crypto.randomUUID() });
    expect(actor.getSnapshot().status).to.equal('done');
    const element = document.createElement('ot-assessment');
    element.storage = new MemoryDraftStorage();
    element.definition = barthel;
    element.actor = actor;
    const outcomes: unknown[] = [];
    element.addEventListener('ot-outcome', (event) => outcomes.push((event as CustomEvent).detail));
    document.body.append(element);
    await new AssessmentDriver(element).settle();
    element.remove();
    document.body.append(element);
    element.definition = structuredClone(barthel);
    await new AssessmentDriver(element).settle();
    expect(outcomes, 'not again when moved or given a copy of its definition').to.deep.equal([actor.getSnapshot().output]);
    expect(new AssessmentDriver(element).heading()!.textContent).to.equal('Assessment complete');
    element.remove();
  });

  for (const [name, definition] of [
    ['another instrument', lawton],
    ['another version of the same instrument', { ...barthel, version: '9.9.9' }],
  ] as const) {
    it(`reports a definition of ${name} as ot-error, shows the error state and leaves the actor alone`, async () => {
      const actor = ownersActor();
      const before = actor.getSnapshot();
      const element = document.createElement('ot-assessment');
      element.storage = new MemoryDraftStorage();
      element.definition = definition;
      element.actor = actor;
      const reported = oneEvent(element, 'ot-error');
      document.body.append(element);
      const { detail } = (await reported) as CustomEvent<OtErrorDetail>;
      expect(detail.kind).to.equal('definition');
      expect(detail.message).to.equal(
        `The definition is ${definition.id} version ${definition.version}, but the assessment it was given to show runs barthel-cw20 version ${barthel.version}.`,
      );
      await element.updateComplete;
      const shown = element.shadowRoot!.querySelector('[role=alert]')!.textContent!;
      expect(shown).to.contain('This assessment cannot be shown');
      expect(shown).to.contain(detail.message);
      expect(actor.getSnapshot()).to.equal(before);
      await expectNoAxeViolations(element);

      element.definition = barthel;
      await new AssessmentDriver(element).settle();
      expect(new AssessmentDriver(element).heading()!.textContent, 'the matching definition shows the actor').to.equal('Activities of daily living');
      element.remove();
      expect(actor.getSnapshot().status).to.equal('active');
    });
  }
});
