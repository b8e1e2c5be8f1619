import { MINOR_ADAPTATION_LIMIT } from '@otforms/core';
import { episodeErrorKey, type EpisodeError, type VisibleErrors } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * The episode's errors in the catalogue's words. The machine names each by a
 * code (`missing`, `invalid` or a rule's id) and keeps an en-GB message, which
 * is shown only when the catalogue has no words for it (an error from a draft
 * saved before errors had codes, or a field the catalogue does not know): it
 * then comes with `lang: 'en-GB'`, so a Welsh page marks it as English (WCAG 3.1.2).
 */

/** What an error says, and the language of those words when they are the machine's English rather than the catalogue's. */
export interface EpisodeErrorText {
  text: string;
  lang?: string;
}

/** An episode error as a page shows it: its `message` in the catalogue's words, or the machine's with `lang`. */
export type LocalisedEpisodeError = EpisodeError & { lang?: string };

const machineEnglish = (error: EpisodeError): EpisodeErrorText => ({ text: error.message, lang: 'en-GB' });

/** £1,000, the most a minor adaptation costs, written for the locale. */
export const minorAdaptationLimit = ({ format }: Pick<Catalogue, 'format'>) =>
  format.number(MINOR_ADAPTATION_LIMIT, { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });

export function episodeErrorText(t: Pick<Catalogue, 'episode' | 'format'>, error: EpisodeError): EpisodeErrorText {
  const words = t.episode.errors;
  const said = (text: string | undefined) => (text === undefined ? machineEnglish(error) : { text });
  switch (error.code as EpisodeError['code'] | undefined) {
    case undefined:
      return machineEnglish(error);
    case 'missing':
    case 'invalid':
      return said(words.fields[episodeErrorKey(error.field)]?.[error.code as 'missing' | 'invalid']);
    case 'minor-adaptation-over-limit':
      return said(words.minorOverLimit(minorAdaptationLimit(t)));
    case 'major-adaptation-steps-in-order': {
      const steps: Readonly<Record<string, string>> = words.grantSteps;
      const step = steps[error.field.split('.').at(-1) ?? ''];
      const before = steps[error.values?.before ?? ''];
      return said(step && before ? words.grantStepOrder(step, before) : undefined);
    }
    default:
      return said((words.rules as Readonly<Record<string, string>>)[error.code]);
  }
}

/** The errors a page shows, each in the catalogue's words; the first error of a field is the one beside it. */
export function localiseEpisodeErrors(t: Pick<Catalogue, 'episode' | 'format'>, errors: VisibleErrors<EpisodeError>): VisibleErrors<LocalisedEpisodeError> {
  if (errors.summary.length === 0) return errors;
  const summary = errors.summary.map((error): LocalisedEpisodeError => {
    const { text, lang } = episodeErrorText(t, error);
    return lang ? { ...error, message: text, lang } : { ...error, message: text };
  });
  const byField = new Map<string, string>();
  for (const error of summary) if (!byField.has(error.field)) byField.set(error.field, error.message);
  return { summary, byField };
}
