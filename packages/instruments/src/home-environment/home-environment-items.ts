import type { ItemInputOf, SectionInput } from '../definition-input.js';
import { is, isNot } from '../rule-conditions.js';

/**
 * How the person manages an activity, on one scale used throughout the
 * assessment, so that the suggestion rules can test every activity the same way.
 */
const manages = (id: string, label: string, hint?: string): ItemInputOf<'single-choice'> => ({
  id,
  type: 'single-choice',
  label,
  ...(hint ? { hint } : {}),
  options: [
    { code: 'independently', label: 'On their own, without difficulty' },
    { code: 'with-difficulty', label: 'On their own, with difficulty' },
    { code: 'with-help', label: 'With help from another person' },
    { code: 'cannot', label: 'Cannot do it' },
  ],
});

/** A measurement in millimetres, the unit of building and equipment specifications. Optional: not every visit has a tape measure to hand. */
const mm = (id: string, label: string, hint: string, min: number, max: number): ItemInputOf<'measurement'> => ({
  id,
  type: 'measurement',
  unit: 'mm',
  label,
  hint,
  min,
  max,
  required: false,
});

const yesNo = (id: string, label: string, hint?: string): ItemInputOf<'yes-no'> => ({ id, type: 'yes-no', label, ...(hint ? { hint } : {}) });

const photos = (id: string, label: string, hint: string): ItemInputOf<'photo'> => ({ id, type: 'photo', label, hint, maxPhotos: 3, required: false });

const accessAndEntrance: SectionInput = {
  id: 'access',
  title: 'Access and entrance',
  items: [
    {
      id: 'hardestAtHome',
      type: 'own-words',
      label: 'What the person finds hardest about getting around their home',
      hint: 'Write down what they say, in their own words.',
      maxLength: 2000,
      required: false,
    },
    manages('entranceManage', 'Getting in and out of the home by the door they usually use'),
    mm('entranceDoorWidth', 'Clear width of that doorway', 'With the door open, from the face of the door to the doorstop on the other side.', 400, 1500),
    yesNo('entranceThreshold', 'Is there a raised threshold or lip at that door?'),
    {
      ...mm('entranceThresholdHeight', 'Height of the threshold', 'From the floor outside to the top of the threshold.', 1, 300),
      enableWhen: [is('entranceThreshold', 'yes')],
    },
    photos('accessPhotos', 'Photos of the approach and the entrance', 'Up to 3. Take them with the person’s agreement, and leave people out of the picture.'),
  ],
};

const stepsWhen = [is('outsideSteps', 'yes')];
const stepsAndRails: SectionInput = {
  id: 'steps',
  title: 'Steps and rails',
  description: 'Steps, kerbs and rails on the way from the street or garden into the home.',
  items: [
    yesNo('outsideSteps', 'Are there steps or a kerb on the way into the home?'),
    { id: 'outsideStepCount', type: 'integer', label: 'How many steps?', min: 1, max: 50, enableWhen: stepsWhen },
    { ...mm('outsideStepRiser', 'Height of the highest step (riser)', 'From the top of one tread to the top of the next.', 10, 400), enableWhen: stepsWhen },
    { ...manages('outsideStepsManage', 'Going up and down these steps'), enableWhen: stepsWhen },
    { ...yesNo('outsideRail', 'Is there a firm rail beside these steps that the person can hold?'), enableWhen: stepsWhen },
    {
      ...mm('outsideRailHeight', 'Height of the rail', 'Straight up from the front edge of a step to the top of the rail.', 500, 1300),
      enableWhen: [is('outsideRail', 'yes')],
    },
  ],
};

const stairsWhen = [is('indoorStairs', 'yes')];
const stairs: SectionInput = {
  id: 'stairs',
  title: 'Stairs',
  items: [
    yesNo('indoorStairs', 'Does the person need to use stairs inside the home?', 'For example to reach the bedroom, bathroom or toilet.'),
    { ...manages('stairsManage', 'Going up and down the stairs'), enableWhen: stairsWhen },
    {
      id: 'stairRails',
      type: 'single-choice',
      label: 'Rails on the stairs',
      options: [
        { code: 'none', label: 'No rail' },
        { code: 'one-side', label: 'A rail on one side' },
        { code: 'both-sides', label: 'Rails on both sides' },
      ],
      enableWhen: stairsWhen,
    },
    {
      ...mm('stairRailHeight', 'Height of the stair rail', 'Straight up from the front edge of a step to the top of the rail.', 500, 1300),
      enableWhen: [isNot('stairRails', 'none')],
    },
    {
      ...mm(
        'stairWidth',
        'Width of the stairs',
        'At the narrowest point, from wall to wall or from wall to banister. Needed if a stairlift is being considered.',
        500,
        1500,
      ),
      enableWhen: stairsWhen,
    },
    {
      id: 'stairShape',
      type: 'single-choice',
      label: 'Shape of the stairs',
      options: [
        { code: 'straight', label: 'One straight flight' },
        { code: 'turns', label: 'Turns, winding steps or a landing part way up' },
      ],
      enableWhen: stairsWhen,
    },
    { ...photos('stairPhotos', 'Photos of the stairs', 'Up to 3: from the bottom and from the top.'), enableWhen: stairsWhen },
  ],
};

const bathWhen = [is('washFacility', 'bath'), is('washFacility', 'bath-shower')];
const showerWhen = [is('washFacility', 'cubicle'), is('washFacility', 'level-access')];
const bathing: SectionInput = {
  id: 'bathing',
  title: 'Bathing and showering',
  items: [
    {
      id: 'washFacility',
      type: 'single-choice',
      label: 'What does the person have to wash in?',
      options: [
        { code: 'bath', label: 'A bath with no shower over it' },
        { code: 'bath-shower', label: 'A bath with a shower over it' },
        { code: 'cubicle', label: 'A shower with a step or lip to get over' },
        { code: 'level-access', label: 'A level-access shower or wet room' },
        { code: 'none', label: 'No bath or shower they can use' },
      ],
    },
    manages('washManage', 'Washing all over', 'In the bath or shower, or a strip wash at the basin.'),
    { ...manages('bathManage', 'Getting in and out of the bath'), enableWhen: bathWhen, enableBehavior: 'any' },
    { ...mm('bathRimHeight', 'Height of the bath rim', 'From the floor to the top of the rim.', 300, 800), enableWhen: bathWhen, enableBehavior: 'any' },
    { ...manages('showerManage', 'Getting in and out of the shower'), enableWhen: showerWhen, enableBehavior: 'any' },
    {
      ...mm('showerStepHeight', 'Height of the step or lip into the shower', 'From the bathroom floor to the top of the lip.', 1, 400),
      enableWhen: [is('washFacility', 'cubicle')],
    },
    mm(
      'bathroomDoorWidth',
      'Clear width of the bathroom doorway',
      'With the door open, from the face of the door to the doorstop on the other side.',
      400,
      1500,
    ),
    photos('bathroomPhotos', 'Photos of the bathroom', 'Up to 3: the bath or shower, and the way in.'),
  ],
};

const toileting: SectionInput = {
  id: 'toileting',
  title: 'Toileting',
  items: [
    manages('toiletManage', 'Getting on and off the toilet'),
    mm('toiletSeatHeight', 'Height of the toilet seat', 'From the floor to the top of the seat.', 250, 700),
    yesNo('toiletRail', 'Is there a rail or frame beside the toilet that the person can use?'),
    yesNo('toiletInTime', 'Can the person reach the toilet in time, day and night?'),
  ],
};

const transfers: SectionInput = {
  id: 'transfers',
  title: 'Bed and chair transfers',
  items: [
    manages('bedManage', 'Getting in and out of bed'),
    mm('bedHeight', 'Height of the bed', 'From the floor to the top of the mattress, pressed down where the person sits.', 250, 900),
    manages('chairManage', 'Getting up from and sitting down in their usual chair'),
    mm('chairSeatHeight', 'Height of the chair seat', 'From the floor to the front of the seat, pressed down where the person sits.', 250, 700),
    mm(
      'kneeHeight',
      'The person’s knee height',
      'Sitting, in their usual footwear: from the floor to the back of the knee. Compare it with the seat heights above.',
      300,
      700,
    ),
  ],
};

const kitchen: SectionInput = {
  id: 'kitchen',
  title: 'The kitchen',
  items: [
    manages('kitchenManage', 'Making a hot drink or a simple meal'),
    manages('carryManage', 'Carrying a drink or a plate to where they eat'),
    yesNo('kitchenReach', 'Can the person reach the things they use every day without climbing, stretching up or bending low?'),
    yesNo('cookerConcern', 'Is there any worry about safe use of the cooker or hob?', 'For example pans left on, or gas left on unlit.'),
  ],
};

const indoors: SectionInput = {
  id: 'indoors',
  title: 'Moving about indoors',
  items: [
    manages('indoorManage', 'Walking or moving about inside the home'),
    {
      id: 'mobilityAid',
      type: 'single-choice',
      label: 'Mobility aid used indoors',
      options: [
        { code: 'none', label: 'None' },
        { code: 'stick', label: 'Stick or sticks' },
        { code: 'frame', label: 'Walking frame' },
        { code: 'rollator', label: 'Rollator (walking frame with wheels)' },
        { code: 'wheelchair', label: 'Wheelchair' },
        { code: 'other', label: 'Other' },
      ],
    },
    mm(
      'narrowestDoorWidth',
      'Clear width of the narrowest doorway the person uses',
      'With the door open, from the face of the door to the doorstop on the other side.',
      400,
      1500,
    ),
    mm('narrowestHallWidth', 'Width of the narrowest hall or passage', 'From wall to wall, at the narrowest point.', 500, 2000),
    yesNo('fallenPastYear', 'Has the person fallen at home in the past 12 months?'),
  ],
};

const hazards: SectionInput = {
  id: 'hazards',
  title: 'Lighting and trip hazards',
  items: [
    yesNo('lightingGood', 'Is the lighting good enough to see floors, steps and stairs clearly, by day and at night?'),
    yesNo('nightLight', 'Can the person switch on a light before getting out of bed?'),
    yesNo('tripHazards', 'Are there trip hazards where the person walks?', 'For example loose rugs, trailing cables, clutter or uneven floors.'),
    {
      id: 'tripHazardDetails',
      type: 'text',
      multiline: true,
      maxLength: 1000,
      label: 'Where they are, and what the person agreed to change',
      required: false,
      enableWhen: [is('tripHazards', 'yes')],
    },
  ],
};

const alarms: SectionInput = {
  id: 'alarms',
  title: 'Alarms and telecare',
  items: [
    yesNo('smokeAlarm', 'Is there a working smoke alarm on every floor the person uses?', 'Press the test button, with the person’s agreement.'),
    yesNo('livesAlone', 'Does the person live alone, or spend long periods alone at home?'),
    {
      ...yesNo('canSummonHelp', 'If they fell or were taken ill, could they call for help from anywhere at home, including from the floor?'),
      enableWhen: [is('livesAlone', 'yes')],
    },
    yesNo('hasTelecare', 'Does the person already have a pendant alarm or other telecare?'),
  ],
};

const helpWhen = [is('hasHelp', 'yes')];
const support: SectionInput = {
  id: 'support',
  title: 'Carers and the support network',
  items: [
    yesNo('hasHelp', 'Does anyone help the person at home?', 'Family, friends, neighbours or paid carers.'),
    { id: 'helpers', type: 'text', multiline: true, maxLength: 1000, label: 'Who helps, how often, and with what', required: false, enableWhen: helpWhen },
    {
      id: 'carerCoping',
      type: 'single-choice',
      label: 'How is the main unpaid carer managing?',
      options: [
        { code: 'no-unpaid-carer', label: 'There is no unpaid carer' },
        { code: 'well', label: 'Managing well' },
        { code: 'strain', label: 'Managing, with some strain' },
        { code: 'struggling', label: 'Struggling, or may not be able to carry on' },
      ],
      enableWhen: helpWhen,
    },
    { ...yesNo('carerLifts', 'Does anyone lift the person or take their weight, in any task?'), enableWhen: helpWhen },
  ],
};

/** The sections in the order an OT usually walks through a home: from the front door inwards, then the people. */
export const homeEnvironmentSections: SectionInput[] = [
  accessAndEntrance,
  stepsAndRails,
  stairs,
  bathing,
  toileting,
  transfers,
  kitchen,
  indoors,
  hazards,
  alarms,
  support,
];
