/**
 * The words a recommendation is filed under. Kinds and routes follow how
 * English councils provide help at home: equipment from the community
 * equipment service, adaptations of £1,000 or less without a test of means,
 * larger ones through the Disabled Facilities Grant (Housing Grants,
 * Construction and Regeneration Act 1996), or by the landlord.
 */

export const RECOMMENDATION_KINDS = [
  'equipment',
  'minor-adaptation',
  'major-adaptation',
  'technology-enabled-care',
  'advice-signposting',
  'referral-on',
] as const;

export const RECOMMENDATION_ROUTES = [
  'community-equipment-service',
  'minor-adaptations-service',
  'disabled-facilities-grant',
  'housing-provider',
  'self-purchase-signposting',
] as const;

export const RECOMMENDATION_PRIORITIES = ['urgent', 'high', 'routine'] as const;

/** The steps of a recommendation, in the only order they can happen. */
export const RECOMMENDATION_STATUSES = ['recommended', 'agreed', 'ordered', 'completed', 'reviewed'] as const;

export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];
export type RecommendationRoute = (typeof RECOMMENDATION_ROUTES)[number];
export type RecommendationPriority = (typeof RECOMMENDATION_PRIORITIES)[number];
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
