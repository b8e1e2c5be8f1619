import { parseDefinition, type InstrumentDefinition, type InstrumentDefinitionInput, type Item } from '@otforms/core';
import { createHomeVisitMachine, type HomeVisitInput } from '@otforms/machines';
import { fallsRiskChecklistDefinition, homeEnvironmentDefinition, whatMattersConversationDefinition } from '@otforms/instruments';
import { createActor, type AnyActorRef } from 'xstate';
import { settle } from '../test-support/settle.js';
import type { OtHomeVisit } from './ot-home-visit.js';

/**
 * Two small fictional definitions for the home visit's element tests: a home
 * check whose two "No" answers each make a suggestion, and a short
 * conversation. Their words are ours, for tests only.
 */

const licence = {
  holder: 'otforms contributors',
  terms: 'Written for the otforms tests.',
  attribution: 'otforms test fixture.',
  commercialUseNeedsPermission: false,
};

export const homeCheckInput = {
  id: 'home-check-fixture',
  version: '1.0.0',
  title: 'Home check',
  citation: 'Written for the otforms tests.',
  licence,
  sections: [
    {
      id: 'access',
      title: 'Getting in and staying safe',
      items: [
        { id: 'rail', type: 'yes-no', label: 'Is there a rail by the front step?' },
        { id: 'alarm', type: 'yes-no', label: 'Is there a working smoke alarm?' },
      ],
    },
  ],
  suggestions: [
    {
      id: 'front-rail',
      when: [{ item: 'rail', operator: 'equals', value: 'no' }],
      recommend: { kind: 'minor-adaptation', what: 'Grab rail by the front step', route: 'minor-adaptations-service', priority: 'high' },
      reason: 'There is no rail by the front step.',
    },
    {
      id: 'smoke-alarm',
      when: [{ item: 'alarm', operator: 'equals', value: 'no' }],
      recommend: { kind: 'referral-on', what: 'Fire service home safety check', route: 'housing-provider', priority: 'urgent' },
      reason: 'There is no working smoke alarm.',
    },
  ],
} satisfies InstrumentDefinitionInput;

export const conversationInput = {
  id: 'conversation-fixture',
  version: '1.0.0',
  title: 'What matters',
  citation: 'Written for the otforms tests.',
  licence,
  sections: [{ id: 'matters', title: 'What matters to you', items: [{ id: 'matters', type: 'text', multiline: true, label: 'What matters to you at home?' }] }],
} satisfies InstrumentDefinitionInput;

export const homeCheck = parseDefinition(homeCheckInput);
export const conversation = parseDefinition(conversationInput);
export const definitions = [homeCheck, conversation];

export const SUBJECT = 'Patient/visit-test';
export const TODAY = '2026-12-03';
export const visitInput: HomeVisitInput = { startedAt: '2026-12-03T09:00:00.000Z', visitedOn: TODAY, subjectReference: SUBJECT, assessor: { role: 'Occupational therapist' } };

export type Step = { to?: 'assessment' | 'recommendations'; event: Record<string, unknown> & { type: string } };

const at = (when: string) => `2026-12-03T${when}:00.000Z`;

/** The steps of a visit: both "No" answers, the conversation, then both suggestions decided and Continue. */
export const answerHomeCheck: Step[] = [
  { to: 'assessment', event: { type: 'ANSWER', itemId: 'rail', input: 'no' } },
  { to: 'assessment', event: { type: 'ANSWER', itemId: 'alarm', input: 'no' } },
  { to: 'assessment', event: { type: 'CONTINUE' } },
  { to: 'assessment', event: { type: 'SUBMIT', completedAt: at('09:20'), recordId: 'a0000000-0000-4000-8000-000000000001' } },
];
export const answerConversation: Step[] = [
  { to: 'assessment', event: { type: 'ANSWER', itemId: 'matters', input: 'Getting out to see my sister on Sundays' } },
  { to: 'assessment', event: { type: 'CONTINUE' } },
  { to: 'assessment', event: { type: 'SUBMIT', completedAt: at('09:40'), recordId: 'a0000000-0000-4000-8000-000000000002' } },
];
export const decideAndContinue: Step[] = [
  { to: 'recommendations', event: { type: 'ACCEPT_SUGGESTION', ruleId: 'front-rail', instrumentId: 'home-check-fixture', reason: '', on: TODAY } },
  { to: 'recommendations', event: { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', instrumentId: 'home-check-fixture', reason: 'Her son fitted a new alarm yesterday.', on: TODAY } },
  { to: 'recommendations', event: { type: 'CONTINUE' } },
];

/**
 * The persisted snapshot of a visit after `steps`, sent headlessly to the
 * home visit's children as the element would: the draft `<ot-home-visit>`
 * resumes from.
 */
export function visitDraftAfter(steps: readonly Step[], input: HomeVisitInput = visitInput, assessedWith: readonly InstrumentDefinition[] = definitions): unknown {
  const actor = createActor(createHomeVisitMachine(assessedWith), { input }).start();
  for (const { to, event } of steps) {
    const target = to ? actor.getSnapshot().children[to === 'assessment' ? 'assessment' : 'recommendations'] : actor;
    if (!target) throw new Error(`No ${to} under way for ${event.type}`);
    (target as { send(event: unknown): void }).send(event);
  }
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return persisted;
}

/** The catalogue's own home visit: the home environment, the falls checklist and the conversation. */
export const catalogueDefinitions = [homeEnvironmentDefinition, fallsRiskChecklistDefinition, whatMattersConversationDefinition].map((definition) => parseDefinition(definition));

/** An answer that needs help or shows a risk where there is a choice ("No", the last option), so the rules suggest things. */
function answerFor(item: Item): unknown {
  switch (item.type) {
    case 'yes-no':
      return 'no';
    case 'single-choice':
      return item.options.at(-1)!.code;
    case 'multiple-choice':
      return [item.options[0]!.code];
    case 'measurement':
      return item.min ?? 100;
    case 'integer':
    case 'decimal':
    case 'duration':
      return item.min ?? 1;
    case 'date':
      return TODAY;
    case 'text':
    case 'own-words':
      return 'Getting to the shops on my own';
    default:
      return undefined;
  }
}

/**
 * A visit with the catalogue's definitions, every assessment answered headlessly page by page as the element
 * would send it, up to its recommendations, or on to its check page with every suggestion dismissed with a reason.
 */
export function catalogueVisitDraft(until: 'recommendations' | 'review', subjectReference: string): unknown {
  const actor = createActor(createHomeVisitMachine(catalogueDefinitions), { input: { startedAt: '2026-12-03T09:00:00.000Z', visitedOn: TODAY, subjectReference } }).start();
  catalogueDefinitions.forEach((definition, index) => {
    const child = () => actor.getSnapshot().children.assessment as AnyActorRef;
    for (const section of definition.sections) {
      for (const item of section.items) {
        const input = answerFor(item);
        if (input !== undefined) child().send({ type: 'ANSWER', itemId: item.id, input });
      }
      child().send({ type: 'CONTINUE' });
    }
    child().send({ type: 'SUBMIT', completedAt: `2026-12-03T1${index}:00:00.000Z`, recordId: `a0000000-0000-4000-8000-00000000010${index}` });
  });
  if (until === 'review') {
    const recommendations = actor.getSnapshot().children.recommendations as AnyActorRef;
    const pending = (recommendations.getSnapshot() as { context: { options: { suggestions: { ruleId: string; instrumentId: string }[] } } }).context.options.suggestions;
    for (const { ruleId, instrumentId } of pending) recommendations.send({ type: 'DISMISS_SUGGESTION', ruleId, instrumentId, reason: 'Talked through with Mr Example; not wanted now.', on: TODAY });
    recommendations.send({ type: 'CONTINUE' });
  }
  const reached = actor.getSnapshot().value;
  if (reached !== until) throw new Error(`The catalogue visit reached ${JSON.stringify(reached)}, not ${until}`);
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}

export const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Clicks, types and reads inside an `<ot-home-visit>` and its nested assessment, as a pointer user would. */
export class VisitDriver {
  constructor(readonly element: OtHomeVisit) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  async settle(): Promise<void> {
    await settle(this.element);
  }

  assessment(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('ot-assessment');
  }

  heading(): string {
    return normalise(this.root.querySelector('[data-page-heading]')?.textContent);
  }

  currentStep(): string {
    return normalise(this.root.querySelector('[aria-current="step"]')?.textContent);
  }

  /** A button or link by its visible text (hidden words included), in the visit or its nested assessment. */
  find(text: string, root: ParentNode = this.root): HTMLElement | undefined {
    const own = [...root.querySelectorAll<HTMLElement>('button, a')].find((candidate) => normalise(candidate.textContent) === text);
    if (own) return own;
    const nested = this.assessment()?.shadowRoot;
    return root === this.root && nested ? this.find(text, nested) : undefined;
  }

  async click(text: string): Promise<void> {
    const target = this.find(text);
    if (!target) throw new Error(`No button or link "${text}"`);
    target.click();
    await this.settle();
  }

  /** Chooses the option `code` of a nested assessment's question. */
  async choose(itemId: string, code: string): Promise<void> {
    const question = this.assessment()!.shadowRoot!.querySelector(`#question-${itemId}`)!;
    question.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${code}"]`)!.click();
    await this.settle();
  }

  /** Types into a nested assessment's text question. */
  async typeAnswer(itemId: string, text: string): Promise<void> {
    const question = this.assessment()!.shadowRoot!.querySelector(`#question-${itemId}`)!;
    const input = question.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** Types into one of the visit's own text boxes by its id. */
  async type(id: string, text: string): Promise<void> {
    const input = this.root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(id)}`)!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** Clicks one of the visit's own radios or checkboxes by its id. */
  async tick(id: string): Promise<void> {
    this.root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)!.click();
    await this.settle();
  }

  errorLinks(): string[] {
    return [...this.root.querySelectorAll('.error-summary a')].map((link) => normalise(link.textContent));
  }

  /** Answers both home-check questions "No", then the conversation, with the pointer: the visit reaches its recommendations. */
  async completeAssessments(): Promise<void> {
    await this.choose('rail', 'no');
    await this.choose('alarm', 'no');
    await this.click('Continue');
    await this.click('Complete assessment');
    await this.typeAnswer('matters', 'Getting out to see my sister on Sundays');
    await this.click('Continue');
    await this.click('Complete assessment');
  }
}
