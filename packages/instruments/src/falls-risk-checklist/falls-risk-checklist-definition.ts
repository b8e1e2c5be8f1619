import type { InstrumentDefinitionInput } from '@otforms/core';
import type { ItemInputOf, SuggestionRuleInput } from '../definition-input.js';
import { otformsLicence } from '../otforms-licence.js';
import { is } from '../rule-conditions.js';
import { fallsRiskChecklistWelsh } from './falls-risk-checklist-welsh.js';

const title = 'Falls risk checklist';

const yesNo = (id: string, label: string, hint?: string): ItemInputOf<'yes-no'> => ({ id, type: 'yes-no', label, ...(hint ? { hint } : {}) });
const fallenWhen = [is('fallenPastYear', 'yes')];

const strengthAndBalance = 'Strength and balance exercise programme, for example through the local falls prevention service';

/** Answers that prompt the OT to consider a recommendation; the OT accepts or dismisses each, with a reason. */
const suggestions: SuggestionRuleInput[] = [
  {
    id: 'falls-service',
    when: [is('fallenPastYear', 'yes')],
    recommend: { kind: 'referral-on', what: 'Referral to the local falls prevention service for a falls risk assessment', priority: 'high' },
    reason:
      'The person has fallen in the past 12 months. Falls guidance offers people who have fallen an assessment of why, and of what would lower their risk.',
  },
  {
    id: 'strength-balance',
    when: [is('unsteady', 'yes'), is('fearOfFalling', 'yes')],
    behavior: 'any',
    recommend: { kind: 'referral-on', what: strengthAndBalance, priority: 'routine' },
    reason: 'The person feels unsteady, or worries about falling. Strength and balance exercise lowers the risk of falling, and can rebuild confidence.',
  },
  {
    id: 'telecare-floor',
    when: [is('getUpFromFloor', 'no'), is('livesAlone', 'yes'), is('hasAlarm', 'no')],
    recommend: {
      kind: 'technology-enabled-care',
      what: 'Pendant or wrist alarm linked to a monitoring centre, with a fall detector if it suits the person',
      priority: 'high',
    },
    reason: 'The person could not get up from the floor on their own, is often alone, and has no alarm to call for help.',
  },
  {
    id: 'getting-up-practice',
    when: [is('getUpFromFloor', 'no')],
    recommend: {
      kind: 'advice-signposting',
      what: 'Teach and practise ways to get up from the floor, or to keep warm and call for help if they cannot',
      priority: 'routine',
    },
    reason: 'The person could not get up from the floor on their own. Lying on the floor for a long time after a fall causes harm of its own.',
  },
  {
    id: 'medication-review',
    when: [is('manyMedicines', 'yes'), is('drowsyMedicines', 'yes'), is('dizziness', 'yes')],
    behavior: 'any',
    recommend: { kind: 'referral-on', what: 'Ask the GP or a pharmacist to review the person’s medicines', priority: 'routine' },
    reason: 'Several medicines, medicines that can cause drowsiness or dizziness, or dizziness itself, can make a fall more likely.',
  },
  {
    id: 'eye-test',
    when: [is('eyesight', 'yes')],
    recommend: { kind: 'advice-signposting', what: 'Advice to have an eye test with an optician', route: 'self-purchase-signposting', priority: 'routine' },
    reason: 'The person has trouble with their eyesight, which can make a fall more likely.',
  },
  {
    id: 'continence',
    when: [is('urgency', 'yes')],
    recommend: { kind: 'referral-on', what: 'Advice about continence, and a referral to the continence service if the person agrees', priority: 'routine' },
    reason: 'Rushing to the toilet, especially at night, can lead to a fall.',
  },
  {
    id: 'footwear',
    when: [is('unsafeFootwear', 'yes')],
    recommend: { kind: 'advice-signposting', what: 'Advice on safe, well-fitting shoes and slippers', route: 'self-purchase-signposting', priority: 'routine' },
    reason: 'The person’s usual shoes or slippers are loose, worn, backless or slippery.',
  },
  {
    id: 'podiatry',
    when: [is('footProblems', 'yes')],
    recommend: { kind: 'referral-on', what: 'Referral to podiatry', priority: 'routine' },
    reason: 'Painful feet, or foot problems, affect how the person walks.',
  },
  {
    id: 'walking-aid',
    when: [is('walkingAidProblem', 'yes')],
    recommend: {
      kind: 'equipment',
      what: 'Check the walking aid: adjust its height, repair or replace it',
      route: 'community-equipment-service',
      priority: 'routine',
    },
    reason: 'The walking aid is the wrong height, worn, or not used where it is needed.',
  },
  {
    id: 'memory',
    when: [is('memoryConcern', 'yes')],
    recommend: { kind: 'referral-on', what: 'Talk to the GP about the concern with memory or confusion', priority: 'routine' },
    reason: 'Problems with memory or confusion can make a fall more likely.',
  },
];

/**
 * Written for otforms: a checklist of common risk factors for falls, in our
 * own words, with no score. No licensed falls screen could be confirmed as
 * free to reproduce, so none is copied or imitated; each answer prompts what
 * to do about it instead.
 */
export const fallsRiskChecklistDefinition = {
  id: 'falls-risk-checklist',
  version: '1.0.0',
  title,
  description:
    'Ask the person (and, with their agreement, whoever knows them well) about each risk factor. Each answer of concern suggests something to do about it, for you to accept or dismiss. There is no score.',
  citation:
    'Written for otforms (original wording, not a published instrument). The risk factors follow, without quoting: NICE guideline NG249, Falls: assessment and prevention in older people and in people 50 and over at higher risk (2025); Montero-Odasso M, et al., World guidelines for falls prevention and management for older adults: a global initiative, Age and Ageing 2022;51(9):afac205.',
  licence: otformsLicence(title),
  notes: [
    'Every question and rule here was written for otforms. It does not reproduce the wording, order or scoring of any published falls screen.',
    'It has no score on purpose. Published falls screens that give a score either could not be confirmed as free to reproduce in software (some are adapted with their authors’ permission, on terms that could not be checked), or their cut-offs are not ours to restate. Adding the answers here into a total would make an unvalidated screen, so each risk factor prompts its own recommendation instead.',
    'A checklist does not replace a multifactorial falls risk assessment: its first rule suggests a referral for one whenever the person has fallen in the past 12 months.',
    'The suggestion rules are data: a council can change a route, priority or wording in its own copy of this definition (with its own id).',
    'A suggestion is never a decision. The OT accepts or dismisses each one with a reason, and both are recorded.',
  ],
  administrationModes: ['interview', 'self-report', 'proxy'],
  languages: ['en-GB', 'cy'],
  // Ours to translate: written for otforms, under its MIT licence.
  translations: { cy: fallsRiskChecklistWelsh },
  sections: [
    {
      id: 'falls',
      title: 'Falls and worry about falling',
      items: [
        yesNo('fallenPastYear', 'Has the person fallen in the past 12 months?', 'Any fall, including a slip or trip that ended on the floor or a lower level.'),
        { id: 'fallCount', type: 'integer', label: 'How many times?', min: 1, max: 100, enableWhen: fallenWhen },
        { ...yesNo('fallInjured', 'Were they hurt, or did they need medical help, after any of those falls?'), enableWhen: fallenWhen },
        yesNo('unsteady', 'Does the person feel unsteady when standing or walking?'),
        yesNo('fearOfFalling', 'Does the person worry about falling, or avoid things in case they fall?'),
        yesNo(
          'getUpFromFloor',
          'Could the person get up from the floor on their own?',
          'Ask about the last time they were on the floor, or what they would do.',
        ),
        yesNo('livesAlone', 'Does the person live alone, or spend long periods alone?'),
        yesNo('hasAlarm', 'Does the person have a pendant alarm or another way to call for help from the floor?'),
      ],
    },
    {
      id: 'health',
      title: 'Health and medicines',
      items: [
        yesNo('manyMedicines', 'Does the person take 4 or more medicines every day?'),
        yesNo(
          'drowsyMedicines',
          'Does the person take any medicine that makes them drowsy or dizzy?',
          'For example some medicines for sleep, mood, anxiety, pain or blood pressure.',
        ),
        yesNo('dizziness', 'Does the person feel dizzy or light-headed, for example when they stand up?'),
        yesNo('eyesight', 'Does the person have trouble with their eyesight, even with their glasses on?'),
        yesNo('urgency', 'Does the person often need to rush to the toilet, or get up in the night to pass urine?'),
        yesNo('memoryConcern', 'Is there a concern about the person’s memory, or about confusion?'),
      ],
    },
    {
      id: 'feet',
      title: 'Feet, footwear and walking aids',
      items: [
        yesNo('footProblems', 'Does the person have painful feet, or foot problems that affect how they walk?'),
        yesNo('unsafeFootwear', 'Are their usual shoes or slippers loose, worn, backless or slippery?'),
        yesNo('usesWalkingAid', 'Does the person use a walking aid?'),
        {
          ...yesNo(
            'walkingAidProblem',
            'Is there a problem with the walking aid?',
            'For example the wrong height, worn rubber feet or brakes, or not used where it is needed.',
          ),
          enableWhen: [is('usesWalkingAid', 'yes')],
        },
      ],
    },
  ],
  suggestions,
} satisfies InstrumentDefinitionInput;
