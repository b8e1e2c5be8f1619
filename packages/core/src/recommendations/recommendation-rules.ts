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

/**
 * The next review a visit's record names, when no one has given a date: the
 * soonest review of a recommendation or follow-up after the visit (the one
 * the person should look out for first; dates on or before the visit are
 * past), or null when there is none.
 */
export function nextReviewDate(
  visit: { visitedOn: string; recommendations: readonly Pick<Recommendation, 'status'>[] },
  followUps: readonly { date: string }[] = [],
): string | null {
  const dates = [
    ...visit.recommendations.flatMap((recommendation) => recommendation.status.filter((entry) => entry.status === 'reviewed').map((entry) => entry.on)),
    ...followUps.map((followUp) => followUp.date),
  ].filter((date) => date > visit.visitedOn);
  return dates.sort().at(0) ?? null;
}
