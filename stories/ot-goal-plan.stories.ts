import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DraftStorage } from '@otforms/core';
import type { GoalPlanEvent, GoalSeed } from '@otforms/machines';
import { OtGoalPlan } from '@otforms/elements';
import '@otforms/elements/define';
import { storyStorage } from './support/drafts.js';
import { goalPlanDraftAfter, ratings, writeGoal, type GoalPlanDraftInput, type StoryGoal } from './support/goal-plan-drafts.js';

/** The story controls: attributes a host sets, with the events shown in the Actions panel. */
interface GoalPlanArgs {
  'subject-reference': string;
  'assessor-role': string;
  weighting: 'unweighted' | 'importance-x-difficulty';
  'allow-partial-review': boolean;
  disabled: boolean;
  onOtOutcome?: (event: Event) => void;
  onOtError?: (event: Event) => void;
}

/** Attributes the stories set themselves, or that change nothing on screen: documented, but not controls. */
type UnboundAttributes = Partial<Record<'storage-key' | 'name' | 'required' | 'assessor-reference' | 'min-goals' | 'max-goals', never>>;
type Args = GoalPlanArgs & UnboundAttributes;

/** What a story's loader hands to its render: the story's own draft store and key. */
interface Loaded {
  storage: DraftStorage;
  storageKey: string;
}

const AGREED = '2026-03-02';
const REVIEWED = '2026-03-30';

const breakfast: StoryGoal = {
  id: 'breakfast',
  statement: 'I want to make my own breakfast again',
  domain: 'domestic-life',
  baseline: '-1',
  levels: {
    muchLess: 'Needs someone to make breakfast for her',
    somewhatLess: 'Makes a cup of tea; someone else makes the toast',
    expected: 'Makes tea and toast, sitting to rest once',
    somewhatMore: 'Makes tea and toast without a rest',
    muchMore: 'Cooks a hot breakfast on her own',
  },
  dueDate: REVIEWED,
};
const shop: StoryGoal = {
  id: 'shop',
  statement: 'Walk to the corner shop for my paper',
  domain: 'mobility',
  baseline: '-1',
  levels: { expected: 'Walks there and back with a stick, with one rest' },
  dueDate: REVIEWED,
};
const shower: StoryGoal = {
  id: 'shower',
  statement: 'Have a shower on my own',
  domain: 'personal-care',
  baseline: '-2',
  levels: { expected: 'Showers using the seat and grab rail, with someone in the house' },
  dueDate: REVIEWED,
};

const agreed: GoalPlanEvent[] = [...[breakfast, shop, shower].flatMap(writeGoal), { type: 'AGREE', date: AGREED }];
/** Example G1 of the domain brief (§2.8): reviewed at +1, +1 and 0, a T-score of 59.1. */
const reviewed: GoalPlanEvent[] = [...agreed, { type: 'START_REVIEW', date: REVIEWED }, ...ratings({ breakfast: 1, shop: 1, shower: 0 }), { type: 'SAVE_REVIEW' }];

/** Only the keys that have a value: the machine's input has optional fields, not empty ones. */
function draftInput(args: GoalPlanArgs): GoalPlanDraftInput {
  return {
    weighting: args.weighting,
    ...(args['subject-reference'] ? { subjectReference: args['subject-reference'] } : {}),
    ...(args['assessor-role'] ? { assessor: { role: args['assessor-role'] } } : {}),
    ...(args['allow-partial-review'] ? { allowPartialReview: true } : {}),
  };
}

/**
 * Gives a story its own in-memory store (never localStorage) under its own
 * key, seeded with the draft `events` lead to. Loaders run again when a
 * control changes, so the draft always carries the current details.
 */
function withDraft(storageKey: string, events?: readonly GoalPlanEvent[], seeds?: GoalSeed[]) {
  return async ({ args }: { args: GoalPlanArgs }): Promise<Loaded> => {
    const draft = events ? goalPlanDraftAfter(events, { ...draftInput(args), ...(seeds ? { seeds } : {}) }) : undefined;
    return { storage: storyStorage(storageKey, draft), storageKey };
  };
}

/**
 * The element only resumes an open plan, so "closed" is reached as the
 * assessor reaches it: the story opens on the reviewed plan and presses
 * "Close the plan" once the element has rendered. On the docs page the
 * focus then moved to the heading would scroll to this story, so it is
 * given back.
 */
async function closePlan(element: Element | undefined, onDocsPage: boolean): Promise<void> {
  // Lit calls a ref while the template is still a detached fragment; wait until it is in the page.
  await null;
  if (!(element instanceof OtGoalPlan) || !element.isConnected) return;
  await element.updateComplete;
  // Found by place, not words, so the story closes in every language of the toolbar: the second button after "Record a review".
  const close = element.shadowRoot?.querySelector<HTMLButtonElement>('.button-group button.secondary');
  if (!close) {
    console.warn('Closed story: the plan was not agreed.');
    return;
  }
  const { scrollX, scrollY } = window;
  close.click();
  if (!onDocsPage) return;
  await element.updateComplete;
  (element.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(scrollX, scrollY);
}

function renderGoalPlan(args: GoalPlanArgs, loaded: Loaded, after?: (element: Element | undefined) => void, seeds: readonly GoalSeed[] = []) {
  return html`<ot-goal-plan
    .storage=${loaded.storage}
    .seeds=${seeds}
    storage-key=${loaded.storageKey}
    subject-reference=${args['subject-reference'] || nothing}
    assessor-role=${args['assessor-role'] || nothing}
    weighting=${args.weighting}
    ?allow-partial-review=${args['allow-partial-review']}
    ?disabled=${args.disabled}
    @ot-outcome=${args.onOtOutcome}
    @ot-error=${args.onOtError}
    ${after ? ref(after) : nothing}
  ></ot-goal-plan>`;
}

const notBound = { control: false } as const;

const meta = {
  title: 'Goals/ot-goal-plan',
  component: 'ot-goal-plan',
  tags: ['autodocs'],
  args: {
    'subject-reference': 'person-0042',
    'assessor-role': 'Occupational therapist',
    weighting: 'unweighted',
    'allow-partial-review': false,
    disabled: false,
  },
  argTypes: {
    weighting: { control: 'select', options: ['unweighted', 'importance-x-difficulty'] },
    'storage-key': notBound,
    name: notBound,
    required: notBound,
    'assessor-reference': notBound,
    'min-goals': notBound,
    'max-goals': notBound,
  },
  render: (args, { loaded }) => renderGoalPlan(args, loaded as Loaded),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A new plan: no goals yet, "Add a goal" and "Agree the plan". */
export const DraftingEmpty: Story = {
  loaders: [withDraft('stories:goal-plan:drafting-empty')],
};

/** What the person said in a what-matters conversation (fictional), as the home visit hands it over. */
const conversation: GoalSeed[] = [
  { id: 'what-matters/matters-to-me', text: 'Getting back to my allotment. I have had it for thirty years.', instrumentId: 'what-matters', itemId: 'matters-to-me', label: 'What matters to me' },
  { id: 'what-matters/good-at', text: 'I am good at growing things and I know everyone down there.', instrumentId: 'what-matters', itemId: 'good-at', label: 'What I’m good at' },
  { id: 'what-matters/community', text: 'Tuesday lunch club at the church hall', instrumentId: 'what-matters', itemId: 'community', label: 'My community' },
];

/**
 * Goals drafted after a home visit: "From the conversation" lists what the
 * person said, each with "Use as a goal". One has been used already, so it
 * is not offered again; its goal holds the person's words exactly.
 */
export const DraftingWithSeeds: Story = {
  loaders: [withDraft('stories:goal-plan:drafting-seeds', [{ type: 'USE_SEED', seedId: 'what-matters/matters-to-me', goalId: 'allotment' }], conversation)],
  render: (args, { loaded }) => renderGoalPlan(args, loaded as Loaded, undefined, conversation),
};

/** "Agree the plan" was pressed with one goal written and one barely started: the error summary, and each error beside its field. */
export const DraftingWithErrors: Story = {
  loaders: [
    withDraft('stories:goal-plan:drafting-errors', [
      ...writeGoal(breakfast),
      ...writeGoal({ id: 'garden', statement: 'Get out into the garden', baseline: '-1' }),
      { type: 'AGREE', date: AGREED },
    ]),
  ],
};

/** Three goals agreed with the person: the T-score at baseline, the chart, and "Record a review". */
export const Agreed: Story = {
  argTypes: { weighting: notBound },
  loaders: [withDraft('stories:goal-plan:agreed', agreed)],
};

/** A review in progress: a five-level scale per goal, with the goal's own words for each level and where the person started. */
export const Reviewing: Story = {
  argTypes: { weighting: notBound },
  loaders: [withDraft('stories:goal-plan:reviewing', [...agreed, { type: 'START_REVIEW', date: REVIEWED }, ...ratings({ breakfast: 1 })])],
};

/** After the review (the brief's example G1): the T-scores at baseline and at the review, and the change. */
export const ReviewedWithTScores: Story = {
  argTypes: { weighting: notBound },
  loaders: [withDraft('stories:goal-plan:reviewed', reviewed)],
};

/** Closed from the reviewed plan: the confirmation with the record reference and the final T-scores. */
export const Closed: Story = {
  argTypes: { weighting: notBound },
  loaders: [withDraft('stories:goal-plan:closed', reviewed)],
  render: (args, { loaded, viewMode }) => renderGoalPlan(args, loaded as Loaded, (element) => void closePlan(element, viewMode === 'docs')),
};
