import * as z from 'zod/mini';
import {
  RECOMMENDATION_KINDS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_ROUTES,
  RECOMMENDATION_STATUSES,
  RecommendationSchema,
  SuggestionDecisionSchema,
} from '@otforms/core';
import { persistedSnapshotSchema, readDraft, refuseUnlessActive, type DraftReading } from '../drafts/draft-reading.js';

/**
 * The zod schema of the recommendations machine's persisted snapshot, and
 * the one judgement of whether a stored draft can be resumed. Recommendations
 * being written hold what was typed, so their schema is the draft's shape
 * (strings throughout), not the finished recommendation's rules; decisions
 * and the output reuse core's schemas.
 */

const words = z.string();
const needRef = z.object({ instrumentId: z.string(), itemId: z.string() });

/** A suggestion as `evaluateSuggestions` (core) makes it. */
export const SuggestionInputSchema = z.object({
  ruleId: z.string(),
  instrumentId: z.string(),
  kind: z.enum(RECOMMENDATION_KINDS),
  what: z.string(),
  code: z.optional(z.object({ system: z.string(), code: z.string() })),
  route: z.optional(z.enum(RECOMMENDATION_ROUTES)),
  priority: z.enum(RECOMMENDATION_PRIORITIES),
  reason: z.string(),
  needs: z.array(z.string()),
});

export const DraftRecommendationSchema = z.object({
  id: z.string(),
  kind: words,
  what: words,
  code: z.nullable(z.object({ system: z.string(), code: z.string(), display: z.optional(z.string()) })),
  reason: words,
  priority: words,
  route: words,
  needs: z.array(needRef),
  goals: z.array(z.string()),
  status: z.array(z.object({ status: z.enum(RECOMMENDATION_STATUSES), on: z.string() })).check(z.minLength(1)),
  fromSuggestion: z.nullable(z.string()),
  fromInstrument: z.nullable(z.string()),
  nextStatusOn: z.optional(z.string()),
});

export const RecommendationsOutputSchema = z.object({
  recommendations: z.array(RecommendationSchema),
  suggestionDecisions: z.array(SuggestionDecisionSchema),
});

/** What the recommendations started with (`RecommendationsInput`). */
export const RecommendationsInputSchema = z.object({
  startedAt: z.string(),
  today: z.string(),
  suggestions: z.array(SuggestionInputSchema),
  needs: z.array(z.object({ instrumentId: z.string(), itemId: z.string(), label: z.string() })),
  goals: z.optional(z.array(z.object({ id: z.string(), statement: z.string() }))),
  previous: z.optional(RecommendationsOutputSchema),
});

const statusCode = z.enum(RECOMMENDATION_STATUSES);
const fieldName = z.enum(['kind', 'what', 'reason', 'priority', 'route']);
const problem = <Code extends string, Values extends z.core.$ZodLooseShape>(code: Code, values: Values) =>
  z.object({ field: z.string(), message: z.string(), code: z.literal(code), values: z.object(values) });

/** A `RecommendationError`, or one kept by a draft saved before errors had codes (`message` only, shown as it is). */
const ErrorSchema = z.union([
  problem('suggestion-undecided', { suggestion: z.string() }),
  problem('dismissal-reason-missing', { suggestion: z.string() }),
  problem('field-missing', { number: z.number(), field: fieldName }),
  problem('field-invalid', { number: z.number(), field: z.enum(['kind', 'what', 'reason', 'priority', 'route', 'status', 'needs', 'goals']), rule: z.optional(z.string()) }),
  problem('status-not-later', { number: z.number(), current: statusCode }),
  problem('status-date-missing', { number: z.number(), status: statusCode }),
  problem('status-date-not-real', { number: z.number(), status: statusCode }),
  problem('status-date-earlier', { number: z.number(), status: statusCode, after: z.string(), afterStatus: statusCode }),
  z.object({ field: z.string(), message: z.string(), code: z.optional(z.undefined()), values: z.optional(z.undefined()) }),
]);

export const RecommendationsContextSchema = z.object({
  recommendations: z.array(DraftRecommendationSchema),
  decisions: z.array(SuggestionDecisionSchema),
  // Optional: drafts saved before typed reasons were kept have none, and still resume (the machine reads none as none typed).
  decisionReasons: z.optional(z.record(z.string(), z.string())),
  nextNumber: z.int().check(z.minimum(1)),
  errors: z.array(ErrorSchema),
  showErrors: z.boolean(),
  actionError: z.nullable(ErrorSchema),
  options: RecommendationsInputSchema,
  output: z.nullable(RecommendationsOutputSchema),
});

export const RecommendationsSnapshotSchema = persistedSnapshotSchema(z.enum(['editing', 'done']), RecommendationsContextSchema, 'done');

/** A persisted snapshot of the recommendations machine, as `RecommendationsSnapshotSchema` reads it. */
export type RecommendationsSnapshot = z.output<typeof RecommendationsSnapshotSchema>;

/**
 * Whether `stored` is an unfinished set of recommendations the
 * recommendations machine can resume.
 */
export function readRecommendationsDraft(stored: unknown): DraftReading<RecommendationsSnapshot> {
  return readDraft(stored, RecommendationsSnapshotSchema, refuseUnlessActive);
}
