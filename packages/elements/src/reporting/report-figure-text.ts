import type { Shown, SuppressedFigures } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';
import { formatDecimal, formatSigned } from './report-format.js';

/** A suppressed 95% interval: the interval, the suppression label, or null when there were fewer than 2 to work it out from. */
type ShownInterval = SuppressedFigures['goals']['changeCi95'];

/**
 * The words of figures that may be missing or suppressed, shared by the
 * sections: a missing mean says why it is missing rather than showing 0.
 */
export const meanText = (value: Shown | null): string => (value === null ? m.notWorkedOut : formatDecimal(value));

export const changeText = (value: Shown | null): string => (value === null ? m.notWorkedOut : formatSigned(value));

export function intervalText(value: ShownInterval): string {
  if (value === null) return m.intervalNeedsTwo;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatSigned(value);
  return m.interval(formatSigned(value.lower), formatSigned(value.upper));
}
