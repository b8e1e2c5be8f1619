import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * A made-up definition that uses every item type, every condition operator,
 * hints, a section description, a repeating group, scored yes-no items, a
 * photo budget and a suggestion rule, so the FHIR mapping is tested beyond
 * what the catalogue happens to use.
 */
export const allItemTypesDefinition = {
  id: 'all_item-types',
  version: '0.0.1',
  title: 'Every item type',
  description: 'A test definition.',
  citation: 'otforms test fixture.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms contributors', commercialUseNeedsPermission: true },
  notes: ['Not an instrument.'],
  administrationModes: ['self-report', 'proxy'],
  languages: ['en-GB', 'cy'],
  attachmentBudgetBytes: 1_000_000,
  sections: [
    {
      id: 'first',
      title: 'First',
      description: 'Answer every question.',
      items: [
        {
          id: 'mood',
          type: 'single-choice',
          label: 'Mood',
          hint: 'How you feel today.',
          allowNotAssessed: true,
          options: [
            { code: 'low', label: 'Low', score: 0 },
            { code: 'ok', label: 'OK', score: 1 },
            { code: 'good', label: 'Good', score: 3 },
          ],
        },
        {
          id: 'helpers',
          type: 'multiple-choice',
          label: 'Who helps?',
          required: false,
          minSelected: 1,
          maxSelected: 2,
          options: [
            { code: 'family', label: 'Family', score: 1 },
            { code: 'carer', label: 'Paid carer', score: 2 },
            { code: 'none', label: 'Nobody', score: 0 },
          ],
        },
        { id: 'falls', type: 'yes-no', label: 'Any falls?', scores: { yes: 1, no: 0 } },
        { id: 'fallCount', type: 'integer', label: 'How many?', min: 1, max: 50, unit: 'falls', enableWhen: [{ item: 'falls', operator: 'equals', value: 'yes' }] },
        { id: 'weight', type: 'decimal', label: 'Weight', min: 20.5, max: 300, unit: 'kg', decimalPlaces: 1, required: false },
        {
          id: 'walk',
          type: 'duration',
          label: 'Walk time',
          min: 0,
          max: 120,
          decimalPlaces: 2,
          enableWhen: [
            { item: 'weight', operator: 'greaterThan', value: 30 },
            { item: 'fallCount', operator: 'lessThan', value: 10 },
          ],
          enableBehavior: 'any',
        },
      ],
    },
    {
      id: 'second',
      title: 'Second',
      items: [
        { id: 'story', type: 'text', label: 'Tell us more', multiline: true, maxLength: 500, required: false, enableWhen: [{ item: 'mood', operator: 'notEquals', value: 'good' }] },
        { id: 'name', type: 'text', label: 'Name', enableWhen: [{ item: 'story', operator: 'answered' }] },
        { id: 'seen', type: 'date', label: 'Date seen', enableWhen: [{ item: 'name', operator: 'notAnswered' }] },
        {
          id: 'activities',
          type: 'group',
          label: 'Activities',
          entryLabel: 'Activity',
          minEntries: 1,
          maxEntries: 5,
          items: [
            { id: 'activity', type: 'text', label: 'Activity' },
            { id: 'rating', type: 'integer', label: 'Rating', min: 1, max: 10 },
          ],
        },
      ],
    },
    {
      id: 'home',
      title: 'At home',
      items: [
        { id: 'stepHeight', type: 'measurement', label: 'Height of the front step', unit: 'mm', min: 0, max: 400 },
        { id: 'doorWidth', type: 'measurement', label: 'Width of the bathroom door', unit: 'cm', min: 50.5, max: 120, decimalPlaces: 1, required: false },
        { id: 'frontStep', type: 'photo', label: 'Photos of the front step', maxPhotos: 4, required: false, enableWhen: [{ item: 'stepHeight', operator: 'greaterThan', value: 150 }] },
        { id: 'bathroom', type: 'photo', label: 'A photo of the bathroom', maxPhotos: 1, required: false },
        { id: 'matters', type: 'own-words', label: 'What matters to you', hint: 'In your own words.', maxLength: 2000, required: false },
        { id: 'goodAt', type: 'own-words', label: 'What you are good at', required: false, enableWhen: [{ item: 'matters', operator: 'answered' }] },
        { id: 'bathroomNote', type: 'text', label: 'Why is the door narrow?', required: false, enableWhen: [{ item: 'doorWidth', operator: 'lessThan', value: 76 }] },
      ],
    },
  ],
  suggestions: [
    {
      id: 'rail-at-step',
      when: [
        { item: 'stepHeight', operator: 'greaterThan', value: 150 },
        { item: 'falls', operator: 'equals', value: 'yes' },
      ],
      recommend: { kind: 'minor-adaptation', what: 'Grab rail by the front step', route: 'minor-adaptations-service', priority: 'high' },
      reason: 'A high step and falls.',
    },
  ],
  scoring: {
    method: 'sum',
    weights: { falls: 2 },
    bandSets: [{ id: 'level', label: 'Level', bands: [{ min: 0, max: 4, label: 'Low' }, { min: 5, max: 8, label: 'High' }] }],
    groupScores: [{ id: 'meanRating', label: 'Mean rating', group: 'activities', item: 'rating' }],
    thresholds: [{ id: 'high', label: 'High', operator: 'atLeast', value: 5 }],
  },
} satisfies InstrumentDefinitionInput;
