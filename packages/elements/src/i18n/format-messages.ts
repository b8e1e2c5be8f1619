import { formatDate, formatDateTime, formatList, formatNumber } from './intl.js';

/**
 * How numbers, dates and lists are written for people in one locale. Every
 * catalogue has one (`catalogue.format`), so an element never formats a value
 * with a fixed locale, and a host can replace any of them like any message.
 */
export function formatMessagesFor(locale: string) {
  return {
    /** A count or amount, grouped as the locale groups thousands. */
    number: (value: number, options?: Intl.NumberFormatOptions): string => formatNumber(locale, value, options),
    /** A calendar date in full: "3 December 2026" / "3 Rhagfyr 2026". */
    date: (isoDate: string): string => formatDate(locale, isoDate),
    /** A calendar date in short: "3 Dec 2026". */
    shortDate: (isoDate: string): string => formatDate(locale, isoDate, { day: 'numeric', month: 'short', year: 'numeric' }),
    /** The time of day of an instant, in the device's time zone: "10:32am" / "10:32". */
    time: (instant: string | Date): string => formatDateTime(locale, instant, { hour: 'numeric', minute: '2-digit' }),
    /** An instant's date and time, in the device's time zone. */
    dateTime: (instant: string | Date): string => formatDateTime(locale, instant, { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }),
    /** "a, b and c" / "a, b a c". */
    list: (items: readonly string[]): string => formatList(locale, items),
    /** "a, b or c" / "a, b neu c". */
    alternatives: (items: readonly string[]): string => formatList(locale, items, 'disjunction'),
  };
}

export type FormatMessages = ReturnType<typeof formatMessagesFor>;
