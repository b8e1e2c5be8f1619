import { expect, oneEvent } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import { createAssessmentMachine } from '@otforms/machines';
import { getInstrument } from '@otforms/instruments';
import { createActor, type Actor } from 'xstate';
import '../define.js';
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

/**
 * What only the assessment does with an adopted actor: its definition must be the actor's instrument.
 * What every form an episode nests does with one is checked by the shared suite (ot-assessment.behaviour.test.ts).
 */
describe('<ot-assessment> with an adopted actor', () => {
  afterEach(() => {
    for (const actor of actors) actor.stop();
    actors = [];
  });

  it('does not dispatch a done actor’s record again when given a copy of its definition', async () => {
    const actor = ownersActor();
    for (const [itemId, input] of Object.entries(all)) actor.send({ type: 'ANSWER', itemId, input });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'SUBMIT', completedAt: '2026-11-22T10:00:00.000Z', recordId: crypto.randomUUID() });
    const element = document.createElement('ot-assessment');
    element.storage = new MemoryDraftStorage();
    element.definition = barthel;
    element.actor = actor;
    const outcomes: unknown[] = [];
    element.addEventListener('ot-outcome', (event) => outcomes.push((event as CustomEvent).detail));
    document.body.append(element);
    await new AssessmentDriver(element).settle();
    element.definition = structuredClone(barthel);
    await new AssessmentDriver(element).settle();
    expect(outcomes).to.deep.equal([actor.getSnapshot().output]);
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
