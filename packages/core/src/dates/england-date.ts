/**
 * Made on first use, not when the module loads: building it loads ICU's time-zone data, about 30 ms in
 * headless Chromium, which every page importing core paid at start-up whether or not it showed a date.
 */
let englandDateParts: Intl.DateTimeFormat | undefined;
const englandDateFormat = () =>
  (englandDateParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));

/**
 * The calendar day (YYYY-MM-DD) in England of an ISO date-time. A record's
 * times may be written in UTC, but people (and the CLD return) count days in
 * England: an assessment at 00:30 BST is 23:30Z the day before.
 */
export function englandDate(isoDateTime: string): string {
  const parts = englandDateFormat().formatToParts(new Date(isoDateTime));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Today (YYYY-MM-DD) in England, whatever time zone the device is set to:
 * the day a plan is agreed or reviewed on is the day where the person is,
 * not where a tablet's clock was last set.
 */
export function englandToday(now: Date = new Date()): string {
  return englandDate(now.toISOString());
}
