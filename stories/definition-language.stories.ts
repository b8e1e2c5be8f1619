import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseDefinition, type Attachment } from '@otforms/core';
import type { AssessmentEvent } from '@otforms/machines';
import '@otforms/elements/define';
import { preparePhoto } from '../packages/elements/src/questions/photo-processing.js';
import { drawnPhoto } from '../packages/elements/src/questions/photo-files.test-support.js';
import { draftAfter, storyStorage } from './support/drafts.js';
import { brokenConditionsDefinition, conditionsAndGroupsDefinition } from './support/definitions.js';

/**
 * What the definition language adds to a form: a question revealed by an
 * answer, checkboxes, a duration, a repeating group; a home visit's
 * measurements, photos and the person's own words; and the errors a council
 * team sees when a definition is wrong.
 */

interface Loaded {
  definition: unknown;
  storageKey: string;
  storage: ReturnType<typeof storyStorage>;
}

function loaded(key: string, definition: unknown, events?: readonly AssessmentEvent[] | (() => Promise<readonly AssessmentEvent[]>)) {
  return async (): Promise<Loaded> => {
    const storageKey = `stories:language:${key}`;
    const given = typeof events === 'function' ? await events() : events;
    const draft = given ? draftAfter(parseDefinition(definition), given) : undefined;
    return { definition, storageKey, storage: storyStorage(storageKey, draft) };
  };
}

/** A fictional front door, as an OT records it on a home visit. */
const frontDoorDefinition = {
  id: 'story-front-door',
  version: '1.0.0',
  title: 'Front door',
  citation: 'Written for the otforms stories.',
  licence: { holder: 'otforms contributors', terms: 'MIT', attribution: 'otforms story fixture' },
  sections: [
    {
      id: 'access',
      title: 'Access and entrance',
      items: [
        { id: 'stepHeight', type: 'measurement', label: 'Height of the front step', hint: 'From the path to the top of the step', unit: 'mm', min: 0, max: 400 },
        { id: 'doorWidth', type: 'measurement', label: 'Clear width of the front door', unit: 'cm', min: 50, max: 150, decimalPlaces: 1, required: false },
        { id: 'stepPhoto', type: 'photo', label: 'Front step', hint: 'From the path, with the whole step in view', maxPhotos: 2 },
        { id: 'whatMatters', type: 'own-words', label: 'What matters to me about getting in and out', hint: 'Ask the person; write their answer down' },
      ],
    },
  ],
};

/** Drawn, fictional photos with fixed ids, prepared as the photo question prepares a camera's. */
async function storyPhotos(count: number): Promise<Attachment[]> {
  const sizes = [
    [1600, 1200],
    [900, 1200],
  ] as const;
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const [width, height] = sizes[index % sizes.length]!;
      return { ...(await preparePhoto(await drawnPhoto(width, height), 'stepPhoto')), id: `story-photo-${index + 1}` };
    }),
  );
}

const frontDoorAnswers: AssessmentEvent[] = [
  { type: 'ANSWER', itemId: 'stepHeight', input: '180' },
  { type: 'ANSWER', itemId: 'doorWidth', input: '76.5' },
  { type: 'ANSWER', itemId: 'whatMatters', input: 'Getting out to see my sister on Sundays.\n\nNot having to ask for help with the step.' },
];

const meta = {
  title: 'Definition language',
  render: (_args, { loaded: given }) => {
    const { definition, storage, storageKey } = given as Loaded;
    return html`<ot-assessment .definition=${definition} .storage=${storage} storage-key=${storageKey}></ot-assessment>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** "No" reveals the follow-up question, indented under the one that revealed it. */
export const ConditionalQuestionRevealed: Story = {
  loaders: [loaded('revealed', conditionsAndGroupsDefinition, [{ type: 'ANSWER', itemId: 'livesAlone', input: 'no' }])],
};

/** The revealed question is required: its error shows, in the summary and beside it. */
export const ConditionalQuestionError: Story = {
  loaders: [
    loaded('revealed-error', conditionsAndGroupsDefinition, [
      { type: 'ANSWER', itemId: 'livesAlone', input: 'no' },
      { type: 'ANSWER', itemId: 'aids', input: ['stick', 'rail'] },
      { type: 'ANSWER', itemId: 'walkTime', input: '12.5' },
      { type: 'CONTINUE' },
    ]),
  ],
};

/** A repeating group with two entries, each with its own questions and a remove button. */
export const RepeatingGroup: Story = {
  loaders: [
    loaded('group', conditionsAndGroupsDefinition, [
      { type: 'ANSWER', itemId: 'livesAlone', input: 'yes' },
      { type: 'ANSWER', itemId: 'walkTime', input: '9' },
      { type: 'CONTINUE' },
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'activity', input: 'Gardening' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'importance', input: '9' },
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 1, childId: 'activity', input: 'Going to church' },
    ]),
  ],
};

/**
 * The repeating group in a Welsh page, Continue pressed with an entry half filled: the errors name the
 * entry in Welsh ("Activity 2: …: rhowch ateb"), while the definition's English text is marked `lang="en-GB"`.
 */
export const RepeatingGroupErrorsInWelsh: Story = {
  loaders: [
    loaded('group-welsh', conditionsAndGroupsDefinition, [
      { type: 'ANSWER', itemId: 'livesAlone', input: 'yes' },
      { type: 'ANSWER', itemId: 'walkTime', input: '9' },
      { type: 'CONTINUE' },
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'activity', input: 'Gardening' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'importance', input: '9' },
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'CONTINUE' },
    ]),
  ],
  render: (_args, { loaded: given }) => {
    const { definition, storage, storageKey } = given as Loaded;
    return html`<div lang="cy"><ot-assessment .definition=${definition} .storage=${storage} storage-key=${storageKey}></ot-assessment></div>`;
  },
};

/** Measurements: a number with its unit after the box (mm, cm), typed as it was measured. */
export const Measurements: Story = {
  loaders: [loaded('measurements', frontDoorDefinition, frontDoorAnswers.slice(0, 2))],
};

/** A measurement out of its range: core's message, in the summary and beside the box. */
export const MeasurementError: Story = {
  loaders: [loaded('measurement-error', frontDoorDefinition, [{ type: 'ANSWER', itemId: 'stepHeight', input: '650' }, { type: 'CONTINUE' }])],
};

/** The person's own words, kept exactly as typed, line breaks included, with the note that says so. */
export const OwnWords: Story = {
  loaders: [loaded('own-words', frontDoorDefinition, frontDoorAnswers.slice(2))],
};

/** A photo question with no photo yet: "Take a photo" and "Choose a photo". */
export const PhotoEmpty: Story = {
  loaders: [loaded('photo-empty', frontDoorDefinition)],
};

/** One photo taken: its thumbnail, named for the question, with its remove button; room for one more. */
export const PhotoWithPhotos: Story = {
  loaders: [loaded('photo-one', frontDoorDefinition, async () => [{ type: 'ANSWER', itemId: 'stepPhoto', input: await storyPhotos(1) }])],
};

/** As many photos as the question takes: the add buttons give way to a sentence saying why. */
export const PhotoAtLimit: Story = {
  loaders: [loaded('photo-limit', frontDoorDefinition, async () => [{ type: 'ANSWER', itemId: 'stepPhoto', input: await storyPhotos(2) }])],
};

/** Continue without the required photo: the error in the summary and beside the question. */
export const PhotoError: Story = {
  loaders: [loaded('photo-error', frontDoorDefinition, [...frontDoorAnswers, { type: 'CONTINUE' }])],
};

/** Conditions that refer to a missing question, and two questions that depend on each other. */
export const BrokenConditions: Story = { loaders: [loaded('broken', brokenConditionsDefinition)] };

/** Text that is not JSON at all. */
export const NotJson: Story = { loaders: [loaded('not-json', '{ "id": "half-written", ')] };
