import { isEquipmentHeldOn, type AssessmentRecord, type EpisodeRecord, type FollowUpStatus, type ReablementEpisode } from '@otforms/core';
import { ascof2aOutcome, type Ascof2aDecidedBy, type Ascof2aPlacement } from '@otforms/interop';
import { gasOutcome } from './gas-outcome.js';

export type CareHoursChange = 'removed' | 'reduced' | 'maintained' | 'increased';
export type BetterWhen = 'higher' | 'lower';

/** One instrument in one episode: the latest baseline and discharge totals. */
export interface EpisodeInstrumentTotals {
  instrumentId: string;
  title: string;
  betterWhen: BetterWhen | null;
  /** Null when not measured at that point, or measured without a total. */
  baseline: number | null;
  discharge: number | null;
}

/**
 * The person-level outcome data set: one row per episode, worked out once
 * from a validated episode record. The summary, the CSV extract and the
 * Parquet file are all made from these rows, so they cannot disagree.
 * A value that is not known is `null`, never 0.
 */
export interface EpisodeOutcomeRow {
  recordId: string;
  subjectReference: string | null;
  requestDate: string;
  routeOfAccess: string | null;
  startedOn: string;
  endedOn: string | null;
  serviceType: string;
  serviceComponent: string;
  endOutcome: string | null;
  nextServiceType: string | null;
  nextServiceComponent: string | null;
  /** Null for an episode outside ASCOF 2A (not ST-Max, or not ended). */
  ascof2aPlacement: Ascof2aPlacement | null;
  ascof2aSequel: string | null;
  ascof2aDecidedBy: Ascof2aDecidedBy | null;
  careHoursAtStart: number | null;
  careHoursAtEnd: number | null;
  /** Null unless the episode has ended with planned hours at both ends. */
  careHoursChange: CareHoursChange | null;
  equipmentIssued: number;
  equipmentHeldAtEnd: number;
  minorAdaptations: number;
  majorAdaptations: number;
  /** Days from recommendation to completion, one per major adaptation that has both dates. */
  majorAdaptationDaysToComplete: number[];
  gasBaselineTScore: number | null;
  gasLatestTScore: number | null;
  gasReviews: number;
  followUp84Status: FollowUpStatus | null;
  followUp91Status: FollowUpStatus | null;
  instruments: EpisodeInstrumentTotals[];
}

const DAY_MS = 86_400_000;

export function episodeOutcomeRow(record: EpisodeRecord): EpisodeOutcomeRow {
  const { episode } = record;
  const ascof = ascof2aOutcome(episode);
  const { atStart, atEnd } = episode.plannedHoursPerWeek;
  const endedOn = episode.endedOn ?? null;
  const gas = record.goalPlan ? gasOutcome(record.goalPlan) : null;
  return {
    recordId: record.recordId,
    subjectReference: record.subject?.reference ?? null,
    requestDate: episode.request.date,
    routeOfAccess: episode.request.routeOfAccess ?? null,
    startedOn: episode.startedOn,
    endedOn,
    serviceType: episode.serviceType,
    serviceComponent: episode.serviceComponent,
    endOutcome: episode.endOutcome ?? null,
    nextServiceType: episode.nextService?.type ?? null,
    nextServiceComponent: episode.nextService?.component ?? null,
    ascof2aPlacement: ascof?.placement ?? null,
    ascof2aSequel: ascof?.sequel ?? null,
    ascof2aDecidedBy: ascof?.decidedBy ?? null,
    careHoursAtStart: atStart ?? null,
    careHoursAtEnd: atEnd ?? null,
    careHoursChange: endedOn && atStart !== undefined && atEnd !== undefined ? careHoursChange(atStart, atEnd) : null,
    equipmentIssued: episode.equipment.length,
    equipmentHeldAtEnd: endedOn ? episode.equipment.filter((item) => isEquipmentHeldOn(item, endedOn)).length : 0,
    minorAdaptations: episode.minorAdaptations.length,
    majorAdaptations: episode.majorAdaptations.length,
    majorAdaptationDaysToComplete: episode.majorAdaptations.flatMap(({ recommendedOn, completedOn }) =>
      recommendedOn && completedOn ? [Math.round((Date.parse(completedOn) - Date.parse(recommendedOn)) / DAY_MS)] : [],
    ),
    gasBaselineTScore: gas?.baseline ?? null,
    gasLatestTScore: gas?.latest ?? null,
    gasReviews: gas?.reviews ?? 0,
    followUp84Status: latestFollowUp(episode, '84-day'),
    followUp91Status: latestFollowUp(episode, '91-day'),
    instruments: instrumentTotals(record),
  };
}

function careHoursChange(atStart: number, atEnd: number): CareHoursChange {
  if (atStart > 0 && atEnd === 0) return 'removed';
  if (atEnd < atStart) return 'reduced';
  return atEnd === atStart ? 'maintained' : 'increased';
}

/** What the latest follow-up of a kind found: a later check supersedes an earlier one. */
function latestFollowUp(episode: ReablementEpisode, kind: '84-day' | '91-day'): FollowUpStatus | null {
  let latest: { date: string; status: FollowUpStatus } | null = null;
  for (const followUp of episode.followUp) if (followUp.kind === kind && (!latest || followUp.date >= latest.date)) latest = followUp;
  return latest?.status ?? null;
}

/**
 * Per instrument, the latest completed baseline and discharge: a repeated
 * assessment at the same point replaces the earlier one. Instruments in the
 * order they first appear, so rows and columns are stable.
 */
function instrumentTotals(record: EpisodeRecord): EpisodeInstrumentTotals[] {
  const byInstrument = new Map<string, { baseline?: AssessmentRecord; discharge?: AssessmentRecord; latest: AssessmentRecord }>();
  for (const { timepoint, record: assessment } of record.assessments) {
    const id = assessment.instrument.id;
    const entry = byInstrument.get(id) ?? { latest: assessment };
    if (completedNoEarlier(assessment, entry.latest)) entry.latest = assessment;
    if (timepoint === 'baseline' || timepoint === 'discharge') {
      const current = entry[timepoint];
      if (!current || completedNoEarlier(assessment, current)) entry[timepoint] = assessment;
    }
    byInstrument.set(id, entry);
  }
  return [...byInstrument].map(([instrumentId, { baseline, discharge, latest }]) => ({
    instrumentId,
    title: latest.instrument.title,
    betterWhen: latest.totalBetterWhen ?? null,
    baseline: baseline?.total ?? null,
    discharge: discharge?.total ?? null,
  }));
}

// Timestamps carry their own offsets, so they are compared as instants, not as text.
function completedNoEarlier(assessment: AssessmentRecord, than: AssessmentRecord): boolean {
  return Date.parse(assessment.completedAt) >= Date.parse(than.completedAt);
}
