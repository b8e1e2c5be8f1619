import type { Answers } from '../answers/answers.js';
import { areConditionsMet, enabledItemIds } from '../conditions/enable-when.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';
import type { RecommendationKind, RecommendationPriority, RecommendationRoute } from './recommendation-values.js';

/** A recommendation a definition's rule suggests for these answers, for the assessor to accept or dismiss. */
export interface Suggestion {
  ruleId: string;
  instrumentId: string;
  kind: RecommendationKind;
  what: string;
  code?: { system: string; code: string };
  route?: RecommendationRoute;
  priority: RecommendationPriority;
  reason: string;
  /** The questions the rule looked at: the assessed needs the recommendation would meet. */
  needs: string[];
}

/**
 * The suggestions a definition's rules make for these answers. A hidden
 * question counts as unanswered, as it does for enableWhen, so an answer
 * left behind by a changed earlier answer never suggests anything.
 */
export function evaluateSuggestions(definition: InstrumentDefinition, answers: Answers): Suggestion[] {
  if (definition.suggestions.length === 0) return [];
  const enabled = enabledItemIds(definition, answers);
  const answerOf = (itemId: string) => (enabled.has(itemId) ? answers[itemId] : undefined);
  return definition.suggestions
    .filter((rule) => areConditionsMet(rule.when, rule.behavior, answerOf))
    .map((rule) => ({
      ruleId: rule.id,
      instrumentId: definition.id,
      kind: rule.recommend.kind,
      what: rule.recommend.what,
      ...(rule.recommend.code ? { code: { ...rule.recommend.code } } : {}),
      ...(rule.recommend.route ? { route: rule.recommend.route } : {}),
      priority: rule.recommend.priority,
      reason: rule.reason,
      needs: [...new Set(rule.when.map((condition) => condition.item))],
    }));
}
