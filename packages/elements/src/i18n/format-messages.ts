import { formatDate, formatDateTime, formatList, formatNumber } from './intl.js';

/**
 * A language's own calendar and list words, for a locale the browser's `Intl`
 * may not know: Chrome ships date and list names only for its own interface
 * languages, so `Intl.DateTimeFormat('cy')` writes "July 3, 2026" there. With
 * these words, dates and lists are written the same in every browser.
 */
export interface CalendarWords {
  /** January to December, as written in a full date. */
  months: readonly string[];
  /** January to December, short. */
  shortMonths: readonly string[];
  /** Between a date and its time: "3 Rhagfyr 2026 am 10:32". */
  at: string;
  /** Before the last item of a list of things together ("a, b and c"). */
  and: string;
  /** Before the last item of a list of alternatives ("a, b or c"). */
  or: string;
}

function parts(isoDate: string): { day: number; month: number; year: number } | null {
  const time = Date.parse(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return { day: date.getUTCDate(), month: date.getUTCMonth(), year: date.getUTCFullYear() };
}

function joinList(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/**
 * How numbers, dates and lists are written for people in one locale. Every
 * catalogue has one (`catalogue.format`), so an element never formats a value
 * with a fixed locale, and a host can replace any of them like any message.
 * Given `words`, dates and lists use them instead of `Intl`'s names.
 */
export function formatMessagesFor(locale: string, words?: CalendarWords) {
  const time = (instant: string | Date): string => formatDateTime(locale, instant, { hour: 'numeric', minute: '2-digit', ...(words ? { hourCycle: 'h23' } : {}) });
  const date = (isoDate: string): string => {
    const given = words && parts(isoDate);
    return given ? `${given.day} ${words.months[given.month]} ${given.year}` : formatDate(locale, isoDate);
  };
  return {
    /** A count or amount, grouped as the locale groups thousands. */
    number: (value: number, options?: Intl.NumberFormatOptions): string => formatNumber(locale, value, options),
    /** A calendar date in full: "3 December 2026" / "3 Rhagfyr 2026". */
    date,
    /** A calendar date in short: "3 Dec 2026". */
    shortDate: (isoDate: string): string => {
      const given = words && parts(isoDate);
      return given ? `${given.day} ${words.shortMonths[given.month]} ${given.year}` : formatDate(locale, isoDate, { day: 'numeric', month: 'short', year: 'numeric' });
    },
    /** The time of day of an instant, in the device's time zone: "10:32am" / "10:32". */
    time,
    /** An instant's date and time, in the device's time zone. */
    dateTime: (instant: string | Date): string => {
      if (!words) return formatDateTime(locale, instant, { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' });
      const at = typeof instant === 'string' ? new Date(instant) : instant;
      if (Number.isNaN(at.getTime())) return String(instant);
      return `${at.getDate()} ${words.months[at.getMonth()]} ${at.getFullYear()} ${words.at} ${time(at)}`;
    },
    /** "a, b and c" / "a, b a c". */
    list: (items: readonly string[]): string => (words ? joinList(items, words.and) : formatList(locale, items)),
    /** "a, b or c" / "a, b neu c". */
    alternatives: (items: readonly string[]): string => (words ? joinList(items, words.or) : formatList(locale, items, 'disjunction')),
  };
}

export type FormatMessages = ReturnType<typeof formatMessagesFor>;
