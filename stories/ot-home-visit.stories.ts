import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DraftStorage } from '@otforms/core';
import '@otforms/elements/define/ot-home-visit';
import { OtHomeVisit } from '../packages/elements/src/home-visit/ot-home-visit.js';
import {
  answerConversation,
  answerHomeCheck,
  decideAndContinue,
  definitions,
  SUBJECT,
  TODAY,
  visitDraftAfter,
  type Step,
} from '../packages/elements/src/home-visit/home-visit.test-support.js';
import { storyStorage } from './support/drafts.js';

/** The story controls: attributes a host sets, with the events shown in the Actions panel. */
interface HomeVisitArgs {
  'assessor-role': string;
  disabled: boolean;
  onOtOutcome?: (event: Event) => void;
  onOtError?: (event: Event) => void;
}

/** Attributes the stories set themselves, or that change nothing on screen: documented, but not controls. */
type UnboundAttributes = Partial<Record<'storage-key' | 'name' | 'required' | 'assessor-reference' | 'subject-reference' | 'visited-on', never>>;
type Args = HomeVisitArgs & UnboundAttributes;

interface Loaded {
  storage: DraftStorage;
  storageKey: string;
}

/**
 * Gives a story its own in-memory store under its own key, seeded with the
 * visit `steps` lead to (two small fictional definitions, a home check and a
 * conversation, sent headlessly): the persisted snapshot is the draft
 * `<ot-home-visit>` resumes.
 */
function withDraft(storageKey: string, steps?: readonly Step[]) {
  return async (): Promise<Loaded> => ({ storage: storyStorage(storageKey, steps ? visitDraftAfter(steps) : undefined), storageKey });
}

function renderVisit(args: HomeVisitArgs, { storage, storageKey }: Loaded, after?: (element: Element | undefined) => void) {
  return html`<ot-home-visit
    .definitions=${definitions}
    .storage=${storage}
    .today=${TODAY}
    storage-key=${storageKey}
    subject-reference=${SUBJECT}
    visited-on=${TODAY}
    assessor-role=${args['assessor-role'] || nothing}
    ?disabled=${args.disabled}
    @ot-outcome=${args.onOtOutcome}
    @ot-error=${args.onOtError}
    ${after ? ref(after) : nothing}
  ></ot-home-visit>`;
}

/**
 * The element only resumes an unfinished visit, so "done" is reached as the
 * assessor reaches it: the story opens on the check page and presses "Finish
 * visit" once the element has rendered. On the docs page the focus then moved
 * to the heading would scroll to this story, so it is given back.
 */
async function finishVisit(element: Element | undefined, onDocsPage: boolean): Promise<void> {
  // Lit calls a ref while the template is still a detached fragment; wait until it is in the page.
  await null;
  if (!(element instanceof OtHomeVisit) || !element.isConnected) return;
  await element.updateComplete;
  // The check page's one main button, "Finish visit" in whatever language the page speaks.
  const finish = element.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]');
  if (!finish) {
    console.warn('Done story: the visit was not at its check page.');
    return;
  }
  const { scrollX, scrollY } = window;
  finish.click();
  if (!onDocsPage) return;
  await element.updateComplete;
  (element.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(scrollX, scrollY);
}

const notBound = { control: false } as const;

const meta = {
  title: 'Home visit/ot-home-visit',
  component: 'ot-home-visit',
  tags: ['autodocs'],
  args: { 'assessor-role': 'Occupational therapist', disabled: false },
  argTypes: {
    // The drafts carry their own subject and day: changing these here would start a new visit.
    'subject-reference': notBound,
    'visited-on': notBound,
    'storage-key': notBound,
    name: notBound,
    required: notBound,
    'assessor-reference': notBound,
  },
  render: (args, { loaded }) => renderVisit(args, loaded as Loaded),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A new visit: the steps, and the first assessment (the home check) with nothing answered. */
export const FirstAssessment: Story = { loaders: [withDraft('stories:home-visit:first')] };

/** Both assessments done: two suggestions from the home check's answers, each with why and the answers it came from, to accept or dismiss. */
export const RecommendationsWithSuggestions: Story = {
  loaders: [withDraft('stories:home-visit:suggestions', [...answerHomeCheck, ...answerConversation])],
};

/** "Continue" with a suggestion undecided and a recommendation half written: the error summary, and each error beside its field. */
export const ErrorsShown: Story = {
  loaders: [
    withDraft('stories:home-visit:errors', [
      ...answerHomeCheck,
      ...answerConversation,
      ...decideAndContinue.slice(0, 1),
      { to: 'recommendations', event: { type: 'ADD' } },
      { to: 'recommendations', event: { type: 'SET_FIELD', index: 1, field: 'kind', value: 'equipment' } },
      { to: 'recommendations', event: { type: 'CONTINUE' } },
    ]),
  ],
};

/** The check page: each assessment, each decision with its reason, each recommendation, then "Finish visit". */
export const Review: Story = {
  loaders: [withDraft('stories:home-visit:review', [...answerHomeCheck, ...answerConversation, ...decideAndContinue])],
};

/** Finished from the check page: the confirmation with the record reference and the day of the visit. */
export const Done: Story = {
  loaders: [withDraft('stories:home-visit:done', [...answerHomeCheck, ...answerConversation, ...decideAndContinue])],
  render: (args, { loaded, viewMode }) => renderVisit(args, loaded as Loaded, (element) => void finishVisit(element, viewMode === 'docs')),
};

/** The recommendations page with its errors on a Welsh page (`lang="cy"` on an ancestor): the visit's words and its errors in Welsh; suggestions keep their definition's words. */
export const ErrorsShownInWelsh: Story = {
  loaders: [
    withDraft('stories:home-visit:errors-cy', [
      ...answerHomeCheck,
      ...answerConversation,
      { to: 'recommendations', event: { type: 'ADD' } },
      { to: 'recommendations', event: { type: 'CONTINUE' } },
    ]),
  ],
  render: (args, { loaded }) => html`<div lang="cy">${renderVisit(args, loaded as Loaded)}</div>`,
};

/** The check page on a Welsh page: Welsh plurals ("2 gwestiwn wedi’u hateb") and dates. */
export const ReviewInWelsh: Story = {
  loaders: [withDraft('stories:home-visit:review-cy', [...answerHomeCheck, ...answerConversation, ...decideAndContinue])],
  render: (args, { loaded }) => html`<div lang="cy">${renderVisit(args, loaded as Loaded)}</div>`,
};
