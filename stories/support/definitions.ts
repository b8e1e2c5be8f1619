import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * Definitions written for the stories. They are fixtures, not instruments:
 * the catalogue's own (Barthel) comes from @otforms/instruments.
 */

const storyLicence = {
  holder: 'otforms',
  terms: 'Example content for otforms stories; not a validated instrument.',
  attribution: 'Home visit example, written for the otforms stories.',
};

/** Three sections, every typed item kind (whole number, decimal with unit, date, text) and no scoring. */
export const homeVisitDefinition = {
  id: 'story-home-visit',
  version: '1.0.0',
  title: 'Home visit',
  description: 'Record what you saw on the visit. You can change any answer before you complete the assessment.',
  citation: 'Written for the otforms stories.',
  licence: storyLicence,
  sections: [
    {
      id: 'visit',
      title: 'About the visit',
      items: [
        { id: 'seenOn', type: 'date', label: 'Date of the visit' },
        { id: 'carerVisits', type: 'integer', label: 'Carer visits a week', hint: 'Enter 0 if there are none.', min: 0, max: 28 },
        {
          id: 'timedUpAndGo',
          type: 'decimal',
          label: 'Timed up and go',
          hint: 'From standing up to sitting down again, to the nearest tenth of a second.',
          unit: 'seconds',
          min: 0,
          decimalPlaces: 1,
        },
        { id: 'mainConcern', type: 'text', label: 'Main concern raised', maxLength: 120 },
      ],
    },
    {
      id: 'home',
      title: 'Home environment',
      items: [
        {
          id: 'stairs',
          type: 'single-choice',
          label: 'Stairs to the bedroom',
          options: [
            { code: 'none', label: 'No stairs' },
            { code: 'rail', label: 'Stairs with a rail' },
            { code: 'no-rail', label: 'Stairs without a rail' },
          ],
        },
        { id: 'hazards', type: 'text', label: 'Hazards seen', multiline: true, required: false },
      ],
    },
    {
      id: 'goals',
      title: 'What matters to the person',
      items: [{ id: 'whatMatters', type: 'text', label: 'In their own words', multiline: true }],
    },
  ],
} satisfies InstrumentDefinitionInput;

const invalidBase = {
  version: '1.0.0',
  title: 'Broken example',
  citation: 'Written for the otforms stories.',
  licence: storyLicence,
};

const option = (code: string, label: string, score?: number) => ({ code, label, ...(score === undefined ? {} : { score }) });

/**
 * A definition a council might send by mistake: an item id used twice, and an
 * option with no score although every single-choice item is scored.
 * Band coverage is checked only once every score is known (core reports
 * it then), so the gap is shown by `bandGapDefinition`.
 */
export const duplicateAndUnscoredDefinition = {
  ...invalidBase,
  id: 'story-broken',
  sections: [
    {
      id: 'mobility',
      title: 'Mobility',
      items: [
        { id: 'walking', type: 'single-choice', label: 'Walking', options: [option('unable', 'Unable', 0), option('alone', 'Alone', 1)] },
        { id: 'walking', type: 'single-choice', label: 'Stairs', options: [option('unable', 'Unable', 0), option('alone', 'Alone', 1)] },
        { id: 'transfers', type: 'single-choice', label: 'Transfers', options: [option('unable', 'Unable', 0), option('with-help', 'With help')] },
      ],
    },
  ],
  scoring: { method: 'sum' },
};

/** Totals run from 0 to 3, but no band covers a total of 1. */
export const bandGapDefinition = {
  ...invalidBase,
  id: 'story-band-gap',
  sections: [
    {
      id: 'mobility',
      title: 'Mobility',
      items: [
        { id: 'walking', type: 'single-choice', label: 'Walking', options: [option('unable', 'Unable', 0), option('alone', 'Alone', 1)] },
        { id: 'stairs', type: 'single-choice', label: 'Stairs', options: [option('unable', 'Unable', 0), option('alone', 'Alone', 2)] },
      ],
    },
  ],
  scoring: {
    method: 'sum',
    bandSets: [
      {
        id: 'dependency',
        label: 'Dependency',
        bands: [
          { min: 0, max: 0, label: 'Dependent' },
          { min: 2, max: 3, label: 'Independent' },
        ],
      },
    ],
  },
};

/** A yes-no question that reveals a follow-up, checkboxes, a duration and a repeating group. */
export const conditionsAndGroupsDefinition = {
  id: 'story-living-at-home',
  version: '1.0.0',
  title: 'Living at home',
  citation: 'Written for the otforms stories.',
  licence: storyLicence,
  sections: [
    {
      id: 'home',
      title: 'At home',
      items: [
        { id: 'livesAlone', type: 'yes-no', label: 'Does the person live alone?' },
        {
          id: 'household',
          type: 'text',
          label: 'Who else lives there?',
          enableWhen: [{ item: 'livesAlone', operator: 'equals', value: 'no' }],
        },
        {
          id: 'aids',
          type: 'multiple-choice',
          label: 'Which aids are in use?',
          hint: 'Select all that apply.',
          required: false,
          options: [
            { code: 'stick', label: 'Walking stick' },
            { code: 'frame', label: 'Walking frame' },
            { code: 'rail', label: 'Stair rail' },
          ],
        },
        { id: 'walkTime', type: 'duration', label: 'Time to walk 3 metres' },
      ],
    },
    {
      id: 'wishes',
      title: 'What matters to them',
      items: [
        {
          id: 'activities',
          type: 'group',
          label: 'Activities they want to do again',
          hint: 'In their own words.',
          entryLabel: 'Activity',
          minEntries: 1,
          maxEntries: 3,
          items: [
            { id: 'activity', type: 'text', label: 'Activity' },
            { id: 'importance', type: 'integer', label: 'How important is it (1 to 10)?', min: 1, max: 10 },
          ],
        },
      ],
    },
  ],
} satisfies InstrumentDefinitionInput;

/** A condition on a question that does not exist, and two questions whose conditions depend on each other. */
export const brokenConditionsDefinition = {
  id: 'story-broken-conditions',
  version: '1.0.0',
  title: 'Broken conditions',
  citation: 'Written for the otforms stories.',
  licence: storyLicence,
  sections: [
    {
      id: 'only',
      title: 'Only section',
      items: [
        { id: 'first', type: 'yes-no', label: 'First', enableWhen: [{ item: 'second', operator: 'equals', value: 'yes' }] },
        { id: 'second', type: 'yes-no', label: 'Second', enableWhen: [{ item: 'first', operator: 'answered' }] },
        { id: 'third', type: 'text', label: 'Third', enableWhen: [{ item: 'fourth', operator: 'answered' }] },
      ],
    },
  ],
} satisfies InstrumentDefinitionInput;
