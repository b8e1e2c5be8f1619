import type { SuggestionRuleInput } from '../definition-input.js';
import { above, below, is, isNot } from '../rule-conditions.js';

/**
 * The suggestion rules: answers that prompt the OT to consider a
 * recommendation. Each is data a council can change in its own copy (a
 * threshold, a route, the wording). A suggestion is never a decision: the OT
 * accepts or dismisses each one, with a reason.
 *
 * "Manages with difficulty or with help" is written as "not independently
 * and not cannot", because a rule's conditions are all-or-any, not nested.
 * Rules that share a recommendation (the two rails, the two telecare rules)
 * are made to exclude each other, so one need gives one suggestion.
 */

/** A step higher than this (mm) prompts a rail even when the person manages the steps now. A default, not a figure from guidance. */
export const HIGH_STEP_MM = 150;
/** A toilet seat lower than this (mm) prompts a raised seat for someone who has difficulty. A default, not a figure from guidance. */
export const LOW_TOILET_SEAT_MM = 430;
/** A doorway narrower than this (mm) prompts widening for someone who uses a wheelchair indoors. A default, not a figure from guidance. */
export const NARROW_DOOR_MM = 750;

const withDifficultyOrHelp = (item: string) => [isNot(item, 'independently'), isNot(item, 'cannot')];
const notIndependently = (item: string) => [isNot(item, 'independently')];

const pendantAlarm: SuggestionRuleInput['recommend'] = {
  kind: 'technology-enabled-care',
  what: 'Pendant or wrist alarm linked to a monitoring centre, with a fall detector if it suits the person',
  priority: 'high',
};

const handlingReason =
  'Where a person cannot move between bed, chair or toilet without being lifted, the risk to them and to whoever helps must be assessed, and lifting avoided where equipment can reduce it (HSE, Manual Handling Operations Regulations 1992).';

export const homeEnvironmentSuggestions: SuggestionRuleInput[] = [
  {
    id: 'steps-rail',
    when: [is('outsideRail', 'no'), ...withDifficultyOrHelp('outsideStepsManage')],
    recommend: { kind: 'minor-adaptation', what: 'Grab rail or step rail beside the entrance steps', route: 'minor-adaptations-service', priority: 'high' },
    reason: 'The steps into the home have no rail, and the person manages them only with difficulty or with help.',
  },
  {
    id: 'high-step-rail',
    when: [is('outsideRail', 'no'), is('outsideStepsManage', 'independently'), above('outsideStepRiser', HIGH_STEP_MM)],
    recommend: { kind: 'minor-adaptation', what: 'Grab rail or step rail beside the entrance steps', route: 'minor-adaptations-service', priority: 'routine' },
    reason: `A step into the home is higher than ${HIGH_STEP_MM} mm and has no rail. The person manages it now; a rail helps prevent a fall.`,
  },
  {
    id: 'entrance-ramp',
    when: [is('outsideStepsManage', 'cannot')],
    recommend: { kind: 'major-adaptation', what: 'Ramp or step lift to the entrance', route: 'disabled-facilities-grant', priority: 'high' },
    reason:
      'The person cannot use the steps into their home. Works paid for by a Disabled Facilities Grant must be necessary and appropriate, and reasonable and practicable.',
  },
  {
    id: 'stair-rail',
    when: [is('stairRails', 'none'), isNot('stairsManage', 'cannot')],
    recommend: { kind: 'minor-adaptation', what: 'Stair rail', route: 'minor-adaptations-service', priority: 'high' },
    reason: 'The person uses stairs that have no rail.',
  },
  {
    id: 'stair-second-rail',
    when: [is('stairRails', 'one-side'), is('stairsManage', 'with-difficulty')],
    recommend: {
      kind: 'minor-adaptation',
      what: 'Second stair rail, so there is a rail on both sides',
      route: 'minor-adaptations-service',
      priority: 'routine',
    },
    reason: 'The person manages the stairs with difficulty, holding a rail on one side only.',
  },
  {
    id: 'stairlift',
    when: [is('stairsManage', 'with-help'), is('stairsManage', 'cannot')],
    behavior: 'any',
    recommend: {
      kind: 'major-adaptation',
      what: 'Stairlift, if the stairs’ width and shape allow, or another way to reach the bedroom, bathroom and toilet',
      route: 'disabled-facilities-grant',
      priority: 'high',
    },
    reason:
      'The person cannot use the stairs on their own. Works paid for by a Disabled Facilities Grant must be necessary and appropriate, and reasonable and practicable.',
  },
  {
    id: 'level-access-shower',
    when: [is('bathManage', 'cannot')],
    recommend: { kind: 'major-adaptation', what: 'Level-access shower in place of the bath', route: 'disabled-facilities-grant', priority: 'high' },
    reason:
      'The person cannot get in and out of the bath. Works paid for by a Disabled Facilities Grant must be necessary and appropriate, and reasonable and practicable.',
  },
  {
    id: 'bath-board',
    when: notIndependently('bathManage'),
    recommend: {
      kind: 'equipment',
      what: 'Bath board or bath seat, tried in the bath before it is left',
      route: 'community-equipment-service',
      priority: 'routine',
    },
    reason: 'The person has difficulty getting in and out of the bath. Equipment may make bathing safe now, or while an adaptation is considered.',
  },
  {
    id: 'shower-rail',
    when: withDifficultyOrHelp('showerManage'),
    recommend: { kind: 'minor-adaptation', what: 'Grab rail at the way into the shower', route: 'minor-adaptations-service', priority: 'routine' },
    reason: 'The person gets in and out of the shower only with difficulty or with help.',
  },
  {
    id: 'raised-toilet-seat',
    when: [below('toiletSeatHeight', LOW_TOILET_SEAT_MM), isNot('toiletManage', 'independently')],
    recommend: {
      kind: 'equipment',
      what: 'Raised toilet seat, to a height that suits the person’s knee height',
      route: 'community-equipment-service',
      priority: 'routine',
    },
    reason: `The toilet seat is lower than ${LOW_TOILET_SEAT_MM} mm and the person does not get on and off it without difficulty.`,
  },
  {
    id: 'toilet-frame',
    when: [is('toiletRail', 'no'), ...withDifficultyOrHelp('toiletManage')],
    recommend: { kind: 'equipment', what: 'Toilet frame, or rails beside the toilet', route: 'community-equipment-service', priority: 'routine' },
    reason: 'The person has difficulty getting on and off the toilet, and there is nothing beside it to hold.',
  },
  {
    id: 'commode',
    when: [is('toiletInTime', 'no')],
    recommend: {
      kind: 'equipment',
      what: 'Commode or urinal for when the toilet cannot be reached in time',
      route: 'community-equipment-service',
      priority: 'high',
    },
    reason: 'The person cannot always reach the toilet in time.',
  },
  {
    id: 'bed-equipment',
    when: withDifficultyOrHelp('bedManage'),
    recommend: {
      kind: 'equipment',
      what: 'Bed lever, or bed raisers to bring the bed to a height that suits the person',
      route: 'community-equipment-service',
      priority: 'routine',
    },
    reason: 'The person gets in and out of bed only with difficulty or with help.',
  },
  {
    id: 'chair-raisers',
    when: withDifficultyOrHelp('chairManage'),
    recommend: {
      kind: 'equipment',
      what: 'Chair raisers, or a chair of a height that suits the person',
      route: 'community-equipment-service',
      priority: 'routine',
    },
    reason: 'The person gets up from their chair only with difficulty or with help.',
  },
  {
    id: 'moving-handling',
    when: [is('bedManage', 'cannot'), is('chairManage', 'cannot'), is('toiletManage', 'cannot')],
    behavior: 'any',
    recommend: {
      kind: 'equipment',
      what: 'Moving and handling equipment for transfers, such as a standing aid or hoist, chosen with a moving and handling risk assessment',
      route: 'community-equipment-service',
      priority: 'urgent',
    },
    reason: handlingReason,
  },
  {
    id: 'carer-lifting',
    when: [is('carerLifts', 'yes')],
    recommend: {
      kind: 'equipment',
      what: 'Moving and handling equipment and a plan, so that nobody lifts the person’s weight',
      route: 'community-equipment-service',
      priority: 'urgent',
    },
    reason: `Someone lifts the person or takes their weight. ${handlingReason}`,
  },
  {
    id: 'perching-stool',
    when: withDifficultyOrHelp('kitchenManage'),
    recommend: { kind: 'equipment', what: 'Perching stool, so the person can sit to prepare food', route: 'community-equipment-service', priority: 'routine' },
    reason: 'The person makes a drink or a simple meal only with difficulty or with help.',
  },
  {
    id: 'kitchen-trolley',
    when: withDifficultyOrHelp('carryManage'),
    recommend: { kind: 'equipment', what: 'Kitchen trolley for carrying food and drinks', route: 'community-equipment-service', priority: 'routine' },
    reason: 'The person carries food and drinks only with difficulty or with help.',
  },
  {
    id: 'kitchen-reach',
    when: [is('kitchenReach', 'no')],
    recommend: {
      kind: 'advice-signposting',
      what: 'Advice on keeping everyday things between waist and shoulder height, and where to buy a long-handled reacher',
      route: 'self-purchase-signposting',
      priority: 'routine',
    },
    reason: 'The person climbs, stretches up or bends low to reach things they use every day.',
  },
  {
    id: 'cooker-safety',
    when: [is('cookerConcern', 'yes')],
    recommend: { kind: 'technology-enabled-care', what: 'Heat detector or cooker safety device, linked to a telecare alarm', priority: 'high' },
    reason: 'There is a worry about safe use of the cooker or hob.',
  },
  {
    id: 'door-widening',
    when: [is('mobilityAid', 'wheelchair'), below('narrowestDoorWidth', NARROW_DOOR_MM)],
    recommend: {
      kind: 'major-adaptation',
      what: 'Widen the doorways the person needs to use in a wheelchair',
      route: 'disabled-facilities-grant',
      priority: 'routine',
    },
    reason: `The person uses a wheelchair indoors and a doorway they need is narrower than ${NARROW_DOOR_MM} mm.`,
  },
  {
    id: 'lighting',
    when: [is('lightingGood', 'no'), is('nightLight', 'no')],
    behavior: 'any',
    recommend: {
      kind: 'advice-signposting',
      what: 'Better lighting: brighter bulbs, a bedside or plug-in night light, or lights that come on with movement',
      route: 'self-purchase-signposting',
      priority: 'routine',
    },
    reason: 'Poor light, or having to get up in the dark, makes a fall more likely.',
  },
  {
    id: 'trip-hazards',
    when: [is('tripHazards', 'yes')],
    recommend: { kind: 'advice-signposting', what: 'Remove or secure trip hazards, as agreed with the person', priority: 'routine' },
    reason: 'There are trip hazards where the person walks. Falls guidance recommends looking for and dealing with hazards in the home.',
  },
  {
    id: 'fire-safety-check',
    when: [is('smokeAlarm', 'no')],
    recommend: {
      kind: 'referral-on',
      what: 'Referral to the fire and rescue service for a home fire safety visit, with advice on fitting and testing smoke alarms',
      priority: 'high',
    },
    reason: 'There is no working smoke alarm on every floor the person uses.',
  },
  {
    id: 'telecare-after-fall',
    when: [is('livesAlone', 'yes'), is('fallenPastYear', 'yes'), is('hasTelecare', 'no')],
    recommend: pendantAlarm,
    reason: 'The person lives alone, or is often alone, has fallen at home in the past 12 months, and has no pendant alarm or other telecare.',
  },
  {
    id: 'telecare-cannot-call',
    when: [is('canSummonHelp', 'no'), is('fallenPastYear', 'no'), is('hasTelecare', 'no')],
    recommend: pendantAlarm,
    reason: 'The person lives alone, or is often alone, and could not call for help if they fell or were taken ill.',
  },
  {
    id: 'carer-assessment',
    when: [is('carerCoping', 'strain'), is('carerCoping', 'struggling')],
    behavior: 'any',
    recommend: { kind: 'referral-on', what: 'Offer the carer a carer’s assessment', priority: 'high' },
    reason:
      'The main unpaid carer is under strain. A council must offer a carer’s assessment where a carer appears to have needs for support (Care Act 2014, section 10).',
  },
];
