import type { Answers } from '@otforms/core';
import type { ReferenceCase } from '../reference-case.js';
import type { SuggestionCase } from '../suggestion-case.js';

/**
 * A fictional visit where the person manages everything and the home sets
 * off no rule. Every other case changes only what it is about, so each shows
 * one rule (or one boundary) at a time.
 */
export const managingWell: Answers = {
  hardestAtHome: 'Nothing much. I take my time on the steps.',
  entranceManage: 'independently',
  entranceDoorWidth: 780,
  entranceThreshold: 'no',
  outsideSteps: 'yes',
  outsideStepCount: 2,
  outsideStepRiser: 140,
  outsideStepsManage: 'independently',
  outsideRail: 'yes',
  outsideRailHeight: 900,
  indoorStairs: 'yes',
  stairsManage: 'independently',
  stairRails: 'one-side',
  stairRailHeight: 900,
  stairWidth: 820,
  stairShape: 'straight',
  washFacility: 'bath-shower',
  washManage: 'independently',
  bathManage: 'independently',
  bathRimHeight: 520,
  bathroomDoorWidth: 720,
  toiletManage: 'independently',
  toiletSeatHeight: 410,
  toiletRail: 'no',
  toiletInTime: 'yes',
  bedManage: 'independently',
  bedHeight: 520,
  chairManage: 'independently',
  chairSeatHeight: 460,
  kneeHeight: 480,
  kitchenManage: 'independently',
  carryManage: 'independently',
  kitchenReach: 'yes',
  cookerConcern: 'no',
  indoorManage: 'independently',
  mobilityAid: 'none',
  narrowestDoorWidth: 700,
  narrowestHallWidth: 900,
  fallenPastYear: 'no',
  lightingGood: 'yes',
  nightLight: 'yes',
  tripHazards: 'no',
  smokeAlarm: 'yes',
  livesAlone: 'yes',
  canSummonHelp: 'yes',
  hasTelecare: 'no',
  hasHelp: 'yes',
  helpers: 'Daughter visits twice a week and does the shopping.',
  carerCoping: 'well',
  carerLifts: 'no',
};

/** `managingWell` with some answers changed, and the answers of questions those changes hide taken out. */
function visit(changes: Answers, hidden: string[] = []): Answers {
  const answers: Answers = { ...managingWell, ...changes };
  for (const id of hidden) delete answers[id];
  return answers;
}

/** No score: the reference case is a complete visit, checked to give no total. */
export const homeEnvironmentReferenceCases: ReferenceCase[] = [
  {
    id: 'HE1',
    description: 'A complete visit, every section answered: no score, so no total',
    answers: managingWell,
    expected: { total: null, status: 'complete', noTotalReason: null },
  },
];

/** Worked by hand from the rules in home-environment-suggestions.ts: each rule fires in one case at least, and each threshold is tested at its edge. */
export const homeEnvironmentSuggestionCases: SuggestionCase[] = [
  { id: 'HS1', description: 'Managing everything: nothing suggested', answers: managingWell, expected: { suggestions: [] } },
  {
    id: 'HS2',
    description: 'Entrance steps with no rail, managed with difficulty: a rail',
    answers: visit({ outsideRail: 'no', outsideStepsManage: 'with-difficulty' }, ['outsideRailHeight']),
    expected: { suggestions: ['steps-rail'] },
  },
  {
    id: 'HS3',
    description: 'A 151 mm step with no rail, managed independently: a rail, routine',
    answers: visit({ outsideRail: 'no', outsideStepRiser: 151 }, ['outsideRailHeight']),
    expected: { suggestions: ['high-step-rail'] },
  },
  {
    id: 'HS4',
    description: 'A 150 mm step with no rail, managed independently: at the threshold, nothing',
    answers: visit({ outsideRail: 'no', outsideStepRiser: 150 }, ['outsideRailHeight']),
    expected: { suggestions: [] },
  },
  {
    id: 'HS5',
    description: 'Cannot use the entrance steps, which have no rail: a ramp or step lift, not a rail',
    answers: visit({ outsideRail: 'no', outsideStepsManage: 'cannot', outsideStepRiser: 190 }, ['outsideRailHeight']),
    expected: { suggestions: ['entrance-ramp'] },
  },
  {
    id: 'HS6',
    description: 'Stairs with no rail, managed independently: a stair rail',
    answers: visit({ stairRails: 'none' }, ['stairRailHeight']),
    expected: { suggestions: ['stair-rail'] },
  },
  {
    id: 'HS7',
    description: 'Stairs with difficulty, a rail on one side: a second rail',
    answers: visit({ stairsManage: 'with-difficulty' }),
    expected: { suggestions: ['stair-second-rail'] },
  },
  {
    id: 'HS8',
    description: 'Stairs only with help, and no rail: a rail now and a stairlift',
    answers: visit({ stairsManage: 'with-help', stairRails: 'none' }, ['stairRailHeight']),
    expected: { suggestions: ['stair-rail', 'stairlift'] },
  },
  {
    id: 'HS9',
    description: 'Cannot use the stairs, a rail on one side: a stairlift',
    answers: visit({ stairsManage: 'cannot', stairShape: 'turns' }),
    expected: { suggestions: ['stairlift'] },
  },
  {
    id: 'HS10',
    description: 'Cannot get in or out of the bath: a level-access shower, and a bath board meanwhile',
    answers: visit({ bathManage: 'cannot', washManage: 'with-help' }),
    expected: { suggestions: ['level-access-shower', 'bath-board'] },
  },
  {
    id: 'HS11',
    description: 'Gets in and out of the bath with difficulty: a bath board',
    answers: visit({ bathManage: 'with-difficulty' }),
    expected: { suggestions: ['bath-board'] },
  },
  {
    id: 'HS12',
    description: 'A shower with a lip, got into only with help: a grab rail',
    answers: visit({ washFacility: 'cubicle', showerManage: 'with-help', showerStepHeight: 180 }, ['bathManage', 'bathRimHeight']),
    expected: { suggestions: ['shower-rail'] },
  },
  {
    id: 'HS13',
    description: 'An answer to a hidden question counts for nothing: "cannot" for the bath, but the person has a level-access shower',
    answers: visit({ washFacility: 'level-access', showerManage: 'independently', bathManage: 'cannot' }, ['bathRimHeight']),
    expected: { suggestions: [] },
  },
  {
    id: 'HS14',
    description: 'A 429 mm toilet seat, used with difficulty, nothing to hold: a raised seat and a frame',
    answers: visit({ toiletSeatHeight: 429, toiletManage: 'with-difficulty' }),
    expected: { suggestions: ['raised-toilet-seat', 'toilet-frame'] },
  },
  {
    id: 'HS15',
    description: 'A 430 mm toilet seat, used with difficulty, a rail beside it: at the threshold, nothing',
    answers: visit({ toiletSeatHeight: 430, toiletManage: 'with-difficulty', toiletRail: 'yes' }),
    expected: { suggestions: [] },
  },
  {
    id: 'HS16',
    description: 'Cannot always reach the toilet in time: a commode',
    answers: visit({ toiletInTime: 'no' }),
    expected: { suggestions: ['commode'] },
  },
  {
    id: 'HS17',
    description: 'Bed and chair with difficulty: bed equipment and chair raisers',
    answers: visit({ bedManage: 'with-difficulty', chairManage: 'with-help' }),
    expected: { suggestions: ['bed-equipment', 'chair-raisers'] },
  },
  {
    id: 'HS18',
    description: 'Cannot get out of bed, and a carer lifts the person: moving and handling, twice (two needs)',
    answers: visit({ bedManage: 'cannot', carerLifts: 'yes' }),
    expected: { suggestions: ['moving-handling', 'carer-lifting'] },
  },
  {
    id: 'HS19',
    description: 'Kitchen: difficulty making a meal, help to carry, reaching high, a cooker worry',
    answers: visit({ kitchenManage: 'with-difficulty', carryManage: 'with-help', kitchenReach: 'no', cookerConcern: 'yes' }),
    expected: { suggestions: ['perching-stool', 'kitchen-trolley', 'kitchen-reach', 'cooker-safety'] },
  },
  {
    id: 'HS20',
    description: 'A wheelchair indoors and a 749 mm doorway: widening',
    answers: visit({ mobilityAid: 'wheelchair', narrowestDoorWidth: 749 }),
    expected: { suggestions: ['door-widening'] },
  },
  {
    id: 'HS21',
    description: 'A wheelchair indoors and a 750 mm doorway: at the threshold, nothing',
    answers: visit({ mobilityAid: 'wheelchair', narrowestDoorWidth: 750 }),
    expected: { suggestions: [] },
  },
  {
    id: 'HS22',
    description: 'No light by the bed, and trip hazards: lighting and hazard advice',
    answers: visit({ nightLight: 'no', tripHazards: 'yes', tripHazardDetails: 'Rug in the hall; agreed to take it up.' }),
    expected: { suggestions: ['lighting', 'trip-hazards'] },
  },
  {
    id: 'HS23',
    description: 'No working smoke alarm: a fire and rescue home fire safety visit',
    answers: visit({ smokeAlarm: 'no' }),
    expected: { suggestions: ['fire-safety-check'] },
  },
  {
    id: 'HS24',
    description: 'Lives alone, has fallen, could not call for help, no telecare: one pendant alarm suggestion, not two',
    answers: visit({ fallenPastYear: 'yes', canSummonHelp: 'no' }),
    expected: { suggestions: ['telecare-after-fall'] },
  },
  {
    id: 'HS25',
    description: 'Lives alone, has not fallen, could not call for help: a pendant alarm',
    answers: visit({ canSummonHelp: 'no' }),
    expected: { suggestions: ['telecare-cannot-call'] },
  },
  {
    id: 'HS26',
    description: 'Has fallen but does not live alone: nothing',
    answers: visit({ fallenPastYear: 'yes', livesAlone: 'no' }, ['canSummonHelp']),
    expected: { suggestions: [] },
  },
  {
    id: 'HS27',
    description: 'Lives alone and has fallen, but already has telecare: nothing',
    answers: visit({ fallenPastYear: 'yes', hasTelecare: 'yes' }),
    expected: { suggestions: [] },
  },
  {
    id: 'HS28',
    description: 'The main carer is under some strain: a carer’s assessment',
    answers: visit({ carerCoping: 'strain' }),
    expected: { suggestions: ['carer-assessment'] },
  },
];
