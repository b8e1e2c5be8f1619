import { MINOR_ADAPTATION_LIMIT } from '@otforms/core';
import { episodeErrorKey, type EpisodeError, type VisibleErrors } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * The episode's errors in the catalogue's words. The machine names each by a
 * code (`missing`, `invalid` or a rule's id) and keeps an en-GB message, which
 * is shown only when the catalogue has no words for it (an error from a draft
 * saved before errors had codes, or a field the catalogue does not know).
 */

/** £1,000, the most a minor adaptation costs, written for the locale. */
export const minorAdaptationLimit = ({ format }: Pick<Catalogue, 'format'>) =>
  format.number(MINOR_ADAPTATION_LIMIT, { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });

export function episodeErrorText(t: Pick<Catalogue, 'episode' | 'format'>, error: EpisodeError): string {
  const words = t.episode.errors;
  switch (error.code as EpisodeError['code'] | undefined) {
    case undefined:
      return error.message;
    case 'missing':
    case 'invalid':
      return words.fields[episodeErrorKey(error.field)]?.[error.code as 'missing' | 'invalid'] ?? error.message;
    case 'minor-adaptation-over-limit':
      return words.minorOverLimit(minorAdaptationLimit(t));
    case 'major-adaptation-steps-in-order': {
      const steps: Readonly<Record<string, string>> = words.grantSteps;
      const step = steps[error.field.split('.').at(-1) ?? ''];
      const before = steps[error.values?.before ?? ''];
      return step && before ? words.grantStepOrder(step, before) : error.message;
    }
    default:
      return (words.rules as Readonly<Record<string, string>>)[error.code] ?? error.message;
  }
}

/** The errors a page shows, each in the catalogue's words; the first error of a field is the one beside it. */
export function localiseEpisodeErrors(t: Pick<Catalogue, 'episode' | 'format'>, errors: VisibleErrors<EpisodeError>): VisibleErrors<EpisodeError> {
  if (errors.summary.length === 0) return errors;
  const summary = errors.summary.map((error) => ({ ...error, message: episodeErrorText(t, error) }));
  const byField = new Map<string, string>();
  for (const error of summary) if (!byField.has(error.field)) byField.set(error.field, error.message);
  return { summary, byField };
}
