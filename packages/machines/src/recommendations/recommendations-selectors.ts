import { laterStatuses, type RecommendationStatus, type Suggestion } from '@otforms/core';
import { visibleErrors, type VisibleErrors } from '../errors/visible-errors.js';
import { keptReason } from './decision-reasons.js';
import { pendingSuggestionsOf } from './draft-recommendations.js';
import type { KeptRecommendationError, RecommendationsContext } from './recommendations-types.js';

/** Read-only views of the recommendations' state for any UI. */

type Snapshot = { readonly context: RecommendationsContext };

/** The suggestions still to be accepted or dismissed, in the order the rules made them. */
export function pendingSuggestions(snapshot: Snapshot): Suggestion[] {
  return pendingSuggestionsOf(snapshot.context);
}

/**
 * The reason typed for a suggestion still to be decided, exactly as typed
 * (`SET_DECISION_REASON`), for its reason box to show; `''` when none was.
 */
export function decisionReasonOf(snapshot: Snapshot, suggestion: { readonly instrumentId: string; readonly ruleId: string }): string {
  return keptReason(snapshot.context.decisionReasons, suggestion);
}

/**
 * The statuses a recommendation can move on to now, the usual next one
 * first (a status can be skipped, as when a self-purchase is never
 * ordered); empty once it has been reviewed. Core's rule (`laterStatuses`),
 * the one the record's schema checks.
 */
export function nextStatusesOf(recommendation: { readonly status: readonly { readonly status: RecommendationStatus }[] }): RecommendationStatus[] {
  return laterStatuses(recommendation);
}

/**
 * The errors the page shows now: a refused status or dismissal at once;
 * Continue's errors after the first failed Continue, then live (GOV.UK).
 * Keys: `recommendationFieldKey(index, field)` and `suggestionFieldKey(suggestion)`.
 */
export function visibleRecommendationErrors(snapshot: { readonly context: Pick<RecommendationsContext, 'errors' | 'showErrors' | 'actionError'> }): VisibleErrors<KeptRecommendationError> {
  const { showErrors, errors, actionError } = snapshot.context;
  const shown = showErrors ? errors : [];
  const all = actionError ? [actionError, ...shown.filter((error) => error.field !== actionError.field)] : shown;
  return visibleErrors(all.length > 0, all, (error) => error.field);
}
