import { OTFORMS_VERSION } from '../version.js';
import type { ReablementEpisodeInput } from '../episode/episode-schema.js';
import type { HomeVisitRecord } from './home-visit-record-schema.js';
import { EpisodeRecordSchema, OUTCOME_RECORD_VERSION, type EpisodeAssessment, type EpisodeRecord, type GoalPlanRecord } from './outcome-record-schema.js';

export interface EpisodeRecordContext {
  recordId: string;
  startedAt: string;
  completedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  episode: ReablementEpisodeInput;
  assessments: readonly EpisodeAssessment[];
  goalPlan?: GoalPlanRecord | null;
  homeVisit?: HomeVisitRecord | null;
}

/**
 * Builds and validates the record of a reablement episode, with the records
 * of its assessments, goal plan and home visit inside it. It throws a zod error when the
 * parts break the contract; callers check the episode with
 * `ReablementEpisodeSchema` first, so a person sees the problems instead.
 */
export function buildEpisodeRecord(context: EpisodeRecordContext): EpisodeRecord {
  return EpisodeRecordSchema.parse({
    schemaVersion: OUTCOME_RECORD_VERSION,
    kind: 'episode',
    recordId: context.recordId,
    ...(context.subjectReference ? { subject: { reference: context.subjectReference } } : {}),
    ...(context.assessor && (context.assessor.reference || context.assessor.role) ? { assessor: context.assessor } : {}),
    startedAt: context.startedAt,
    completedAt: context.completedAt,
    episode: context.episode,
    assessments: [...context.assessments],
    ...(context.goalPlan ? { goalPlan: context.goalPlan } : {}),
    ...(context.homeVisit ? { homeVisit: context.homeVisit } : {}),
    provenance: { generator: 'otforms', version: OTFORMS_VERSION },
  });
}
