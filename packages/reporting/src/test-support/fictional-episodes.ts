import { cldRoutesOfAccessR1, OTFORMS_VERSION, OUTCOME_RECORD_VERSION, type EpisodeRecord, type GoalPlanRecord, type ReablementEpisode } from '@otforms/core';
import { addMonths, dayOf, isoDay, isoTime } from './fictional-dates.js';
import { fictionalAssessments } from './fictional-episode-assessments.js';
import {
  EARLY_ENDS,
  END_OUTCOME_WEIGHTS,
  fictionalAdvice,
  fictionalEquipment,
  fictionalFollowUp,
  fictionalMajorAdaptation,
  fictionalMinorAdaptations,
  nextServiceAfter,
  plannedHours,
} from './fictional-episode-parts.js';
import { fictionalGoalPlan } from './fictional-goal-plan.js';
import { fictionalPractitioner, HOSPITAL_DISCHARGE_TEAM } from './fictional-teams.js';
import { SeededRandom } from './seeded-random.js';

export { FICTIONAL_TEAMS, fictionalTeam } from './fictional-teams.js';

/**
 * FICTIONAL reablement episodes for the tests, the demo, the stories and the
 * bench. No record is about a real person: people are `Patient/fictional-…`,
 * OTs `PractitionerRole/fictional-<team>-<n>`, and every figure is drawn from
 * invented weights. Never shipped (the package's `files` leave out
 * `test-support`).
 *
 * The same options give the same records, deep-equal, on every run: a seeded
 * generator (mulberry32) draws everything, ids included. The first n
 * episodes of a cohort do not depend on its size, so a smaller cohort is the
 * start of a larger one.
 *
 * Each record is a valid version 3 episode record (the tests check every
 * one with core's `validateOutcomeRecord`), with realistic spreads: about
 * 1 in 10 not yet ended, every CLD end outcome (mostly "ended as planned"),
 * services that follow, care hours before and after, equipment and
 * adaptations, 84- and 91-day follow-up, Barthel (with some Lawton and
 * FES-I) at baseline, sometimes midway, and at discharge, some left
 * incomplete, and goal plans with goal attainment scaling.
 *
 * Assessment records are copies of frozen templates that share their
 * answers and scores (see `fictional-assessments.ts`): `structuredClone` a
 * record before changing anything inside an assessment.
 */
export interface FictionalCohortOptions {
  count: number;
  /** Default 1. */
  seed?: number;
  /** The first day episodes end, YYYY-MM-DD; default '2025-04-01'. */
  endsFrom?: string;
  /** Ended episodes end within this many months of `endsFrom`; default 12. Open ones started in the 6 weeks before the window closes. */
  months?: number;
}

export function fictionalEpisodes(options: FictionalCohortOptions): EpisodeRecord[] {
  const next = cohort(options);
  const records: EpisodeRecord[] = [];
  for (let index = 0; index < options.count; index++) records.push(next(index));
  return records;
}

/** The same records as `fictionalEpisodes`, one at a time, so that a bench or a summary can run over many without holding them all. */
export function* fictionalEpisodeStream(options: FictionalCohortOptions): Generator<EpisodeRecord> {
  const next = cohort(options);
  for (let index = 0; index < options.count; index++) yield next(index);
}

function cohort({ count, seed = 1, endsFrom = '2025-04-01', months = 12 }: FictionalCohortOptions): (index: number) => EpisodeRecord {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number, 0 or more');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number, 1 or more');
  const firstDay = dayOf(endsFrom);
  const window = { firstDay, lastDay: addMonths(firstDay, months) - 1 };
  const random = new SeededRandom(seed);
  return (index) => fictionalEpisode(random, index, window);
}

const ROUTES: readonly (readonly [(typeof cldRoutesOfAccessR1)[number], number])[] = [
  ['Discharge from Hospital', 52],
  ['Community / Other route', 36],
  ['Diversion from Hospital Services', 9],
  ['Planned Entry (Transition)', 1],
  ['Transfer from Other LA', 1],
  ['Self-Funder', 1],
];
const COMMUNITY_REFERRERS = ['GP', 'Self', 'Daughter', 'Son', 'District nurse', 'Social worker', 'Neighbour'];
const REASONS = [
  'Home after a fall; struggling with washing and stairs',
  'Home after a hip replacement; needs help to wash and dress',
  'Less steady on her feet since a chest infection',
  'Carer in hospital; struggling to prepare meals',
  'Home after a stroke; wants to manage personal care again',
  'Frequent falls at home; frightened to go out',
  'Lost confidence after a stay in hospital',
];

function fictionalEpisode(random: SeededRandom, index: number, window: { firstDay: number; lastDay: number }): EpisodeRecord {
  const recordId = random.uuid();
  const subjectReference = `Patient/fictional-${String(index + 1).padStart(6, '0')}`;
  const { team, reference: assessorReference } = fictionalPractitioner(random);

  // About 1 in 10 is still open when the window closes: started in its last 6 weeks, seen on its last day.
  const open = random.chance(0.1);
  const endOutcome = open ? null : random.weighted(END_OUTCOME_WEIGHTS);
  const endDay = open ? null : window.firstDay + random.int(0, window.lastDay - window.firstDay);
  const length = endOutcome && EARLY_ENDS.has(endOutcome) ? random.int(2, 21) : Math.round(Math.min(70, Math.max(7, 32 + 9 * random.normal())));
  const startDay = endDay === null ? window.lastDay - random.int(0, 41) : endDay - length;
  const lastDay = endDay ?? window.lastDay;
  const requestDay = startDay - random.weighted([[0, 15], [1, 35], [2, 25], [3, 12], [5, 8], [7, 5]]);

  const route = team === HOSPITAL_DISCHARGE_TEAM && random.chance(0.9) ? 'Discharge from Hospital' : random.weighted(ROUTES);
  const fromHospital = route === 'Discharge from Hospital';
  const request: ReablementEpisode['request'] = { date: isoDay(requestDay), routeOfAccess: route };
  if (random.chance(0.8)) request.referrer = fromHospital ? 'Hospital discharge team' : random.pick(COMMUNITY_REFERRERS);
  if (random.chance(0.7)) request.reason = random.pick(REASONS);
  if (fromHospital) {
    request.hospitalDischargeDate = isoDay(Math.min(startDay, requestDay + random.int(0, 1)));
    request.dischargePathway = random.weighted([['1', 85], ['0', 8], ['2', 7]] as const);
  }

  const episode: ReablementEpisode = {
    request,
    startedOn: isoDay(startDay),
    serviceType: 'Short term support: ST-Max',
    serviceComponent: 'Reablement',
    plannedHoursPerWeek: plannedHours(random, endOutcome),
    equipment: random.chance(0.5) ? fictionalEquipment(random, startDay, lastDay, open) : [],
    minorAdaptations: random.chance(0.3) ? fictionalMinorAdaptations(random, startDay) : [],
    majorAdaptations: random.chance(open ? 0.04 : 0.07) ? [fictionalMajorAdaptation(random, startDay, lastDay)] : [],
    advice: random.chance(0.25) ? fictionalAdvice(random) : [],
    followUp: [],
  };
  if (endDay !== null && endOutcome) {
    episode.endedOn = isoDay(endDay);
    episode.endOutcome = endOutcome;
    const nextService = nextServiceAfter(random, endOutcome);
    if (nextService) episode.nextService = nextService;
    episode.followUp = fictionalFollowUp(random, endDay, endOutcome);
  }

  const ids = () => random.uuid();
  const cutShort = endOutcome === 'Admitted to hospital' || endOutcome === 'NFA: Deceased';
  const baselineDay = Math.min(lastDay, startDay + random.int(0, 3));
  const assessments = fictionalAssessments(random, {
    ids,
    subjectReference,
    assessorReference,
    baselineDay,
    interimDay: lastDay - baselineDay >= 14 ? baselineDay + Math.floor((lastDay - baselineDay) / 2) : null,
    dischargeDay: endDay === null || cutShort || random.chance(0.06) ? null : Math.max(baselineDay, endDay - random.int(0, 2)),
  });
  const goalPlan = random.chance(open ? 0.7 : 0.88) ? episodeGoalPlan(random, { ids, subjectReference, assessorReference, startDay, lastDay, open, endOutcome }) : null;

  // An open record was last saved with its latest part (ISO times in UTC compare as text); an ended one when it ended.
  const completedAt = open
    ? [...assessments.map((assessment) => assessment.record.completedAt), goalPlan?.completedAt ?? ''].reduce((latest, time) => (time > latest ? time : latest), isoTime(startDay, 16 * 60))
    : isoTime(lastDay, 16 * 60 + random.int(0, 90));
  const record: EpisodeRecord = {
    schemaVersion: OUTCOME_RECORD_VERSION,
    kind: 'episode',
    recordId,
    subject: { reference: subjectReference },
    assessor: { reference: assessorReference, role: 'Occupational therapist' },
    startedAt: isoTime(requestDay, random.int(9 * 60, 11 * 60)),
    completedAt,
    episode,
    assessments,
    provenance: { generator: 'otforms', version: OTFORMS_VERSION },
  };
  if (goalPlan) record.goalPlan = goalPlan;
  return record;
}

interface GoalPlanContext {
  ids: () => string;
  subjectReference: string;
  assessorReference: string;
  startDay: number;
  lastDay: number;
  open: boolean;
  endOutcome: ReablementEpisode['endOutcome'] | null;
}

/** Agreed in the first days; reviewed at the end (and often midway too), except when the episode was cut short or is still young. */
function episodeGoalPlan(random: SeededRandom, context: GoalPlanContext): GoalPlanRecord {
  const agreedOn = Math.min(context.lastDay, context.startDay + random.int(0, 3));
  const span = context.lastDay - agreedOn;
  const midway = agreedOn + Math.floor(span / 2);
  let reviewDays: number[];
  if (context.open) reviewDays = span >= 14 && random.chance(0.4) ? [midway] : [];
  else if (context.endOutcome && EARLY_ENDS.has(context.endOutcome) && random.chance(0.5)) reviewDays = [];
  else reviewDays = span >= 14 && random.chance(0.4) ? [midway, context.lastDay] : [context.lastDay];
  return fictionalGoalPlan(random, {
    recordId: context.ids(),
    subjectReference: context.subjectReference,
    assessorReference: context.assessorReference,
    agreedOn,
    dueOn: context.startDay + 42,
    reviewDays,
    closed: !context.open,
  });
}
