import type { Shown, SuppressedFigures } from '@otforms/reporting';
import type { ReportText } from './report-text.js';

/** A suppressed 95% interval: the interval, the suppression label, or null when there were fewer than 2 to work it out from. */
type ShownInterval = SuppressedFigures['goals']['changeCi95'];

/**
 * The words of figures that may be missing or suppressed, shared by the
 * sections: a missing mean says why it is missing rather than showing 0.
 */
export const meanText = ({ m, f }: ReportText, value: Shown | null): string => (value === null ? m.notWorkedOut : f.decimal(value));

export const changeText = ({ m, f }: ReportText, value: Shown | null): string => (value === null ? m.notWorkedOut : f.signed(value));

export function intervalText({ m, f }: ReportText, value: ShownInterval): string {
  if (value === null) return m.intervalNeedsTwo;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return f.signed(value);
  return m.interval(f.signed(value.lower), f.signed(value.upper));
}
