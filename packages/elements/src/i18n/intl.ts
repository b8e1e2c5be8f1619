/**
 * The locale-aware formatting every catalogue's messages use: plurals, numbers,
 * dates and lists go through `Intl` for the catalogue's own locale, never through
 * hand-written English rules. Formatters are cached per locale and options
 * because building one costs far more than using it.
 */

/** A message's forms by CLDR plural category; `other` is always given. Welsh uses all six. */
export type PluralForms<T = string> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The form for `count` in the locale's plural rules (cardinal), falling back to `other`. */
export function plural<T>(locale: string, count: number, forms: PluralForms<T>): T {
  const rules = cached(pluralRules, locale, () => new Intl.PluralRules(locale));
  return forms[rules.select(count)] ?? forms.other;
}

/**
 * The locales of the shipped catalogues, which write a whole number as its ASCII digits in groups of three
 * split by commas ("1,234"), as `wholeNumberAsWritten` does (checked against Intl in the tests). A host's own
 * locale, or one with a Unicode extension (`-u-nu-…`), always goes through Intl.
 */
const DIGITS_AS_WRITTEN = new Set(['en-GB', 'cy']);

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  // The first Intl.NumberFormat of a page loads ICU's number data: 15 to 20 ms in headless Chromium, more than a
  // 10-item form takes to render, and a 3,000-item form's running score ("… out of 7,200") paid it before it could
  // show. Scores and counts are whole numbers, so in the shipped locales they skip it.
  // Options given as {} (a score that is a whole number) are no options.
  const plain = options === undefined || Object.keys(options).length === 0;
  if (plain && Number.isSafeInteger(value) && value >= 0 && DIGITS_AS_WRITTEN.has(locale)) return wholeNumberAsWritten(value);
  // Most numbers (scores, counts) come without options: their key skips JSON.stringify, which the running score paid on every answer.
  const key = plain ? locale : `${locale}|${JSON.stringify(options)}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(locale, plain ? undefined : options)).format(value);
}

/**
 * A whole number from 0 as en-GB and Welsh write it: every three digits from the right after a comma, from 1,000.
 * Minus zero is written "0" (Intl writes "-0"): a score or a count is never less than nothing.
 */
function wholeNumberAsWritten(value: number): string {
  const digits = String(value);
  const lead = digits.length % 3 || 3;
  let written = digits.slice(0, lead);
  for (let at = lead; at < digits.length; at += 3) written += `,${digits.slice(at, at + 3)}`;
  return written;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** An ISO calendar date (`2026-12-03`) as the locale writes it in full; read in UTC, so it is never a day out. A value that is not a date is shown as given. */
export function formatDate(locale: string, isoDate: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  const time = Date.parse(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(time)) return isoDate;
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(time);
}

/** An instant (`2026-12-03T10:32:00Z` or a Date) in the device's time zone. */
export function formatDateTime(locale: string, instant: string | Date, options: Intl.DateTimeFormatOptions): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) return String(instant);
  return dateFormat(locale, options).format(time);
}

export function formatList(locale: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached(listFormats, `${locale}|${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}
