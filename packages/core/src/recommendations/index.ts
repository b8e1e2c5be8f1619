/** Suggestion rules, recommendations and the assessor's decisions about suggestions. */
export {
  RECOMMENDATION_KINDS,
  RECOMMENDATION_ROUTES,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_STATUSES,
  type RecommendationKind,
  type RecommendationRoute,
  type RecommendationPriority,
  type RecommendationStatus,
} from './recommendation-values.js';
export { SuggestionRuleSchema, type SuggestionRule } from './suggestion-rule-schema.js';
export {
  RecommendationSchema,
  RecommendationStatusEntrySchema,
  SuggestionDecisionSchema,
  type Recommendation,
  type RecommendationInput,
  type RecommendationStatusEntry,
  type RecommendationRule,
  type SuggestionDecision,
} from './recommendation-schema.js';
export { evaluateSuggestions, type Suggestion } from './evaluate-suggestions.js';
export { laterStatuses, statusStepProblems, statusHistoryProblems, type StatusStepProblem } from './status-history.js';
export { DEVICE_KINDS, isDeviceKind, currentStatus, hasReachedStatus, isGrantRecommendation } from './recommendation-rules.js';
