import type { Shown } from '@otforms/reporting';

/**
 * How the report writes numbers (en-GB): counts with thousands separators,
 * means to one decimal place, proportions as percentages, and a true minus
 * sign. A figure that suppression replaced is already its label (text) and
 * is shown as it is. No words here: those are in `outcome-report-messages.ts`.
 */

const MINUS = '\u2212';
const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

const withMinus = (text: string) => text.replace('-', MINUS);

/** A count: 6,000; a suppressed count is its label. */
export function formatCount(value: Shown): string {
  return typeof value === 'string' ? value : counts.format(value);
}

/** A mean or a sum to one decimal place: 14.2, −3.5. */
export function formatDecimal(value: Shown): string {
  return typeof value === 'string' ? value : withMinus(oneDecimal.format(value));
}

/** A number with a decimal place only where it has one: 12, 12.5, 1,234.5. */
export function formatNumber(value: Shown): string {
  return typeof value === 'string' ? value : withMinus(upToOneDecimal.format(value));
}

/** A change with its sign: +3.2, −1.5, 0.0. */
export function formatSigned(value: Shown): string {
  if (typeof value === 'string') return value;
  const text = oneDecimal.format(Math.abs(value));
  if (/^[0.]+$/.test(text)) return text;
  return value > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** A proportion from 0 to 1 as a percentage: 72.4%. */
export function formatProportion(value: Shown): string {
  return typeof value === 'string' ? value : percent.format(value);
}

/** A whole number of records counted from 1, for people: position 17 is the 18th record. */
export function formatOrdinalPosition(position: number): string {
  return counts.format(position + 1);
}
