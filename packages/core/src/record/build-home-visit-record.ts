import { OTFORMS_VERSION } from '../version.js';
import type { RecommendationInput, SuggestionDecision } from '../recommendations/recommendation-schema.js';
import type { AssessmentRecord } from './assessment-record-schema.js';
import { HomeVisitRecordSchema, type HomeVisitRecord } from './home-visit-record-schema.js';
import { OUTCOME_RECORD_VERSION } from './record-parts.js';

export interface HomeVisitRecordContext {
  recordId: string;
  startedAt: string;
  completedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  /** The day of the visit, YYYY-MM-DD. */
  visitedOn: string;
  assessments: readonly AssessmentRecord[];
  recommendations: readonly RecommendationInput[];
  suggestionDecisions: readonly SuggestionDecision[];
}

/**
 * Builds and validates the record of a home visit, with the records of its
 * assessments inside it. It throws a zod error when the parts break the
 * contract; the recommendations machine checks them first, so a person sees
 * the problems instead.
 */
export function buildHomeVisitRecord(context: HomeVisitRecordContext): HomeVisitRecord {
  return HomeVisitRecordSchema.parse({
    schemaVersion: OUTCOME_RECORD_VERSION,
    kind: 'home-visit',
    recordId: context.recordId,
    ...(context.subjectReference ? { subject: { reference: context.subjectReference } } : {}),
    ...(context.assessor && (context.assessor.reference || context.assessor.role) ? { assessor: context.assessor } : {}),
    startedAt: context.startedAt,
    completedAt: context.completedAt,
    visitedOn: context.visitedOn,
    assessments: [...context.assessments],
    recommendations: [...context.recommendations],
    suggestionDecisions: [...context.suggestionDecisions],
    provenance: { generator: 'otforms', version: OTFORMS_VERSION },
  });
}
