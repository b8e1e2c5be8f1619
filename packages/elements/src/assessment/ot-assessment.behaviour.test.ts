import { expect } from '@open-wc/testing';
import type { AssessmentRecord, OutcomeRecord } from '@otforms/core';
import { createAssessmentMachine, flatAnswers } from '@otforms/machines';
import { catalogue } from '@otforms/instruments';
import { createActor, type AnyActorRef } from 'xstate';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { runFormElementSuite } from '../test-support/form-element-suite.js';
import { deepActiveElement, press, tabTo } from '../test-support/keyboard.js';

const barthel = catalogue.find((entry) => entry.id === 'barthel-cw20')!;
const independent = barthel.referenceCases.find((reference) => reference.id === 'B1')!.answers;
const mixed = barthel.referenceCases.find((reference) => reference.id === 'B2')!;

type AssessmentActor = ReturnType<typeof ownersActor>;
const ownersActor = () =>
  createActor(createAssessmentMachine(barthel.definition), {
    input: { startedAt: '2026-11-22T09:00:00.000Z', subjectReference: 'Person/7', assessor: { role: 'Occupational therapist' } },
  }).start();
const answers = (actor: AnyActorRef) => flatAnswers((actor as AssessmentActor).getSnapshot().context.responses.answers);

const chosen = (element: OtAssessment, itemId: string) =>
  element.shadowRoot!.querySelector(`#question-${itemId}`)?.shadowRoot?.querySelector<HTMLInputElement>('input:checked')?.value;
const isRadioOf = (itemId: string) => (element: Element) =>
  element instanceof HTMLInputElement && element.type === 'radio' && (element.getRootNode() as ShadowRoot).host.id === `question-${itemId}`;
const isButton = (text: string) => (element: Element) => element.localName === 'button' && element.textContent!.trim() === text;

runFormElementSuite<OtAssessment>({
  title: '<ot-assessment>',
  tag: 'ot-assessment',
  create: () => {
    const element = document.createElement('ot-assessment');
    element.definition = barthel.definition;
    element.subjectReference = 'Person/keyboard';
    return element;
  },
  makeProgress: (element) => new AssessmentDriver(element).choose('bowels', 'continent'),
  showsProgress: (element) => chosen(element, 'bowels') === 'continent',
  savedProgress: (draft) => (draft as { context?: { responses?: { answers?: Record<string, unknown> } } } | null)?.context?.responses?.answers?.bowels === 'continent',
  atStart: (element) =>
    new AssessmentDriver(element).heading()?.textContent === 'Activities of daily living' && !element.shadowRoot!.querySelector('[id^="question-"]')?.shadowRoot?.querySelector('input:checked'),
  attempt: (element) => new AssessmentDriver(element).clickButton(),
  complete: (element) => new AssessmentDriver(element).complete(independent),
  checkRecord: (record) => {
    expect((record as AssessmentRecord).answers).to.deep.equal(independent);
  },
  completedHeading: 'Assessment complete',
  // Tab into each radio group, arrow keys to the option (Space for the first), Enter on buttons.
  completeByKeyboard: async (element) => {
    // Trying to continue first shows the error summary and puts focus on it.
    await tabTo(isButton('Continue'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary'), 'focus on the error summary').to.equal(true);
    for (const item of barthel.definition.sections[0]!.items) {
      if (item.type !== 'single-choice') continue;
      const radio = await tabTo(isRadioOf(item.id));
      const wanted = item.options.findIndex((option) => option.code === mixed.answers[item.id]);
      expect((radio as HTMLInputElement).value).to.equal(item.options[0]!.code);
      if (wanted === 0) await press('Space');
      for (let step = 0; step < wanted; step += 1) await press('ArrowDown');
      expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
    }
    await tabTo(isButton('Continue'));
    await press('Enter');
    await element.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Check your answers');
    await tabTo(isButton('Complete assessment'));
    await press('Enter');
  },
  checkKeyboardRecord: (record: OutcomeRecord) => {
    const assessment = record as AssessmentRecord;
    expect(assessment.answers).to.deep.equal(mixed.answers);
    expect(assessment.total).to.equal(12);
    expect(assessment.subject).to.deep.equal({ reference: 'Person/keyboard' });
  },
  unusableDraft: { status: 'active', context: { instrument: { id: 'barthel-cw20', version: '0.0.1' } } },
  adoption: {
    ownersActor,
    ownersDoneActor: () => {
      const actor = ownersActor();
      for (const [itemId, input] of Object.entries(independent)) actor.send({ type: 'ANSWER', itemId, input: String(input) });
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'SUBMIT', completedAt: '2026-11-22T10:00:00.000Z', recordId: crypto.randomUUID() });
      return actor;
    },
    ownerMakesProgress: (actor) => (actor as AssessmentActor).send({ type: 'ANSWER', itemId: 'bowels', input: 'continent' }),
    ownerAttempts: (actor) => (actor as AssessmentActor).send({ type: 'CONTINUE' }),
    actorHasProgress: (actor) => answers(actor).bowels === 'continent',
  },
});
