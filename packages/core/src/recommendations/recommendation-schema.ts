import * as z from 'zod/mini';
import {
  RECOMMENDATION_KINDS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_ROUTES,
  RECOMMENDATION_STATUSES,
} from './recommendation-values.js';
import { statusHistoryProblems } from './status-history.js';

/**
 * What the assessor recommends after a home visit, why, by which route, and
 * how far it has got; and what they decided about each suggestion a
 * definition made. Both are kept: a dismissed suggestion, with its reason,
 * shows that the need was seen and weighed.
 */

const text = z.string().check(z.trim(), z.minLength(1, 'Enter some text'));
const nonEmpty = z.string().check(z.minLength(1));
const isoDate = z.iso.date();

type Ctx = z.core.$RefinementCtx<unknown>;

/**
 * The ids of this file's own rules, given as `params.rule` on each issue (with
 * the values its words need), so a view can say the problem in its own words;
 * `message` is en-GB for everyone else.
 */
export type RecommendationRule =
  | 'recommendation-first-status'
  | 'recommendation-status-order'
  | 'recommendation-status-date-order'
  | 'suggestion-accepted-names-recommendation';

const report = (ctx: Ctx, path: (string | number)[], message: string, rule: RecommendationRule, values: Record<string, string> = {}) =>
  ctx.addIssue({ code: 'custom', path, message, params: { rule, ...values } });

export const RecommendationStatusEntrySchema = z
  .strictObject({ status: z.enum(RECOMMENDATION_STATUSES), on: isoDate })
  .check(z.meta({ id: 'RecommendationStatusEntry' }));

/** The statuses happen in order, one step at a time or skipping some, never back, and never before the last one's date. */
function checkStatusHistory({ status: history }: { status: RecommendationStatusEntry[] }, ctx: Ctx): void {
  for (const { index, problem } of statusHistoryProblems(history)) {
    const entry = history[index]!;
    const before = history[index - 1];
    const values = { status: entry.status, ...(before ? { before: before.status } : {}) };
    if (problem === 'not-recommended-first') report(ctx, ['status', 0, 'status'], 'A recommendation’s first status must be "recommended"', 'recommendation-first-status', values);
    else if (problem === 'not-later') report(ctx, ['status', index, 'status'], `"${entry.status}" cannot follow "${before!.status}"`, 'recommendation-status-order', values);
    else report(ctx, ['status', index, 'on'], `The date of "${entry.status}" must not be before the date of "${before!.status}"`, 'recommendation-status-date-order', values);
  }
}

export const RecommendationSchema = z
  .strictObject({
    id: nonEmpty,
    kind: z.enum(RECOMMENDATION_KINDS),
    what: z.strictObject({
      text,
      code: z.optional(z.strictObject({ system: nonEmpty, code: nonEmpty, display: z.optional(text) })),
    }),
    reason: z.strictObject({
      text,
      needs: z._default(z.array(z.strictObject({ instrumentId: nonEmpty, itemId: nonEmpty })), []).check(
        z.meta({ description: 'The assessed needs (questions of the visit’s assessments) the recommendation meets.' }),
      ),
      goals: z._default(z.array(nonEmpty), []).check(z.meta({ description: 'Ids of the goals it serves.' })),
    }),
    priority: z.enum(RECOMMENDATION_PRIORITIES),
    route: z.enum(RECOMMENDATION_ROUTES),
    status: z.array(RecommendationStatusEntrySchema).check(z.minLength(1), z.meta({ description: 'Its history, oldest first; the last is where it is now.' })),
    fromSuggestion: z.optional(nonEmpty).check(z.meta({ description: 'The suggestion rule it was accepted from, if any.' })),
  })
  .check(z.superRefine(checkStatusHistory), z.meta({ id: 'Recommendation' }));

export const SuggestionDecisionSchema = z
  .strictObject({
    ruleId: nonEmpty,
    instrumentId: nonEmpty,
    decision: z.enum(['accepted', 'dismissed']),
    reason: text,
    decidedOn: isoDate,
    recommendationId: z.optional(nonEmpty).check(z.meta({ description: 'The recommendation an accepted suggestion became.' })),
  })
  .check(
    z.superRefine((decision, ctx) => {
      if (decision.decision === 'accepted' && decision.recommendationId === undefined) {
        report(ctx, ['recommendationId'], 'An accepted suggestion must name the recommendation it became', 'suggestion-accepted-names-recommendation');
      }
    }),
    z.meta({ id: 'SuggestionDecision' }),
  );

export type RecommendationStatusEntry = z.output<typeof RecommendationStatusEntrySchema>;
export type Recommendation = z.output<typeof RecommendationSchema>;
export type RecommendationInput = z.input<typeof RecommendationSchema>;
export type SuggestionDecision = z.output<typeof SuggestionDecisionSchema>;
