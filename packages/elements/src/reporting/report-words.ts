import type { Shown } from '@otforms/reporting';
import { formatDate, plural, type PluralForms } from '../i18n/intl.js';
import { reportFormat } from './report-format.js';

/**
 * Helpers the report's catalogue files (en-GB, Welsh, a host's own) build
 * their words with: a count with its noun in the locale's plural form, and a
 * month as the locale names it. Each catalogue calls them with its own locale.
 */

/**
 * A count and its noun: the number as the locale writes it, and the form the
 * locale's plural rules pick (Welsh has six). A suppressed count ("fewer than
 * 5") is text and takes the `other` form.
 */
export function countWords(locale: string, value: Shown, forms: PluralForms<(count: string) => string>): string {
  const form = typeof value === 'string' ? forms.other : plural(locale, value, forms);
  return form(reportFormat(locale).count(value));
}

/** A month key (`2025-07`): its year and month (1 to 12), or null for any other key. */
export function monthOf(key: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/**
 * A month key (`2025-07`) as `Intl` names it in the locale ("July 2025"), or
 * null for any other key. Only for locales every browser has date names for:
 * Chromium's own ICU data has none for Welsh, and names the month in English,
 * so the Welsh catalogue names its months itself (`monthOf`).
 */
export function monthName(locale: string, key: string): string | null {
  if (!monthOf(key)) return null;
  return formatDate(locale, `${key}-01`, { month: 'long', year: 'numeric' });
}

/** A financial quarter key (`2025-26 Q2`): which quarter (1 is April to June), the year its months fall in, and the financial year's first and last years. */
export function financialQuarter(key: string): { quarter: 1 | 2 | 3 | 4; year: number; from: number; to: number } | null {
  const quarter = /^(\d{4})-(\d{2}) Q([1-4])$/.exec(key);
  if (!quarter) return null;
  const from = Number(quarter[1]);
  const number = Number(quarter[3]) as 1 | 2 | 3 | 4;
  return { quarter: number, year: number === 4 ? from + 1 : from, from, to: from + 1 };
}
