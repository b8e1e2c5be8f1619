import type { InstrumentDefinitionInput } from '../definition/definition-schema.js';

/**
 * A small scored definition with every item type, used by tests in several
 * packages. It is a test fixture, not an instrument.
 */
export const sampleDefinition = {
  id: 'sample',
  version: '1.0.0',
  title: 'Sample assessment',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  sections: [
    {
      id: 'first',
      title: 'First section',
      items: [
        {
          id: 'walk',
          type: 'single-choice',
          label: 'Walking',
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'with-help', label: 'With help', score: 1 },
            { code: 'alone', label: 'Alone', score: 2 },
          ],
        },
        {
          id: 'stairs',
          type: 'single-choice',
          label: 'Stairs',
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'alone', label: 'Alone', score: 2 },
          ],
        },
      ],
    },
    {
      id: 'second',
      title: 'Second section',
      items: [
        { id: 'visits', type: 'integer', label: 'Visits a week', min: 0, max: 28 },
        { id: 'time', type: 'decimal', label: 'Time taken', unit: 'seconds', min: 0, decimalPlaces: 1, required: false },
        { id: 'seenOn', type: 'date', label: 'Date seen' },
        { id: 'notes', type: 'text', label: 'Notes', multiline: true, required: false, maxLength: 200 },
      ],
    },
  ],
  scoring: {
    method: 'sum',
    alternativeScales: [{ id: 'x10', label: 'Out of 40', multiplier: 10 }],
    bandSets: [
      { id: 'simple', label: 'Simple', bands: [{ min: 0, max: 1, label: 'Low' }, { min: 2, max: 4, label: 'High' }] },
      { id: 'tens', label: 'Tens', scale: 'x10', bands: [{ min: 0, max: 39, label: 'Not full' }, { min: 40, max: 40, label: 'Full' }] },
    ],
  },
} satisfies InstrumentDefinitionInput;

export const clone = <T>(value: T): T => structuredClone(value);
