/** How `options.period` splits episodes by the date they ended. */
export type ReportingPeriod = 'month' | 'quarter';

/** The period of an episode that has not ended. */
export const NOT_ENDED = 'not ended';

/**
 * The period key of an end date (YYYY-MM-DD): `2025-07` by month, or the
 * financial quarter `2025-26 Q2` (April to June is Q1), because councils
 * report ASCOF and CLD by financial year.
 */
export function periodOf(endedOn: string | null, period: ReportingPeriod): string {
  if (!endedOn) return NOT_ENDED;
  if (period === 'month') return endedOn.slice(0, 7);
  const year = Number(endedOn.slice(0, 4));
  const month = Number(endedOn.slice(5, 7));
  const startYear = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} Q${quarter}`;
}
