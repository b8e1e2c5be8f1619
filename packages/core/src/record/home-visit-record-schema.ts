import * as z from 'zod/mini';
import { RecommendationSchema, SuggestionDecisionSchema } from '../recommendations/recommendation-schema.js';
import { AssessmentRecordSchema } from './assessment-record-schema.js';
import { checkParts, checkTimes, envelope } from './record-parts.js';

type Ctx = z.core.$RefinementCtx<unknown>;
const report = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

interface HomeVisitParts {
  recommendations: { id: string }[];
  suggestionDecisions: { ruleId: string; instrumentId: string; decision: string; recommendationId?: string | undefined }[];
}

/** Recommendations can be told apart, and every decision refers to a suggestion once and to a recommendation that is there. */
export function checkRecommendations(record: HomeVisitParts, ctx: Ctx): void {
  const ids = new Set<string>();
  record.recommendations.forEach((recommendation, index) => {
    if (ids.has(recommendation.id)) report(ctx, ['recommendations', index, 'id'], `Recommendation id "${recommendation.id}" is used more than once`);
    ids.add(recommendation.id);
  });
  const decided = new Set<string>();
  record.suggestionDecisions.forEach((decision, index) => {
    const key = `${decision.instrumentId}\u0000${decision.ruleId}`;
    if (decided.has(key)) report(ctx, ['suggestionDecisions', index, 'ruleId'], `Suggestion "${decision.ruleId}" of "${decision.instrumentId}" is decided more than once`);
    decided.add(key);
    if (decision.recommendationId !== undefined && !ids.has(decision.recommendationId)) {
      report(ctx, ['suggestionDecisions', index, 'recommendationId'], `There is no recommendation "${decision.recommendationId}" in this home visit`);
    }
  });
}

/**
 * A home visit: the assessments of the person's home and of what matters to
 * them, the recommendations that followed, and what the assessor decided
 * about each suggestion the definitions made.
 */
export const HomeVisitRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(6),
    kind: z.literal('home-visit'),
    ...envelope,
    visitedOn: z.iso.date(),
    assessments: z.array(AssessmentRecordSchema),
    recommendations: z.array(RecommendationSchema),
    suggestionDecisions: z.array(SuggestionDecisionSchema),
  })
  .check(
    z.superRefine(checkTimes),
    z.superRefine((record, ctx) => {
      checkParts(record, record.assessments.map((part, index) => ({ path: ['assessments', index], part })), 'a home visit', ctx);
      checkRecommendations(record, ctx);
    }),
    z.meta({ id: 'HomeVisitRecord' }),
  );

export type HomeVisitRecord = z.output<typeof HomeVisitRecordSchema>;
export type HomeVisitRecordInput = z.input<typeof HomeVisitRecordSchema>;
