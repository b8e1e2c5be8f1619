/**
 * Dates of the fictional cohort as whole days since 1970-01-01 (UTC), so
 * that spacing things out is plain arithmetic and formatting is cheap.
 */

const DAY_MS = 86_400_000;

/** The day number of a `YYYY-MM-DD` date; throws on anything else, since the options come from a test or a bench. */
export function dayOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`"${isoDate}" is not a date in the form YYYY-MM-DD`);
  return time / DAY_MS;
}

/** The day `months` calendar months after `day`. */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / DAY_MS;
}

// Formatting is most of the cost of a large cohort, and a cohort spans a few hundred days: remember each.
const isoDays = new Map<number, string>();
const clock = Array.from({ length: 24 * 60 }, (_, minute) => `T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`);

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}

/** An ISO date-time, in UTC, `minutes` (whole) after midnight of `day`. */
export function isoTime(day: number, minutes: number): string {
  return isoDay(day + Math.floor(minutes / 1440)) + clock[minutes % 1440]!;
}
