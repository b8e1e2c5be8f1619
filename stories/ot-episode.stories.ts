import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { createActor, type AnyActorRef } from 'xstate';
import { defaultGoalDomains, englandCldVocabulary, parseDefinition, type DraftStorage, type EpisodeVocabulary, type InstrumentDefinition } from '@otforms/core';
import { homeEnvironmentDefinition, whatMattersConversationDefinition } from '@otforms/instruments';
import { createEpisodeMachine } from '@otforms/machines';
import '@otforms/elements/define';
import { storyStorage } from './support/drafts.js';
import {
  afterClosure,
  afterGoals,
  afterInitial,
  afterIntervention,
  afterReferral,
  afterReview,
  barthel,
  episode,
  episodeDraftAfter,
  followUpSteps,
  goalSteps,
  input as scriptInput,
  sendSteps,
  openTask,
  row,
  toFinalAssessment,
  type ScriptStep,
} from '../packages/machines/src/episode/episode-script.test-support.js';
import { exampleScottishVocabulary, inScotland, talkingPointsDomains } from '../packages/elements/src/test-support/scotland-example.js';

/** The story controls: attributes a host sets, with the events shown in the Actions panel. */
interface EpisodeArgs {
  'subject-reference': string;
  'assessor-role': string;
  onOtOutcome?: (event: Event) => void;
  onOtError?: (event: Event) => void;
}

/** Attributes the stories set themselves, or that change nothing on screen: documented, but not controls. */
type UnboundAttributes = Partial<Record<'storage-key' | 'name' | 'required' | 'assessor-reference', never>>;
type Args = EpisodeArgs & UnboundAttributes;

interface Loaded {
  storage: DraftStorage;
  storageKey: string;
  /** The home visit's definitions the draft was made with; none for an episode without a home visit. */
  homeVisit?: readonly InstrumentDefinition[];
  /** The lists of routes of access and end outcomes; England's CLD unless a story gives another nation's. */
  vocabulary?: EpisodeVocabulary;
  /** The goal plan's outcome domains; the default ones unless a story gives others. */
  domains?: readonly { code: string; label: string }[];
}

/** The date goals are agreed and reviewed on in the scripted episode. */
const TODAY = '2026-12-09';

/**
 * Gives a story its own in-memory store under its own key, seeded with the
 * episode `steps` lead to (the scripted episode of the machine's tests, sent
 * headlessly): the persisted snapshot, children included, is the draft
 * `<ot-episode>` resumes.
 */
function withDraft(storageKey: string, steps?: readonly ScriptStep[]) {
  return async (): Promise<Loaded> => ({ storage: storyStorage(storageKey, steps ? episodeDraftAfter(steps) : undefined), storageKey });
}

const notBound = { control: false } as const;

const meta = {
  title: 'Episode/ot-episode',
  component: 'ot-episode',
  tags: ['autodocs'],
  args: { 'subject-reference': 'Patient/ada-example', 'assessor-role': 'Occupational therapist' },
  argTypes: {
    // The scripted drafts carry their own subject and assessor: changing these here would start a new episode.
    'subject-reference': notBound,
    'storage-key': notBound,
    name: notBound,
    required: notBound,
    'assessor-reference': notBound,
  },
  render: (args, { loaded }) => renderEpisode(args, loaded as Loaded),
} satisfies Meta<Args>;

function renderEpisode(
  args: EpisodeArgs,
  { storage, storageKey, homeVisit = [], vocabulary = englandCldVocabulary, domains = defaultGoalDomains }: Loaded,
  after?: (element: Element | undefined) => void,
) {
  return html`<ot-episode
      .instruments=${[barthel]}
      .homeVisitDefinitions=${homeVisit}
      .vocabulary=${vocabulary}
      .domains=${domains}
      .storage=${storage}
      .today=${TODAY}
      storage-key=${storageKey}
      subject-reference=${args['subject-reference'] || nothing}
      assessor-role=${args['assessor-role'] || nothing}
      @ot-outcome=${args.onOtOutcome}
      @ot-error=${args.onOtError}
      ${after ? ref(after) : nothing}
    ></ot-episode>`;
}

export default meta;
type Story = StoryObj<Args>;

/** A new episode: the task list with only the referral to start. */
export const TaskListEmpty: Story = { loaders: [withDraft('stories:episode:empty')] };

/** "Save and continue" on an empty referral: the error summary, and each error beside its field. */
export const ReferralWithErrors: Story = {
  loaders: [withDraft('stories:episode:referral-errors', [openTask, episode({ type: 'CONTINUE' })])],
};

/** The initial Barthel, the episode's own child shown by a nested `<ot-assessment>`, partly answered. */
export const InitialAssessment: Story = {
  loaders: [withDraft('stories:episode:initial-assessment', [...afterReferral, ...afterInitial.slice(afterReferral.length, afterReferral.length + 4)])],
};

const homeEnvironment = parseDefinition(homeEnvironmentDefinition);
const whatMatters = parseDefinition(whatMattersConversationDefinition);

/**
 * Like `withDraft`, for an episode with a home visit with `definitions`: the
 * scripted episode to the end of its initial assessment, then `visit`, which
 * sends the visit's events to it as the OT's actions would.
 */
function withHomeVisitDraft(storageKey: string, definitions: readonly InstrumentDefinition[], visit: (homeVisit: () => AnyActorRef, episodeActor: AnyActorRef) => void) {
  return async (): Promise<Loaded> => {
    const actor = createActor(createEpisodeMachine([barthel], { homeVisit: definitions }), { input: scriptInput }).start();
    sendSteps(actor, afterInitial);
    actor.send({ type: 'OPEN_TASK' });
    visit(() => actor.getSnapshot().children.homeVisit as AnyActorRef, actor);
    const draft = actor.getPersistedSnapshot();
    actor.stop();
    return { storage: storyStorage(storageKey, draft), storageKey, homeVisit: definitions };
  };
}

/** The child of the home visit under way: its assessment, or its recommendations. */
const inVisit = (homeVisit: () => AnyActorRef, name: 'assessment' | 'recommendations') => homeVisit().getSnapshot().children[name] as AnyActorRef;

/** The home visit task, a nested `<ot-home-visit>` driving the episode's child: the home environment assessment, the first of its steps. */
export const HomeVisit: Story = {
  loaders: [withHomeVisitDraft('stories:episode:home-visit', [homeEnvironment, whatMatters], () => undefined)],
};

/** What the person said in the conversation (fictional), kept exactly as typed. */
const conversation = {
  whatMatters: 'Getting back to my allotment. I have had it for thirty years.',
  strengths: 'I am good at growing things, and I know everyone down there.',
  community: 'The Tuesday lunch club at the church hall',
};

/**
 * Agreeing goals after a home visit with the what-matters conversation:
 * "From the conversation" offers what the person said, and one answer has
 * been used as a goal, in exactly their words.
 */
export const GoalSettingWithSeeds: Story = {
  loaders: [
    withHomeVisitDraft('stories:episode:goal-setting-seeds', [whatMatters], (homeVisit, episodeActor) => {
      const talk = inVisit(homeVisit, 'assessment');
      for (const [itemId, words] of Object.entries(conversation)) talk.send({ type: 'ANSWER', itemId, input: words });
      talk.send({ type: 'CONTINUE' });
      talk.send({ type: 'SUBMIT', completedAt: '2026-11-04T14:30:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000021' });
      inVisit(homeVisit, 'recommendations').send({ type: 'CONTINUE' });
      homeVisit().send({ type: 'FINISH', completedAt: '2026-11-04T15:00:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000022' });
      episodeActor.send({ type: 'OPEN_TASK' });
      (episodeActor.getSnapshot().children.goalPlan as AnyActorRef).send({ type: 'USE_SEED', seedId: 'what-matters-conversation/whatMatters', goalId: 'allotment' });
    }),
  ],
};

/** Agreeing goals in the nested `<ot-goal-plan>`: one goal written, not yet agreed. */
export const GoalSetting: Story = {
  loaders: [withDraft('stories:episode:goal-setting', afterGoals.slice(0, -1))],
};

/** Equipment, adaptations and advice, one row of each. */
export const InterventionWithRows: Story = {
  loaders: [
    withDraft('stories:episode:intervention', [
      ...afterGoals,
      openTask,
      episode({ type: 'ADD_ROW', list: 'equipment' }),
      row('equipment', 0, 'item', 'Shower seat'),
      row('equipment', 0, 'issuedOn', '2026-11-05'),
      episode({ type: 'ADD_ROW', list: 'minorAdaptations' }),
      row('minorAdaptations', 0, 'description', 'Grab rail by the shower'),
      row('minorAdaptations', 0, 'cost', '£85'),
      episode({ type: 'ADD_ROW', list: 'majorAdaptations' }),
      row('majorAdaptations', 0, 'description', 'Level-access shower'),
      row('majorAdaptations', 0, 'recommendedOn', '2026-11-06'),
      episode({ type: 'ADD_ROW', list: 'advice' }),
      row('advice', 0, 'text', 'Signposted to the falls prevention class'),
    ]),
  ],
};

/** An interim assessment started from the intervention page: the same instruments again, part way through. */
export const InterimAssessment: Story = {
  loaders: [withDraft('stories:episode:interim', [...afterGoals, openTask, episode({ type: 'START_INTERIM', at: '2026-11-20T10:00:00.000Z' })])],
};

/** A completed task opened again from the task list: equipment returned later, with "Save and return to tasks". */
export const EquipmentOpenedAgain: Story = {
  loaders: [withDraft('stories:episode:opened-again', [...afterIntervention, episode({ type: 'REVISIT', task: 'intervention' })])],
};

/** The review: the agreed goals, with "Record a review" and "Continue to the final assessment". */
export const ReviewGoals: Story = {
  loaders: [withDraft('stories:episode:review-goals', [...afterIntervention, openTask])],
};

/** The final Barthel, after the goals were reviewed. */
export const FinalAssessment: Story = {
  loaders: [withDraft('stories:episode:final-assessment', [...afterIntervention, ...toFinalAssessment])],
};

/** Closing the episode: end date, CLD end outcome, hours and the next service. */
export const Closure: Story = {
  loaders: [withDraft('stories:episode:closure', [...afterReview, openTask])],
};

/** The follow-up, with one row started. */
export const FollowUp: Story = {
  loaders: [
    withDraft('stories:episode:follow-up', [...afterClosure, openTask, episode({ type: 'ADD_ROW', list: 'followUp' }), row('followUp', 0, 'kind', '84-day')]),
  ],
};

/** Closed: the record is made; the summary above the task list, with the follow-up still to do. */
export const ClosedOverview: Story = {
  loaders: [withDraft('stories:episode:closed', afterClosure)],
};

/** The whole scripted episode but its FINISH: the follow-up written. */
const finished = [...afterClosure, ...followUpSteps.slice(0, -1)];

/**
 * The element only resumes an unfinished episode, so "done" is reached as the
 * assessor reaches it: the story opens on the written follow-up and presses
 * "Finish the episode" once the element has rendered. On the docs page the
 * focus then moved to the heading would scroll to this story, so it is given back.
 */
async function finishEpisode(element: Element | undefined, onDocsPage: boolean): Promise<void> {
  // Lit calls a ref while the template is still a detached fragment; wait until it is in the page.
  await null;
  if (!(element instanceof HTMLElement) || !element.isConnected || !element.shadowRoot) return;
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  // The page's main button, "Finish the episode" in whatever language the story is shown in.
  const finish = element.shadowRoot.querySelector<HTMLButtonElement>('button[part="button"]');
  if (!finish) return console.warn('Done story: the follow-up page is not showing.');
  const { scrollX, scrollY } = window;
  finish.click();
  if (!onDocsPage) return;
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  (element.shadowRoot.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(scrollX, scrollY);
}

/** Done: the follow-up recorded, the complete record's summary, and no tasks left. */
export const Done: Story = {
  loaders: [withDraft('stories:episode:done', finished)],
  render: (args, { loaded, viewMode }) => renderEpisode(args, loaded as Loaded, (element) => void finishEpisode(element, viewMode === 'docs')),
};

/**
 * A Scottish council's episode draft, seeded like the others but with the
 * council's vocabulary as the episode's and its own choices in the steps.
 */
function inScotlandDraft(storageKey: string, steps: readonly ScriptStep[]) {
  return async (): Promise<Loaded> => ({
    storage: storyStorage(storageKey, episodeDraftAfter(inScotland(steps), undefined, { ...scriptInput, vocabulary: exampleScottishVocabulary })),
    storageKey,
    vocabulary: exampleScottishVocabulary,
    domains: talkingPointsDomains,
  });
}

/**
 * Scotland: goals tagged with the Talking Points personal outcomes, and an
 * EXAMPLE vocabulary of the kind a Scottish council would supply (the system
 * and every code are fictional). The episode is at its closing page: the end
 * outcomes are the council's, and there is no CLD next service to give. The
 * record keeps the council's codes as codings of its system, never in the CLD
 * fields, so nothing of it goes into England's CLD return. The element itself
 * has no CLD export to turn off: a CLD return is made from records by
 * `@otforms/interop`'s `toCldRows`, which leaves such a route of access empty
 * and refuses such an end outcome.
 */
export const ScotlandTalkingPoints: Story = {
  name: 'Scotland: Talking Points and a local vocabulary',
  loaders: [inScotlandDraft('stories:episode:scotland', [...afterReview, openTask])],
};

/** The same Scottish setup while agreeing goals: the goal is tagged with a Talking Points outcome, and the others are offered. */
export const ScotlandAgreeingGoals: Story = {
  name: 'Scotland: agreeing goals with Talking Points',
  loaders: [inScotlandDraft('stories:episode:scotland-goals', [...afterInitial, ...goalSteps.slice(0, -1)])],
};
