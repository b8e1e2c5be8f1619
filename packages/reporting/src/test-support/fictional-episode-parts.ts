import type { CldEventOutcome, ReablementEpisode } from '@otforms/core';
import { isoDay } from './fictional-dates.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * The parts of a fictional reablement episode besides its assessments and
 * goals: how it ended and what followed, care hours, equipment, adaptations,
 * advice and follow-up (domain brief §3–5). The weights are invented to look
 * like a council's year, not taken from any real return.
 */

type NextService = NonNullable<ReablementEpisode['nextService']>;
type FollowUp = ReablementEpisode['followUp'][number];
type Weighted<T> = readonly (readonly [T, number])[];

/** Every CLD Release 2 end outcome appears; most reablement ends as planned. */
export const END_OUTCOME_WEIGHTS: Weighted<CldEventOutcome> = [
  ['NFA: Support ended as planned', 40],
  ['Progress to support planning or services', 13],
  ['Admitted to hospital', 9],
  ['Continuation of support or services', 5],
  ['NFA: Support ended for other reason', 5],
  ['Progress to assessment, review or reassessment', 4],
  ['NFA: Support declined', 4],
  ['NFA: Information and advice or signposting', 3],
  ['NFA: Referral to NHS services or NHS funded social care', 3],
  ['NFA: Deceased', 2],
  ['NFA: Self-funded client or under 12wk disregard', 2],
  ['NFA: Referral to other service within the local authority', 2],
  ['NFA: Other', 2],
  ['NFA: Responsibility moved to another local authority', 2],
  ['NFA: No services offered for other reason', 2],
  ['Progress to reablement/ST-Max', 2],
];

/** Outcomes that usually cut an episode short, before a discharge assessment or a goal review. */
export const EARLY_ENDS: ReadonlySet<CldEventOutcome> = new Set(['Admitted to hospital', 'NFA: Deceased', 'NFA: Support declined', 'NFA: Responsibility moved to another local authority']);

const homeSupport: NextService = { type: 'Long term support: Community', component: 'Home support or domiciliary care' };
const lowLevel: NextService = { type: 'Short term support: Ongoing low level', component: 'Home support or domiciliary care' };
const NEXT_SERVICES: Partial<Record<CldEventOutcome, Weighted<NextService | null>>> = {
  'Progress to support planning or services': [
    [homeSupport, 45],
    [lowLevel, 20],
    [{ type: 'Long term support: Residential care' }, 8],
    [{ type: 'Long term support: Nursing care' }, 4],
    [{ type: 'Short term support: Other short term', component: 'Short term residential care' }, 8],
    [{ type: 'Short term support: Other short term', component: 'Short term nursing care' }, 3],
    [{ type: 'Long term support: Community', component: 'Direct payment' }, 5],
    [null, 7],
  ],
  'Continuation of support or services': [
    [homeSupport, 60],
    [lowLevel, 30],
    [null, 10],
  ],
  'NFA: Support ended as planned': [
    [{ type: 'Short term support: Ongoing low level', component: 'Equipment' }, 6],
    [lowLevel, 4],
    [null, 90],
  ],
  'Progress to assessment, review or reassessment': [
    [homeSupport, 20],
    [null, 80],
  ],
};

/** The service open after the episode, if any; a fresh object each time, since records are handed out to be read and perhaps changed. */
export function nextServiceAfter(random: SeededRandom, outcome: CldEventOutcome): NextService | null {
  const choices = NEXT_SERVICES[outcome];
  const next = choices ? random.weighted(choices) : null;
  return next && { ...next };
}

type HoursChange = 'removed' | 'reduced' | 'maintained' | 'increased' | 'not-known';
const HOURS_AT_START: Weighted<number> = [[0, 4], [3.5, 10], [5.25, 12], [7, 24], [8.75, 12], [10.5, 16], [14, 12], [17.5, 6], [21, 4]];
const CHANGE_AS_PLANNED: Weighted<HoursChange> = [['removed', 58], ['reduced', 22], ['maintained', 8], ['increased', 3], ['not-known', 9]];
const CHANGE_INTO_SUPPORT: Weighted<HoursChange> = [['removed', 4], ['reduced', 36], ['maintained', 30], ['increased', 20], ['not-known', 10]];
const CHANGE_CUT_SHORT: Weighted<HoursChange> = [['maintained', 45], ['increased', 10], ['not-known', 45]];
const CHANGE_OTHERWISE: Weighted<HoursChange> = [['removed', 32], ['reduced', 28], ['maintained', 20], ['increased', 8], ['not-known', 12]];

/** Planned hours a week at the start and, once ended, at the end; either may be unknown. */
export function plannedHours(random: SeededRandom, outcome: CldEventOutcome | null): ReablementEpisode['plannedHoursPerWeek'] {
  if (random.chance(0.1)) return outcome && random.chance(0.5) ? { atEnd: random.weighted(HOURS_AT_START) } : {};
  const atStart = random.weighted(HOURS_AT_START);
  if (!outcome) return { atStart };
  const change = random.weighted(
    outcome === 'NFA: Support ended as planned'
      ? CHANGE_AS_PLANNED
      : outcome === 'Progress to support planning or services' || outcome === 'Continuation of support or services'
        ? CHANGE_INTO_SUPPORT
        : EARLY_ENDS.has(outcome)
          ? CHANGE_CUT_SHORT
          : CHANGE_OTHERWISE,
  );
  switch (change) {
    case 'not-known':
      return { atStart };
    case 'removed':
      return { atStart, atEnd: 0 };
    case 'reduced':
      // A quarter-hour step below the start; with nothing at the start there is nothing to reduce.
      return { atStart, atEnd: atStart === 0 ? 0 : Math.max(0.25, Math.floor(atStart * (0.2 + random.next() * 0.6) * 4) / 4) };
    case 'maintained':
      return { atStart, atEnd: atStart };
    case 'increased':
      return { atStart, atEnd: atStart + random.pick([1.75, 3.5, 7]) };
  }
}

const EQUIPMENT = [
  'Shower seat',
  'Perching stool',
  'Raised toilet seat',
  'Toilet frame',
  'Bed lever',
  'Walking frame',
  'Kitchen trolley',
  'Bath board',
  'Chair raisers',
  'Commode',
  'Long-handled sponge',
  'Helping hand',
  'Rotating bath seat',
  'Bed raisers',
];

/** Equipment issued in the first week, some of it returned later (and mostly recycled). `lastDay` is the episode's end, or the day the cohort is seen. */
export function fictionalEquipment(random: SeededRandom, startDay: number, lastDay: number, open: boolean): ReablementEpisode['equipment'] {
  return random.sample(EQUIPMENT, random.weighted([[1, 50], [2, 35], [3, 15]])).map((item) => {
    const issued = Math.min(lastDay, startDay + random.int(0, 7));
    const equipment: ReablementEpisode['equipment'][number] = { item, issuedOn: isoDay(issued) };
    const returned = issued + random.int(3, 60);
    // An open episode is seen on its last day: nothing can have come back after it.
    if (random.chance(0.2) && !(open && returned > lastDay)) {
      equipment.returnedOn = isoDay(returned);
      const recycled = random.weighted([[true, 70], [false, 10], [null, 20]]);
      if (recycled !== null) equipment.recycled = recycled;
    }
    return equipment;
  });
}

const MINOR_ADAPTATIONS: readonly (readonly [string, number, number])[] = [
  ['Grab rail by the front door', 40, 120],
  ['Second stair rail', 150, 450],
  ['Half step at the back door', 120, 380],
  ['Key safe', 60, 150],
  ['Lever taps in the kitchen', 90, 260],
  ['Grab rails by the toilet', 50, 180],
  ['Lighting on the stairs', 200, 650],
];

export function fictionalMinorAdaptations(random: SeededRandom, startDay: number): ReablementEpisode['minorAdaptations'] {
  return random.sample(MINOR_ADAPTATIONS, random.int(1, 2)).map(([description, low, high]) => {
    const adaptation: ReablementEpisode['minorAdaptations'][number] = { description, cost: random.int(low, high) };
    if (random.chance(0.85)) adaptation.completedOn = isoDay(startDay + random.int(2, 21));
    return adaptation;
  });
}

const MAJOR_ADAPTATIONS = ['Stair lift', 'Level-access shower', 'Ramp to the front door', 'Through-floor lift', 'Wider doorways', 'Downstairs toilet'];

/** A Disabled Facilities Grant: most finished 60 to 300 days after the recommendation, some still in progress. */
export function fictionalMajorAdaptation(random: SeededRandom, startDay: number, lastDay: number): ReablementEpisode['majorAdaptations'][number] {
  const recommended = Math.min(lastDay, startDay + random.int(5, 30));
  const adaptation: ReablementEpisode['majorAdaptations'][number] = { description: random.pick(MAJOR_ADAPTATIONS), recommendedOn: isoDay(recommended) };
  if (random.chance(0.2)) return adaptation;
  const completed = recommended + random.int(60, 300);
  const applied = recommended + random.int(7, 30);
  // At least 30 days lie between application and completion, so the decision falls between them.
  const decided = applied + random.int(14, completed - applied - 14);
  return {
    ...adaptation,
    appliedOn: isoDay(applied),
    decidedOn: isoDay(decided),
    completedOn: isoDay(completed),
    amount: random.int(40, 600) * 50,
  };
}

const ADVICE = [
  'Falls prevention leaflet and the community strength and balance class',
  'Details of the local lunch club and community transport',
  'Telecare pendant alarm information',
  'Carers’ support service leaflet for the family',
  'Home fire safety check referral',
];

export const fictionalAdvice = (random: SeededRandom): string[] => [random.pick(ADVICE)];

const FOLLOW_UP_STATUSES: Weighted<FollowUp['status']> = [['at-home', 68], ['in-community', 6], ['readmitted', 10], ['res-nursing-admission', 5], ['deceased', 4], ['unknown', 7]];
const AFTER_ADMISSION: Weighted<FollowUp['status']> = [['at-home', 40], ['readmitted', 25], ['res-nursing-admission', 15], ['deceased', 10], ['unknown', 10]];

/** Follow-up at 84 days (ASCOF 2D) and at 91 days (the old STS004); some people have one, some both, some neither. */
export function fictionalFollowUp(random: SeededRandom, endDay: number, outcome: CldEventOutcome): FollowUp[] {
  if (outcome === 'NFA: Deceased') return [];
  const status = random.weighted(outcome === 'Admitted to hospital' ? AFTER_ADMISSION : FOLLOW_UP_STATUSES);
  const followUp: FollowUp[] = [];
  if (random.chance(0.55)) followUp.push({ kind: '84-day', date: isoDay(endDay + 84), status });
  if (random.chance(0.45)) followUp.push({ kind: '91-day', date: isoDay(endDay + 91), status: random.chance(0.1) ? 'unknown' : status });
  return followUp;
}
