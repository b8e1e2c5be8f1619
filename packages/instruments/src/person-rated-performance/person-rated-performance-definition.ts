import type { InstrumentDefinitionInput } from '@otforms/core';
import { personRatedPerformanceWelsh } from './person-rated-performance-welsh.js';

const rating = (id: string, label: string, hint: string, required = true) =>
  ({ id, type: 'integer', label, hint, min: 1, max: 10, required }) as const;

const performanceScale = 'From 1 (cannot do it at all) to 10 (does it very well).';
const satisfactionScale = 'From 1 (not at all satisfied) to 10 (completely satisfied).';

/**
 * A generic, person-centred pattern, not a published instrument: the person
 * names up to 5 activities and rates them 1–10 at the start and at review.
 * Wording is our own. Pattern and change threshold: domain brief §2.9.
 */
export const personRatedPerformanceDefinition = {
  id: 'person-rated-performance',
  version: '1.0.0',
  title: 'Person-rated occupational performance',
  description:
    'Agree with the person up to 5 activities they want or need to do and find hard at the moment, in their own words. For each activity, the person gives 3 ratings from 1 to 10: how important it is to them, how well they do it now, and how satisfied they are with how they do it now. At review, they rate how well they do it and how satisfied they are again.',
  citation:
    'otforms generic person-centred pattern, not a published instrument. Change threshold informed by published minimal important change of about 2 points on person-rated 1–10 performance and satisfaction scales.',
  licence: {
    holder: 'otforms (generic pattern)',
    terms: 'Free to use, change and redistribute under the otforms MIT licence. It reproduces no published instrument.',
    attribution: 'Person-rated occupational performance: a generic pattern from otforms.',
    commercialUseNeedsPermission: false,
  },
  notes: [
    'This is a generic pattern with its own wording. It is not, and must not be presented as, the Canadian Occupational Performance Measure (COPM) or any other published measure, and it uses none of their names, wording, domains or interview protocol.',
    'Each score is the mean of the ratings given: performance and satisfaction now over every activity, and at review over the activities rated at review. Rate every activity at review so that the change compares the same activities.',
    'A change of 2 points or more is flagged as meaningful. The default follows published minimal important change estimates for person-rated 1–10 scales (about 2.2 for performance and 2.1 for satisfaction in subacute inpatients, J Patient Rep Outcomes 2021, doi:10.1186/s41687-021-00405-y; cut-offs of 0.9 to 1.9 in outpatient occupational therapy, Eyssen et al., J Rehabil Res Dev 2011). A council can change the value in its own copy of this definition.',
  ],
  administrationModes: ['interview', 'self-report'],
  languages: ['en-GB', 'cy'],
  // Ours to translate: a generic pattern written for otforms, under its MIT licence.
  translations: { cy: personRatedPerformanceWelsh },
  sections: [
    {
      id: 'ratings',
      title: 'Activities the person wants or needs to do',
      items: [
        {
          id: 'activities',
          type: 'group',
          label: 'Activities',
          hint: 'Add up to 5 activities.',
          entryLabel: 'Activity',
          minEntries: 1,
          maxEntries: 5,
          items: [
            {
              id: 'activity',
              type: 'text',
              label: 'Activity',
              hint: 'In the person’s own words, for example “Make a hot meal” or “Get to the shops”.',
              maxLength: 200,
            },
            rating('importance', 'Importance', 'How important this activity is to the person, from 1 (not important) to 10 (most important).'),
            rating('performance', 'Performance now', performanceScale),
            rating('satisfaction', 'Satisfaction now', satisfactionScale),
            rating('performanceAtReview', 'Performance at review', `Leave blank until the review. ${performanceScale}`, false),
            rating('satisfactionAtReview', 'Satisfaction at review', `Leave blank until the review. ${satisfactionScale}`, false),
          ],
        },
      ],
    },
  ],
  scoring: {
    method: 'none',
    groupScores: [
      { id: 'performance', label: 'Performance now (mean)', group: 'activities', item: 'performance', method: 'mean' },
      { id: 'satisfaction', label: 'Satisfaction now (mean)', group: 'activities', item: 'satisfaction', method: 'mean' },
      { id: 'performanceAtReview', label: 'Performance at review (mean)', group: 'activities', item: 'performanceAtReview', method: 'mean' },
      { id: 'satisfactionAtReview', label: 'Satisfaction at review (mean)', group: 'activities', item: 'satisfactionAtReview', method: 'mean' },
    ],
    differences: [
      { id: 'performanceChange', label: 'Change in performance', from: 'performance', to: 'performanceAtReview' },
      { id: 'satisfactionChange', label: 'Change in satisfaction', from: 'satisfaction', to: 'satisfactionAtReview' },
    ],
    thresholds: [
      {
        id: 'meaningful-performance-change',
        label: 'Performance improved by 2 points or more',
        score: 'performanceChange',
        operator: 'atLeast',
        value: 2,
      },
      {
        id: 'meaningful-satisfaction-change',
        label: 'Satisfaction improved by 2 points or more',
        score: 'satisfactionChange',
        operator: 'atLeast',
        value: 2,
      },
    ],
  },
} satisfies InstrumentDefinitionInput;
