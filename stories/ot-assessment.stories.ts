import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { parseDefinition, type DraftStorage } from '@otforms/core';
import { getInstrument } from '@otforms/instruments';
import type { AssessmentEvent } from '@otforms/machines';
import { OtAssessment } from '@otforms/elements';
import '@otforms/elements/define';
import { answers, draftAfter, draftInput, storyStorage } from './support/drafts.js';
import { bandGapDefinition, duplicateAndUnscoredDefinition, homeVisitDefinition } from './support/definitions.js';

/** The story controls: attributes a host sets, with the events shown in the Actions panel. */
interface AssessmentArgs {
  'band-set': string;
  'subject-reference': string;
  'assessor-role': string;
  disabled: boolean;
  onOtOutcome?: (event: Event) => void;
  onOtError?: (event: Event) => void;
}

/** Attributes the stories set themselves, or that change nothing on screen: documented, but not controls. */
type UnboundAttributes = Partial<Record<'storage-key' | 'name' | 'required' | 'assessor-reference' | 'administration-mode', never>>;
type Args = AssessmentArgs & UnboundAttributes;

/** What a story's loader hands to its render: the definition and the story's own draft store. */
interface Loaded {
  definition: unknown;
  storage: DraftStorage;
  storageKey: string;
}

const barthel = getInstrument('barthel-cw20')!;
const homeVisit = parseDefinition(homeVisitDefinition);

/** Every Barthel item answered: a total of 13 (65 out of 100), so the two band sets disagree. */
const barthelAnswers = {
  bowels: 'continent',
  bladder: 'occasional-accident',
  grooming: 'independent',
  toiletUse: 'needs-some-help',
  feeding: 'independent',
  transfers: 'minor-help',
  mobility: 'walks-with-help',
  dressing: 'needs-help',
  stairs: 'needs-help',
  bathing: 'dependent',
};

const firstHalf = Object.fromEntries(Object.entries(barthelAnswers).slice(0, 5));

/**
 * Gives a story its own in-memory store (never localStorage) under its own
 * key, seeded with the draft `events` lead to. Loaders run again when a
 * control changes, so the draft always carries the current band set and subject.
 */
function withDraft(storageKey: string, definition: unknown, events?: readonly AssessmentEvent[]) {
  return async ({ args }: { args: AssessmentArgs }): Promise<Loaded> => {
    const input = draftInput({ subjectReference: args['subject-reference'], bandSetId: args['band-set'], assessorRole: args['assessor-role'] });
    const draft = events ? draftAfter(parseDefinition(definition), events, input) : undefined;
    return { definition, storage: storyStorage(storageKey, draft), storageKey };
  };
}

/**
 * The element only resumes unfinished drafts, so "completed" is reached as a
 * person reaches it: the story opens on "Check your answers" and presses
 * "Complete assessment" once the element has rendered. On the docs page,
 * where every story is shown, the focus the element then moves to its
 * heading would scroll the page to this story, so it is given back.
 */
async function completeAssessment(element: Element | undefined, onDocsPage: boolean): Promise<void> {
  // Lit calls a ref while the template is still a detached fragment; wait until it is in the page.
  // (Storybook's source view renders a detached copy too, which must not be driven.)
  await null;
  if (!(element instanceof OtAssessment) || !element.isConnected) return;
  await element.updateComplete;
  if (!element.shadowRoot?.querySelector('[data-edit]')) {
    console.warn('Completed story: the assessment was not on "Check your answers".');
    return;
  }
  const { scrollX, scrollY } = window;
  element.shadowRoot.querySelector<HTMLButtonElement>('form [part="button"]')?.click();
  if (!onDocsPage) return;
  await element.updateComplete;
  (element.shadowRoot.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(scrollX, scrollY);
}

function renderAssessment(args: AssessmentArgs, loaded: Loaded, after?: (element: Element | undefined) => void) {
  return html`<ot-assessment
    .definition=${loaded.definition}
    .storage=${loaded.storage}
    storage-key=${loaded.storageKey}
    band-set=${args['band-set'] || nothing}
    subject-reference=${args['subject-reference'] || nothing}
    assessor-role=${args['assessor-role'] || nothing}
    ?disabled=${args.disabled}
    @ot-outcome=${args.onOtOutcome}
    @ot-error=${args.onOtError}
    ${after ? ref(after) : nothing}
  ></ot-assessment>`;
}

const notBound = { control: false } as const;

const meta = {
  title: 'Elements/ot-assessment',
  component: 'ot-assessment',
  tags: ['autodocs'],
  args: { 'band-set': '', 'subject-reference': 'person-0042', 'assessor-role': 'Occupational therapist', disabled: false },
  argTypes: {
    'band-set': {
      control: 'select',
      options: ['', 'shah-100', 'nictiz-20'],
      labels: { '': '(definition default)', 'shah-100': 'Shah et al. (0–100)', 'nictiz-20': 'Nictiz (0–20)' },
    },
    'storage-key': notBound,
    name: notBound,
    required: notBound,
    'assessor-reference': notBound,
    'administration-mode': notBound,
  },
  render: (args, { loaded }) => renderAssessment(args, loaded as Loaded),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The Barthel Index from the catalogue, started afresh. */
export const FirstQuestion: Story = {
  loaders: [withDraft('stories:first-question', barthel)],
};

/** "Continue" was pressed with nothing answered: the error summary, and an error on every question. */
export const ErrorsShown: Story = {
  loaders: [withDraft('stories:errors-shown', barthel, [{ type: 'CONTINUE' }])],
};

/** Half the questions answered; the element resumes the saved draft from its store. */
export const ResumedDraft: Story = {
  loaders: [withDraft('stories:resumed-draft', barthel, answers(firstHalf))],
};

/** Every question answered: "Check your answers" with the score, its 0–100 view and the chosen band set. */
export const Review: Story = {
  args: { 'band-set': 'shah-100' },
  loaders: [withDraft('stories:review', barthel, [...answers(barthelAnswers), { type: 'CONTINUE' }])],
};

/** Submitted from "Check your answers": the confirmation with the record reference, and the score. */
export const Completed: Story = {
  args: { 'band-set': 'shah-100' },
  loaders: [withDraft('stories:completed', barthel, [...answers(barthelAnswers), { type: 'CONTINUE' }])],
  render: (args, { loaded, viewMode }) =>
    renderAssessment(args, loaded as Loaded, (element) => void completeAssessment(element, viewMode === 'docs')),
};

/** A local definition of three sections with a date, a whole number, a decimal with its unit and text. */
export const MultiSection: Story = {
  argTypes: { 'band-set': notBound },
  loaders: [withDraft('stories:multi-section', homeVisit)],
};

/** A definition with an item id used twice and an option without a score: the element lists each problem and fires `ot-error`. */
export const InvalidDefinition: Story = {
  argTypes: { 'band-set': notBound },
  loaders: [withDraft('stories:invalid-definition', duplicateAndUnscoredDefinition)],
};

/** A band set that leaves a total uncovered. Core checks coverage once every score is known, so this is its own story. */
export const InvalidBandSet: Story = {
  argTypes: { 'band-set': notBound },
  loaders: [withDraft('stories:invalid-band-set', bandGapDefinition)],
};

/** The same element in a Welsh page (`lang="cy"` on an ancestor): its own words in Welsh, the definition's as it has them. */
function renderInWelsh(args: AssessmentArgs, loaded: Loaded) {
  return html`<div lang="cy">${renderAssessment(args, loaded)}</div>`;
}

/**
 * The Barthel Index in a Welsh page. No Welsh version of it may be used, so its
 * questions stay in English, marked `lang="en-GB"`, and a notice in Welsh says so;
 * the errors, buttons and headings are Welsh.
 */
export const WelshInterfaceEnglishInstrument: Story = {
  loaders: [withDraft('stories:welsh-english-instrument', barthel, [{ type: 'CONTINUE' }])],
  render: (args, { loaded }) => renderInWelsh(args, loaded as Loaded),
};

/** An otforms checklist that carries its own Welsh translation, in a Welsh page: everything in Welsh, with the errors shown. */
export const WelshTranslatedInstrument: Story = {
  argTypes: { 'band-set': notBound },
  loaders: [withDraft('stories:welsh-translated-instrument', getInstrument('falls-risk-checklist')!, [{ type: 'CONTINUE' }])],
  render: (args, { loaded }) => renderInWelsh(args, loaded as Loaded),
};
