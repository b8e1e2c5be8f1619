import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * Barthel Index, 10-item version of Collin & Wade (1988), scored 0–20, with
 * the 0–100 view (each item × 5, the Mahoney & Barthel weights).
 * Items, options and scores: domain brief §2.1.
 */
export const barthelDefinition = {
  id: 'barthel-cw20',
  version: '1.0.0',
  title: 'Barthel Index of activities of daily living',
  description:
    'Record what the person does, not what they could do. Use the best evidence available (the person, relatives, staff, observation); it usually covers the last 24 to 48 hours. Needing supervision means not independent; using aids to be independent is allowed.',
  citation:
    'Collin C, Wade DT, Davies S, Horne V. The Barthel ADL Index: a reliability study. International Disability Studies. 1988;10(2):61–63. Mahoney FI, Barthel DW. Functional evaluation: the Barthel Index. Maryland State Medical Journal. 1965;14:61–65.',
  licence: {
    holder: 'Maryland State Medical Society',
    terms:
      'Free for non-commercial use with citation of Mahoney & Barthel (1965). Permission is needed to modify it or to use it commercially.',
    attribution:
      'Barthel Index © Maryland State Medical Society. Mahoney FI, Barthel DW (1965); 10-item scoring by Collin C and Wade DT (1988).',
    commercialUseNeedsPermission: true,
  },
  notes: [
    'The licence terms are as reported by secondary sources; confirm them with the holder before commercial use.',
    'Middle categories mean the person supplies more than half of the effort.',
    'No published rule fills in missing items, so a missing or not assessed item means no total.',
  ],
  administrationModes: ['observed', 'interview', 'proxy'],
  sections: [
    {
      id: 'adl',
      title: 'Activities of daily living',
      items: [
        {
          id: 'bowels',
          type: 'single-choice',
          label: 'Bowels',
          hint: 'In the preceding week.',
          allowNotAssessed: true,
          options: [
            { code: 'incontinent', label: 'Incontinent, or needs to be given enemas', score: 0 },
            { code: 'occasional-accident', label: 'Occasional accident (once a week)', score: 1 },
            { code: 'continent', label: 'Continent', score: 2 },
          ],
        },
        {
          id: 'bladder',
          type: 'single-choice',
          label: 'Bladder',
          hint: 'In the preceding week.',
          allowNotAssessed: true,
          options: [
            { code: 'incontinent', label: 'Incontinent, or catheterised and unable to manage', score: 0 },
            { code: 'occasional-accident', label: 'Occasional accident (at most once in 24 hours)', score: 1 },
            { code: 'continent', label: 'Continent (for over 7 days)', score: 2 },
          ],
        },
        {
          id: 'grooming',
          type: 'single-choice',
          label: 'Grooming',
          hint: 'In the preceding 24 to 48 hours.',
          allowNotAssessed: true,
          options: [
            { code: 'needs-help', label: 'Needs help with personal care', score: 0 },
            { code: 'independent', label: 'Independent with face, hair, teeth and shaving (implements provided)', score: 1 },
          ],
        },
        {
          id: 'toiletUse',
          type: 'single-choice',
          label: 'Toilet use',
          allowNotAssessed: true,
          options: [
            { code: 'dependent', label: 'Dependent', score: 0 },
            { code: 'needs-some-help', label: 'Needs some help, but can do something alone', score: 1 },
            { code: 'independent', label: 'Independent (on and off, dressing, wiping)', score: 2 },
          ],
        },
        {
          id: 'feeding',
          type: 'single-choice',
          label: 'Feeding',
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'needs-help', label: 'Needs help cutting, spreading butter and so on', score: 1 },
            { code: 'independent', label: 'Independent (food provided within reach)', score: 2 },
          ],
        },
        {
          id: 'transfers',
          type: 'single-choice',
          label: 'Transfer (bed to chair and back)',
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: 'Unable, no sitting balance', score: 0 },
            { code: 'major-help', label: 'Major help (one or two people, physical), can sit', score: 1 },
            { code: 'minor-help', label: 'Minor help (verbal or physical)', score: 2 },
            { code: 'independent', label: 'Independent', score: 3 },
          ],
        },
        {
          id: 'mobility',
          type: 'single-choice',
          label: 'Mobility',
          allowNotAssessed: true,
          options: [
            { code: 'immobile', label: 'Immobile', score: 0 },
            { code: 'wheelchair-independent', label: 'Wheelchair independent, including corners', score: 1 },
            { code: 'walks-with-help', label: 'Walks with help of one person (verbal or physical)', score: 2 },
            { code: 'independent', label: 'Independent (but may use any aid, for example a stick)', score: 3 },
          ],
        },
        {
          id: 'dressing',
          type: 'single-choice',
          label: 'Dressing',
          allowNotAssessed: true,
          options: [
            { code: 'dependent', label: 'Dependent', score: 0 },
            { code: 'needs-help', label: 'Needs help, but can do about half unaided', score: 1 },
            { code: 'independent', label: 'Independent (including buttons, zips and laces)', score: 2 },
          ],
        },
        {
          id: 'stairs',
          type: 'single-choice',
          label: 'Stairs',
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: 'Unable', score: 0 },
            { code: 'needs-help', label: 'Needs help (verbal, physical, carrying aid)', score: 1 },
            { code: 'independent', label: 'Independent up and down', score: 2 },
          ],
        },
        {
          id: 'bathing',
          type: 'single-choice',
          label: 'Bathing',
          allowNotAssessed: true,
          options: [
            { code: 'dependent', label: 'Dependent', score: 0 },
            { code: 'independent', label: 'Independent (or in shower)', score: 1 },
          ],
        },
      ],
    },
  ],
  scoring: {
    method: 'sum',
    totalLabel: 'Barthel Index (0–20)',
    // 20 is fully independent in these 10 activities.
    betterWhen: 'higher',
    alternativeScales: [{ id: 'barthel-100', label: 'Barthel Index (0–100)', multiplier: 5 }],
    missing: { rule: 'no-total' },
    bandSets: [
      {
        id: 'shah-100',
        label: 'Shah et al. (0–100)',
        scale: 'barthel-100',
        source: 'Shah S, Vanclay F, Cooper B. J Clin Epidemiol 1989;42(8):703–709.',
        bands: [
          { min: 0, max: 20, label: 'Total dependency' },
          { min: 21, max: 60, label: 'Severe dependency' },
          { min: 61, max: 90, label: 'Moderate dependency' },
          { min: 91, max: 99, label: 'Slight dependency' },
          { min: 100, max: 100, label: 'Independent' },
        ],
      },
      {
        id: 'nictiz-20',
        label: 'Nictiz (0–20)',
        scale: 'total',
        source: 'Nictiz zib BarthelADLIndex, the Dutch national FHIR profile.',
        bands: [
          { min: 0, max: 9, label: 'Serious dependence' },
          { min: 10, max: 19, label: 'Slight dependence' },
          { min: 20, max: 20, label: 'Independent' },
        ],
      },
    ],
  },
} satisfies InstrumentDefinitionInput;
