import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * Lawton–Brody Instrumental Activities of Daily Living scale, 8 items scored
 * 0 or 1, total 0–8 (every item scored for everyone).
 * Items, options in form order and scores: domain brief §2.3.
 */
export const lawtonDefinition = {
  id: 'lawton-iadl-8',
  version: '1.0.0',
  title: 'Lawton–Brody Instrumental Activities of Daily Living Scale',
  description:
    'For each activity, choose the statement that describes the highest level at which the person manages it now. Use the best evidence available: the person, a relative or carer, or observation.',
  citation:
    'Lawton MP, Brody EM. Assessment of older people: self-maintaining and instrumental activities of daily living. The Gerontologist. 1969;9(3):179–186.',
  licence: {
    holder: 'The Gerontological Society of America',
    terms:
      'The form carries a copyright notice of The Gerontological Society of America. Permission for commercial use and for redistribution in software has not been confirmed: check with the holder before such use.',
    attribution:
      'Lawton–Brody IADL Scale. Copyright © The Gerontological Society of America. Lawton MP, Brody EM (1969).',
    commercialUseNeedsPermission: true,
  },
  notes: [
    'Item and option labels are short paraphrases, not the wording of the published form. Use the holder’s form for the exact wording.',
    'Every item is scored for everyone, giving 0–8 (8 is the most independent). The historic sex-specific variant (men scored on 5 items, 0–5) is not shipped.',
    'Versions that score 10, 5 or 0 points per item (total 0–80) are a different variant and must not be mixed with this one.',
    'No published rule fills in missing items, so a missing or not assessed item means no total. No interpretation bands are published.',
  ],
  administrationModes: ['self-report', 'interview', 'proxy'],
  sections: [
    {
      id: 'iadl',
      title: 'Instrumental activities of daily living',
      items: [
        {
          id: 'telephone',
          type: 'single-choice',
          label: 'Using the telephone',
          allowNotAssessed: true,
          options: [
            { code: 'own-initiative', label: 'Uses the telephone on own initiative, including looking up and dialling numbers', score: 1 },
            { code: 'dials-well-known', label: 'Dials a few well-known numbers', score: 1 },
            { code: 'answers-only', label: 'Answers the telephone but does not dial', score: 1 },
            { code: 'does-not-use', label: 'Does not use the telephone', score: 0 },
          ],
        },
        {
          id: 'shopping',
          type: 'single-choice',
          label: 'Shopping',
          allowNotAssessed: true,
          options: [
            { code: 'independent', label: 'Does all shopping independently', score: 1 },
            { code: 'small-purchases', label: 'Shops independently for small purchases only', score: 0 },
            { code: 'accompanied', label: 'Needs someone with them for any shopping', score: 0 },
            { code: 'unable', label: 'Unable to shop', score: 0 },
          ],
        },
        {
          id: 'foodPreparation',
          type: 'single-choice',
          label: 'Preparing food',
          allowNotAssessed: true,
          options: [
            { code: 'independent', label: 'Plans, prepares and serves adequate meals independently', score: 1 },
            { code: 'given-ingredients', label: 'Prepares adequate meals if given the ingredients', score: 0 },
            { code: 'heats-or-inadequate', label: 'Heats and serves prepared meals, or prepares meals but not an adequate diet', score: 0 },
            { code: 'needs-meals-made', label: 'Needs meals prepared and served', score: 0 },
          ],
        },
        {
          id: 'housekeeping',
          type: 'single-choice',
          label: 'Housekeeping',
          allowNotAssessed: true,
          options: [
            { code: 'occasional-help', label: 'Keeps house alone, or with occasional help with heavy work', score: 1 },
            { code: 'light-tasks', label: 'Does light daily tasks', score: 1 },
            { code: 'light-tasks-inadequate', label: 'Does light daily tasks but cannot keep the home acceptably clean', score: 1 },
            { code: 'needs-help-with-all', label: 'Needs help with all housekeeping tasks', score: 1 },
            { code: 'no-part', label: 'Takes no part in housekeeping', score: 0 },
          ],
        },
        {
          id: 'laundry',
          type: 'single-choice',
          label: 'Laundry',
          allowNotAssessed: true,
          options: [
            { code: 'all', label: 'Does all personal laundry', score: 1 },
            { code: 'small-items', label: 'Washes small items only', score: 1 },
            { code: 'done-by-others', label: 'All laundry is done by others', score: 0 },
          ],
        },
        {
          id: 'transport',
          type: 'single-choice',
          label: 'Getting about (transport)',
          allowNotAssessed: true,
          options: [
            { code: 'independent', label: 'Uses public transport or drives independently', score: 1 },
            { code: 'taxi-only', label: 'Arranges own taxi, but does not use other public transport', score: 1 },
            { code: 'public-accompanied', label: 'Uses public transport when someone is with them', score: 1 },
            { code: 'taxi-or-car-with-help', label: 'Travels only by taxi or car, with help from someone else', score: 0 },
            { code: 'does-not-travel', label: 'Does not travel', score: 0 },
          ],
        },
        {
          id: 'medicines',
          type: 'single-choice',
          label: 'Taking own medicines',
          allowNotAssessed: true,
          options: [
            { code: 'independent', label: 'Takes the right dose at the right time independently', score: 1 },
            { code: 'prepared-in-advance', label: 'Takes medicines only if they are prepared in advance in separate doses', score: 0 },
            { code: 'unable', label: 'Cannot give themselves their own medicines', score: 0 },
          ],
        },
        {
          id: 'finances',
          type: 'single-choice',
          label: 'Managing money',
          allowNotAssessed: true,
          options: [
            { code: 'independent', label: 'Manages money independently', score: 1 },
            { code: 'day-to-day', label: 'Manages day-to-day purchases, but needs help with banking and major purchases', score: 1 },
            { code: 'unable', label: 'Unable to handle money', score: 0 },
          ],
        },
      ],
    },
  ],
  scoring: {
    method: 'sum',
    totalLabel: 'Lawton IADL (0–8)',
    // 8 is independent in all 8 instrumental activities.
    betterWhen: 'higher',
    missing: { rule: 'no-total' },
  },
} satisfies InstrumentDefinitionInput;
