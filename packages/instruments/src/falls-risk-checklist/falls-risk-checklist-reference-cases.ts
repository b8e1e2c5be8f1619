import type { Answers } from '@otforms/core';
import type { ReferenceCase } from '../reference-case.js';
import type { SuggestionCase } from '../suggestion-case.js';

/** A fictional person with none of the risk factors: every question answered, no rule set off. */
export const noRiskFactors: Answers = {
  fallenPastYear: 'no',
  unsteady: 'no',
  fearOfFalling: 'no',
  getUpFromFloor: 'yes',
  livesAlone: 'no',
  hasAlarm: 'no',
  manyMedicines: 'no',
  drowsyMedicines: 'no',
  dizziness: 'no',
  eyesight: 'no',
  urgency: 'no',
  memoryConcern: 'no',
  footProblems: 'no',
  unsafeFootwear: 'no',
  usesWalkingAid: 'no',
};

const person = (changes: Answers): Answers => ({ ...noRiskFactors, ...changes });

/** No score: the reference case is a complete checklist, checked to give no total. */
export const fallsRiskChecklistReferenceCases: ReferenceCase[] = [
  {
    id: 'FR1',
    description: 'A complete checklist with several risk factors: no score, so no total',
    answers: person({ fallenPastYear: 'yes', fallCount: 2, fallInjured: 'no', unsteady: 'yes', usesWalkingAid: 'yes', walkingAidProblem: 'no' }),
    expected: { total: null, status: 'complete', noTotalReason: null },
  },
];

/** Worked by hand from the rules in falls-risk-checklist-definition.ts: each rule fires in one case at least. */
export const fallsRiskChecklistSuggestionCases: SuggestionCase[] = [
  { id: 'FS1', description: 'No risk factors: nothing suggested', answers: noRiskFactors, expected: { suggestions: [] } },
  {
    id: 'FS2',
    description: 'Two falls in the past year: a falls service referral',
    answers: person({ fallenPastYear: 'yes', fallCount: 2, fallInjured: 'no' }),
    expected: { suggestions: ['falls-service'] },
  },
  { id: 'FS3', description: 'Feels unsteady: strength and balance', answers: person({ unsteady: 'yes' }), expected: { suggestions: ['strength-balance'] } },
  {
    id: 'FS4',
    description: 'Worried about falling, and unsteady: strength and balance once',
    answers: person({ fearOfFalling: 'yes', unsteady: 'yes' }),
    expected: { suggestions: ['strength-balance'] },
  },
  {
    id: 'FS5',
    description: 'Could not get up from the floor, lives alone, no alarm: a pendant alarm, and practice getting up',
    answers: person({ getUpFromFloor: 'no', livesAlone: 'yes' }),
    expected: { suggestions: ['telecare-floor', 'getting-up-practice'] },
  },
  {
    id: 'FS6',
    description: 'Could not get up from the floor, does not live alone: practice getting up only',
    answers: person({ getUpFromFloor: 'no' }),
    expected: { suggestions: ['getting-up-practice'] },
  },
  {
    id: 'FS7',
    description: 'Could not get up from the floor, lives alone, already has an alarm: practice getting up only',
    answers: person({ getUpFromFloor: 'no', livesAlone: 'yes', hasAlarm: 'yes' }),
    expected: { suggestions: ['getting-up-practice'] },
  },
  {
    id: 'FS8',
    description: 'Many medicines, a drowsy medicine and dizziness: one medicines review',
    answers: person({ manyMedicines: 'yes', drowsyMedicines: 'yes', dizziness: 'yes' }),
    expected: { suggestions: ['medication-review'] },
  },
  { id: 'FS9', description: 'Dizzy on standing: a medicines review', answers: person({ dizziness: 'yes' }), expected: { suggestions: ['medication-review'] } },
  { id: 'FS10', description: 'Trouble with eyesight: an eye test', answers: person({ eyesight: 'yes' }), expected: { suggestions: ['eye-test'] } },
  {
    id: 'FS11',
    description: 'Rushes to the toilet at night: continence advice',
    answers: person({ urgency: 'yes' }),
    expected: { suggestions: ['continence'] },
  },
  {
    id: 'FS12',
    description: 'Worn slippers and painful feet: footwear advice and podiatry',
    answers: person({ unsafeFootwear: 'yes', footProblems: 'yes' }),
    expected: { suggestions: ['footwear', 'podiatry'] },
  },
  {
    id: 'FS13',
    description: 'A walking aid at the wrong height: check the aid',
    answers: person({ usesWalkingAid: 'yes', walkingAidProblem: 'yes' }),
    expected: { suggestions: ['walking-aid'] },
  },
  {
    id: 'FS14',
    description: 'A walking aid with no problem: nothing',
    answers: person({ usesWalkingAid: 'yes', walkingAidProblem: 'no' }),
    expected: { suggestions: [] },
  },
  { id: 'FS15', description: 'A concern about memory: talk to the GP', answers: person({ memoryConcern: 'yes' }), expected: { suggestions: ['memory'] } },
  {
    id: 'FS16',
    description: 'Fallen, unsteady, lives alone and could not get up, no alarm: four suggestions, in the rules’ order',
    answers: person({ fallenPastYear: 'yes', fallCount: 1, fallInjured: 'yes', unsteady: 'yes', getUpFromFloor: 'no', livesAlone: 'yes' }),
    expected: { suggestions: ['falls-service', 'strength-balance', 'telecare-floor', 'getting-up-practice'] },
  },
];
