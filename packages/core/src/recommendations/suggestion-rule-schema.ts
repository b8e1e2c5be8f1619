import * as z from 'zod/mini';
import { ConditionSchema } from '../definition/item-schemas.js';
import { about, identifier, text } from '../definition/schema-parts.js';
import { RECOMMENDATION_KINDS, RECOMMENDATION_PRIORITIES, RECOMMENDATION_ROUTES } from './recommendation-values.js';

/**
 * A suggestion rule: when answers meet its conditions, the definition
 * suggests a recommendation and says why. It is data, not code, so a
 * council can read, test and change it; the assessor decides every
 * suggestion, and nothing becomes a recommendation without that decision.
 */
export const SuggestionRuleSchema = z
  .strictObject({
    id: identifier.check(about({ description: 'Unique among the definition’s suggestion rules; recorded with the assessor’s decision.' })),
    when: z.array(ConditionSchema).check(z.minLength(1), about({ description: 'Conditions on the answers, as in enableWhen.' })),
    behavior: z._default(z.enum(['all', 'any']), 'all'),
    recommend: z.strictObject({
      kind: z.enum(RECOMMENDATION_KINDS),
      what: text,
      code: z.optional(z.strictObject({ system: text, code: text })).check(about({ description: 'A council or national code for what is recommended.' })),
      route: z.optional(z.enum(RECOMMENDATION_ROUTES)),
      priority: z._default(z.enum(RECOMMENDATION_PRIORITIES), 'routine'),
    }),
    reason: text.check(about({ description: 'Why the answers call for it, in words the assessor can check against what they saw.' })),
  })
  .check(about({ id: 'SuggestionRule' }));

export type SuggestionRule = z.output<typeof SuggestionRuleSchema>;
