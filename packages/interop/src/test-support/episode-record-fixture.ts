import {
  buildEpisodeRecord,
  buildOutcomeRecord,
  GoalPlanRecordSchema,
  OTFORMS_VERSION,
  OUTCOME_RECORD_VERSION,
  parseDefinition,
  summariseGoalPlan,
  GoalPlanSchema,
  type Answers,
  type EpisodeRecord,
  type ReablementEpisodeInput,
} from '@otforms/core';
import { barthelDefinition, tugDefinition } from '@otforms/instruments';

/**
 * A whole reablement episode for one fictional person, Mrs Ada Example:
 * home from hospital on pathway 1, Barthel 12 at the start and 18 at the end,
 * two goals reviewed, equipment and adaptations, care hours 10.5 → 3.
 * Shared by the interop tests; nothing in it is a real person's data.
 */

const subjectReference = 'Patient/ada-example';
const barthel = parseDefinition(barthelDefinition);

const baselineAnswers: Answers = {
  bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help',
  feeding: 'independent', transfers: 'minor-help', mobility: 'walks-with-help', dressing: 'needs-help',
  stairs: 'unable', bathing: 'dependent',
};
const dischargeAnswers: Answers = {
  bowels: 'continent', bladder: 'continent', grooming: 'independent', toiletUse: 'independent',
  feeding: 'independent', transfers: 'independent', mobility: 'independent', dressing: 'independent',
  stairs: 'needs-help', bathing: 'dependent',
};

function assessment(recordId: string, answers: Answers, day: string) {
  return buildOutcomeRecord(barthel, { answers, invalidInputs: {}, notAssessed: [] }, {
    recordId,
    startedAt: `${day}T10:00:00.000Z`,
    completedAt: `${day}T10:40:00.000Z`,
    subjectReference,
    assessor: { role: 'Occupational therapist' },
    administrationMode: 'observed',
  });
}

const goalPlan = GoalPlanSchema.parse({
  weighting: 'unweighted',
  agreedOn: '2026-11-05',
  goals: [
    {
      id: 'shower',
      statement: 'I want to have a shower on my own again',
      domain: 'personal-care',
      baseline: -2,
      levels: { expected: 'Showers alone with a seat and rail, three times a week' },
      dueDate: '2026-12-10',
      reviews: [{ date: '2026-12-10', level: 0 }],
      lifecycleStatus: 'completed',
      achievementStatus: 'achieved',
    },
    {
      id: 'shops',
      statement: 'Walk to the corner shop for my paper',
      domain: 'mobility',
      baseline: -1,
      levels: { expected: 'Walks to the shop and back with a stick, most days' },
      dueDate: '2026-12-10',
      reviews: [{ date: '2026-12-10', level: -1 }],
      lifecycleStatus: 'completed',
      achievementStatus: 'not-achieved',
    },
  ],
});

export const fixtureEpisode: ReablementEpisodeInput = {
  request: {
    date: '2026-11-02',
    routeOfAccess: 'Discharge from Hospital',
    referrer: 'Hospital discharge team',
    reason: 'Home after a fall; struggling with washing and stairs',
    hospitalDischargeDate: '2026-11-03',
    dischargePathway: '1',
  },
  startedOn: '2026-11-04',
  endedOn: '2026-12-10',
  serviceType: 'Short term support: ST-Max',
  serviceComponent: 'Reablement',
  plannedHoursPerWeek: { atStart: 10.5, atEnd: 3 },
  equipment: [
    { item: 'Shower seat', issuedOn: '2026-11-05' },
    { item: 'Perching stool', issuedOn: '2026-11-05', returnedOn: '2026-12-09', recycled: true },
  ],
  minorAdaptations: [{ description: 'Grab rail by the shower', completedOn: '2026-11-08', cost: 85 }],
  majorAdaptations: [{ description: 'Stair lift', recommendedOn: '2026-11-20', appliedOn: '2026-11-25' }],
  advice: ['Falls prevention leaflet and the community strength and balance class'],
  endOutcome: 'Progress to support planning or services',
  nextService: { type: 'Short term support: Ongoing low level', component: 'Home support or domiciliary care' },
  followUp: [{ kind: '84-day', date: '2027-01-26', status: 'at-home' }],
};

export function episodeRecordFixture(): EpisodeRecord {
  return buildEpisodeRecord({
    recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40',
    startedAt: '2026-11-02T09:00:00.000Z',
    completedAt: '2026-12-10T15:00:00.000Z',
    subjectReference,
    assessor: { role: 'Occupational therapist' },
    episode: fixtureEpisode,
    assessments: [
      { timepoint: 'baseline', record: assessment('1a2b3c4d-0000-4000-8000-000000000001', baselineAnswers, '2026-11-04') },
      { timepoint: 'discharge', record: assessment('1a2b3c4d-0000-4000-8000-000000000002', dischargeAnswers, '2026-12-09') },
    ],
    goalPlan: GoalPlanRecordSchema.parse({
      schemaVersion: OUTCOME_RECORD_VERSION,
      kind: 'goal-plan',
      recordId: '1a2b3c4d-0000-4000-8000-000000000003',
      subject: { reference: subjectReference },
      startedAt: '2026-11-05T10:00:00.000Z',
      completedAt: '2026-12-10T11:00:00.000Z',
      goalPlan,
      gas: summariseGoalPlan(goalPlan),
      provenance: { generator: 'otforms', version: OTFORMS_VERSION },
    }),
  });
}

/** The fixture with changes, on a fresh copy each time, so no test or story sees another's. */
export function changedEpisodeFixture(change: (record: EpisodeRecord) => void): EpisodeRecord {
  const record = structuredClone(episodeRecordFixture());
  change(record);
  return record;
}

const tug = parseDefinition(tugDefinition);

/** A Timed Up and Go result for the same person, to add to the fixture. */
export function tugRecordFixture(recordId: string, answers: Answers, day: string) {
  return buildOutcomeRecord(tug, { answers, invalidInputs: {}, notAssessed: [] }, {
    recordId,
    startedAt: `${day}T11:00:00.000Z`,
    completedAt: `${day}T11:10:00.000Z`,
    subjectReference,
  });
}

/** The baseline Barthel left incomplete, so without a total; a TUG at discharge only, not valid because help was given; no hours at the start. */
export function episodeWithMissingTotalsFixture(): EpisodeRecord {
  return changedEpisodeFixture((record) => {
    const baseline = record.assessments[0]!.record;
    baseline.answers = { ...baseline.answers };
    delete baseline.answers['stairs'];
    Object.assign(baseline, { total: null, status: 'incomplete', missingItems: ['stairs'], band: null, bands: [] });
    record.assessments.push({
      timepoint: 'discharge',
      record: tugRecordFixture('1a2b3c4d-0000-4000-8000-000000000012', { time: 9.8, walkingAid: 'frame', assistance: 'physical-help' }, '2026-12-09'),
    });
    delete record.episode.plannedHoursPerWeek.atStart;
  });
}
