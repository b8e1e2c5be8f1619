import type { InstrumentDefinitionInput } from '../definition/definition-schema.js';

/**
 * A small scored definition whose questions depend on earlier answers, with
 * a chain (`falls` shows only after a yes to `fallen`, `injured` only after a
 * number of falls above 0), a multiple-choice controller, a conditional
 * repeating group, a subscale, a threshold and a rule that withholds the total.
 * It is a test fixture, not an instrument.
 */
export const conditionalDefinition = {
  id: 'conditional',
  version: '1.0.0',
  title: 'Conditional fixture',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  sections: [
    {
      id: 'falls',
      title: 'Falls',
      items: [
        { id: 'fallen', type: 'yes-no', label: 'Fallen in the last year', scores: { yes: 2, no: 0 } },
        {
          id: 'falls',
          type: 'integer',
          label: 'Number of falls',
          min: 0,
          max: 10,
          enableWhen: [{ item: 'fallen', operator: 'equals', value: 'yes' }],
        },
        {
          id: 'injured',
          type: 'single-choice',
          label: 'Injury from the worst fall',
          enableWhen: [{ item: 'falls', operator: 'greaterThan', value: 0 }],
          options: [
            { code: 'none', label: 'None', score: 0 },
            { code: 'minor', label: 'Minor', score: 1 },
            { code: 'major', label: 'Major', score: 3 },
          ],
        },
      ],
    },
    {
      id: 'home',
      title: 'Home',
      items: [
        {
          id: 'rooms',
          type: 'multiple-choice',
          label: 'Rooms that are hard to reach',
          options: [
            { code: 'bathroom', label: 'Bathroom', score: 1 },
            { code: 'bedroom', label: 'Bedroom', score: 1 },
            { code: 'kitchen', label: 'Kitchen', score: 1 },
          ],
        },
        {
          id: 'bathing',
          type: 'single-choice',
          label: 'Bathing',
          enableWhen: [
            { item: 'rooms', operator: 'equals', value: 'bathroom' },
            { item: 'fallen', operator: 'equals', value: 'yes' },
          ],
          enableBehavior: 'any',
          options: [
            { code: 'alone', label: 'Alone', score: 0 },
            { code: 'help', label: 'With help', score: 2 },
          ],
        },
        {
          id: 'aids',
          type: 'group',
          label: 'Walking aids',
          entryLabel: 'Aid',
          required: false,
          maxEntries: 2,
          enableWhen: [{ item: 'rooms', operator: 'answered' }],
          items: [
            { id: 'aidName', type: 'text', label: 'Name of aid' },
            { id: 'aidUse', type: 'integer', label: 'Days used a week', min: 0, max: 7 },
          ],
        },
        { id: 'note', type: 'text', label: 'Note', required: false, enableWhen: [{ item: 'injured', operator: 'notAnswered' }] },
      ],
    },
  ],
  scoring: {
    items: ['fallen', 'falls', 'injured', 'rooms', 'bathing'],
    subscales: [{ id: 'fallRisk', label: 'Fall risk', items: ['fallen', 'injured'] }],
    groupScores: [{ id: 'aidDays', label: 'Days with an aid', group: 'aids', item: 'aidUse' }],
    thresholds: [{ id: 'high', label: 'High risk', operator: 'atLeast', value: 8 }],
    bandSets: [
      {
        id: 'risk',
        label: 'Risk',
        bands: [
          { min: 0, max: 4, label: 'Low' },
          { min: 5, max: 20, label: 'High' },
        ],
      },
    ],
    noTotalWhen: [{ enableWhen: [{ item: 'falls', operator: 'greaterThan', value: 8 }], reason: 'Refer for a falls assessment instead' }],
  },
} satisfies InstrumentDefinitionInput;

/** The ids of the questions in `conditionalDefinition` that have conditions. */
export const conditionalItemIds = ['falls', 'injured', 'bathing', 'aids', 'note'] as const;
