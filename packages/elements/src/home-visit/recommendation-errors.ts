import type { KeptRecommendationError, VisibleErrors } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

/** Core's rules about a recommendation's status history (`params.rule`), which one message covers. */
const statusHistoryRules = new Set(['recommendation-first-status', 'recommendation-status-order', 'recommendation-status-date-order']);

/**
 * What a problem the recommendations machine found says in the page's
 * language: its words come from the catalogue by the error's code and values.
 * An error a draft kept from before errors had codes has only its en-GB
 * `message`, which is shown until the machine finds it again.
 */
export function recommendationErrorText(error: KeptRecommendationError, t: Catalogue, suggestionName?: (field: string) => string | undefined): string {
  const words = t.recommendations.errors;
  switch (error.code) {
    case 'suggestion-undecided':
      return words.suggestionUndecided(suggestionName?.(error.field) ?? error.values.suggestion);
    case 'dismissal-reason-missing':
      return words.dismissalReasonMissing(suggestionName?.(error.field) ?? error.values.suggestion);
    case 'field-missing':
      return words.missing[error.values.field](error.values.number);
    case 'field-invalid':
      return error.values.rule && statusHistoryRules.has(error.values.rule) ? words.statusHistory(error.values.number) : words.invalid(error.values.number);
    case 'status-not-later':
      return words.statusNotLater(error.values.number, error.values.current);
    case 'status-date-missing':
      return words.statusDateMissing(error.values.number, error.values.status);
    case 'status-date-not-real':
      return words.statusDateNotReal(error.values.number, error.values.status);
    case 'status-date-earlier':
      return words.statusDateEarlier(error.values.number, error.values.status, t.format.date(error.values.after), error.values.afterStatus);
    default:
      return error.message;
  }
}

/**
 * The errors a page shows, each with its words in the page's language; the first error of a field is the one beside it.
 * `suggestionName` gives a suggestion as the page shows it (its definition's words in the page's language), by its error's field.
 */
export function localiseRecommendationErrors(
  errors: VisibleErrors<KeptRecommendationError>,
  t: Catalogue,
  suggestionName?: (field: string) => string | undefined,
): VisibleErrors<{ field: string; message: string }> {
  if (errors.summary.length === 0) return errors;
  const summary = errors.summary.map((error) => ({ field: error.field, message: recommendationErrorText(error, t, suggestionName) }));
  const byField = new Map<string, string>();
  for (const error of summary) if (!byField.has(error.field)) byField.set(error.field, error.message);
  return { summary, byField };
}
