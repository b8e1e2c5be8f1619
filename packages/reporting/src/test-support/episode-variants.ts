import type { EpisodeRecord, ReablementEpisode } from '@otforms/core';
import { changedEpisodeFixture } from '../../../interop/src/test-support/episode-record-fixture.js';

/**
 * Small, hand-made cohorts for reference cases: interop's fictional episode
 * (Barthel 12 → 18, care 10.5 → 3 hours, two reviewed goals) with the fields
 * a test is about set by hand, and a fresh id each, so every figure can be
 * worked out on paper.
 */

let next = 0;

export interface EpisodeChange {
  barthel?: { baseline: number | null; discharge: number | null };
  hours?: { atStart?: number; atEnd?: number };
  episode?: Partial<ReablementEpisode>;
  /** Remove these episode fields (e.g. `endedOn`, `nextService`). */
  without?: (keyof ReablementEpisode)[];
  withoutGoalPlan?: boolean;
}

export function episodeVariant(change: EpisodeChange = {}): EpisodeRecord {
  next += 1;
  return changedEpisodeFixture((record) => {
    record.recordId = `2b000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
    record.assessments.forEach((assessment, index) => {
      assessment.record.recordId = `2c000000-0000-4000-8000-${String(next * 10 + index).padStart(12, '0')}`;
    });
    if (record.goalPlan) record.goalPlan.recordId = `2d000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
    if (change.barthel) {
      const [baseline, discharge] = record.assessments.map((assessment) => assessment.record);
      setTotal(baseline!, change.barthel.baseline);
      setTotal(discharge!, change.barthel.discharge);
    }
    if (change.hours) record.episode.plannedHoursPerWeek = { ...change.hours };
    Object.assign(record.episode, change.episode);
    for (const field of change.without ?? []) delete record.episode[field];
    if (change.withoutGoalPlan) delete record.goalPlan;
  });
}

/** A total set by hand; null as an incomplete assessment gives it. */
function setTotal(record: EpisodeRecord['assessments'][number]['record'], total: number | null): void {
  if (total !== null) {
    record.total = total;
    return;
  }
  Object.assign(record, { total: null, status: 'incomplete', missingItems: ['stairs'], band: null, bands: [] });
  delete record.answers['stairs'];
}
