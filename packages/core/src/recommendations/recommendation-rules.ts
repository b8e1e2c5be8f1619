import type { Recommendation } from './recommendation-schema.js';
import { RECOMMENDATION_STATUSES, type RecommendationKind, type RecommendationStatus } from './recommendation-values.js';

/**
 * What a recommendation means for the person and the people it is handed to,
 * read from its kind, route and statuses. Written once here so that the
 * summaries, the FHIR export and any host agree on it.
 */

/**
 * The kinds that are a thing the person is given to use: equipment from the
 * community equipment service, and technology-enabled care (a pendant alarm),
 * which is lent too. The rest are work done to the home, advice or a
 * referral. FHIR sends these as DeviceRequests; the person's summary lists
 * them as the equipment to look after and give back.
 */
export const DEVICE_KINDS: readonly RecommendationKind[] = ['equipment', 'technology-enabled-care'];

export const isDeviceKind = (kind: RecommendationKind): boolean => DEVICE_KINDS.includes(kind);

/** Where a recommendation is now: the last entry of its history (the schema requires one). */
export function currentStatus(recommendation: Pick<Recommendation, 'status'>): { status: RecommendationStatus; on: string } {
  return recommendation.status.at(-1)!;
}

/**
 * Whether a recommendation has got as far as `status` or further: an agreed
 * recommendation is still agreed once it is ordered, done and reviewed, as a
 * status can be skipped but never undone.
 */
export function hasReachedStatus(recommendation: Pick<Recommendation, 'status'>, status: RecommendationStatus): boolean {
  return RECOMMENDATION_STATUSES.indexOf(currentStatus(recommendation).status) >= RECOMMENDATION_STATUSES.indexOf(status);
}

/**
 * A recommendation for the housing authority's Disabled Facilities Grant: a
 * major adaptation (over the £1,000 a minor adaptations service does without
 * a test of means) going by the grant route.
 */
export const isGrantRecommendation = (recommendation: Pick<Recommendation, 'kind' | 'route'>): boolean =>
  recommendation.kind === 'major-adaptation' && recommendation.route === 'disabled-facilities-grant';
