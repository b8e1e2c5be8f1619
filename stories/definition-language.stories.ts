import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseDefinition } from '@otforms/core';
import type { AssessmentEvent } from '@otforms/machines';
import '@otforms/elements/define';
import { draftAfter, storyStorage } from './support/drafts.js';
import { brokenConditionsDefinition, conditionsAndGroupsDefinition } from './support/definitions.js';

/**
 * What the definition language adds to a form: a question revealed by an
 * answer, checkboxes, a duration, a repeating group; and the errors a
 * council team sees when a definition is wrong.
 */

interface Loaded {
  definition: unknown;
  storageKey: string;
  storage: ReturnType<typeof storyStorage>;
}

function loaded(key: string, definition: unknown, events?: readonly AssessmentEvent[]) {
  return async (): Promise<Loaded> => {
    const storageKey = `stories:language:${key}`;
    const draft = events ? draftAfter(parseDefinition(definition), events) : undefined;
    return { definition, storageKey, storage: storyStorage(storageKey, draft) };
  };
}

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

/** Conditions that refer to a missing question, and two questions that depend on each other. */
export const BrokenConditions: Story = { loaders: [loaded('broken', brokenConditionsDefinition)] };

/** Text that is not JSON at all. */
export const NotJson: Story = { loaders: [loaded('not-json', '{ "id": "half-written", ')] };
