import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * Timed Up and Go: one timed walk, with the walking aid used and whether
 * anyone helped. The result is the time; physical help makes the test invalid.
 * Procedure, outputs and threshold: domain brief §2.7.
 */
export const tugDefinition = {
  id: 'tug',
  version: '1.0.0',
  title: 'Timed Up and Go (TUG)',
  description:
    'Mark a point on the floor 3 metres from a chair. The person starts sitting in the chair. On “go”, they stand up, walk at their usual pace to the mark, turn, walk back and sit down again. Time from when they start to rise until they are sitting again. They may use their usual walking aid, but nobody may give them physical help. You may give one practice walk first, without timing it.',
  citation:
    'Podsiadlo D, Richardson S. The timed “Up & Go”: a test of basic functional mobility for frail elderly persons. Journal of the American Geriatrics Society. 1991;39(2):142–148.',
  licence: {
    holder: 'Public procedure (Podsiadlo & Richardson, 1991)',
    terms: 'A published timed test procedure. No licence restriction was found; the wording here is our own.',
    attribution: 'Timed Up and Go: Podsiadlo D, Richardson S (1991).',
    commercialUseNeedsPermission: false,
  },
  notes: [
    'The result is the time in seconds, to 1 decimal place. If another person gave physical help, the test is not valid and gives no result.',
    'The fall-risk flag uses 12 seconds or more, one published convention. Other studies use more than 14 seconds; a council that follows one of those can change the threshold’s value (and its label) in its own copy of this definition.',
    'The walking aid and whether help was given are recorded with the result but do not change the time.',
  ],
  administrationModes: ['observed'],
  sections: [
    {
      id: 'test',
      title: 'Timed Up and Go',
      items: [
        {
          id: 'time',
          type: 'duration',
          label: 'Time taken, in seconds',
          hint: 'From starting to rise until sitting back down, to 1 decimal place. For example, 12.4.',
          min: 0,
          max: 600,
          decimalPlaces: 1,
        },
        {
          id: 'walkingAid',
          type: 'single-choice',
          label: 'Walking aid used',
          options: [
            { code: 'none', label: 'None' },
            { code: 'stick', label: 'Stick' },
            { code: 'frame', label: 'Walking frame' },
            { code: 'rollator', label: 'Rollator' },
            { code: 'other', label: 'Other' },
          ],
        },
        {
          id: 'assistance',
          type: 'single-choice',
          label: 'Did anyone give the person physical help?',
          options: [
            { code: 'none', label: 'No, no physical help' },
            { code: 'physical-help', label: 'Yes, physical help was given' },
          ],
        },
      ],
    },
  ],
  scoring: {
    method: 'sum',
    items: ['time'],
    totalLabel: 'Time (seconds)',
    // A faster test is better mobility; 12 seconds or more flags a risk of falling.
    betterWhen: 'lower',
    noTotalWhen: [
      {
        enableWhen: [{ item: 'assistance', operator: 'notEquals', value: 'none' }],
        reason: 'Physical help was given, so the test is not valid and gives no time.',
      },
    ],
    thresholds: [
      { id: 'fall-risk', label: 'At or above 12 seconds: increased risk of falling', score: 'total', operator: 'atLeast', value: 12 },
    ],
  },
} satisfies InstrumentDefinitionInput;
