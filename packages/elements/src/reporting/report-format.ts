import type { Shown } from '@otforms/reporting';
import { formatNumber } from '../i18n/intl.js';

/**
 * How the report writes numbers in one locale: counts with the locale's
 * thousands separators, means to one decimal place, proportions as
 * percentages, and a true minus sign. A figure that suppression replaced is
 * already its label (text) and is shown as it is. No words here: those are
 * in the catalogue's `report` namespace. Built on `Intl` (cached per locale
 * and options in i18n/intl.ts), so Welsh gets Welsh separators.
 */
export interface ReportFormat {
  /** A count: 6,000; a suppressed count is its label. */
  count(value: Shown): string;
  /** A mean or a sum to one decimal place: 14.2, −3.5. */
  decimal(value: Shown): string;
  /** A number with a decimal place only where it has one: 12, 12.5, 1,234.5. */
  number(value: Shown): string;
  /** A change with its sign: +3.2, −1.5, 0.0. */
  signed(value: Shown): string;
  /** A proportion from 0 to 1 as a percentage: 72.4%. */
  proportion(value: Shown): string;
  /** A whole number of records counted from 1, for people: position 17 is the 18th record. */
  ordinalPosition(position: number): string;
}

const MINUS = '\u2212';
const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const UP_TO_ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };

const withMinus = (text: string) => text.replace('-', MINUS);

const formats = new Map<string, ReportFormat>();

export function reportFormat(locale: string): ReportFormat {
  let format = formats.get(locale);
  if (format) return format;
  const number = (value: number, options: Intl.NumberFormatOptions) => formatNumber(locale, value, options);
  format = {
    count: (value) => (typeof value === 'string' ? value : number(value, COUNT)),
    decimal: (value) => (typeof value === 'string' ? value : withMinus(number(value, ONE_DECIMAL))),
    number: (value) => (typeof value === 'string' ? value : withMinus(number(value, UP_TO_ONE_DECIMAL))),
    signed: (value) => {
      if (typeof value === 'string') return value;
      const text = number(Math.abs(value), ONE_DECIMAL);
      if (/^[0.,\s]+$/.test(text)) return text;
      return value > 0 ? `+${text}` : `${MINUS}${text}`;
    },
    proportion: (value) => (typeof value === 'string' ? value : number(value, PERCENT)),
    ordinalPosition: (position) => number(position + 1, COUNT),
  };
  formats.set(locale, format);
  return format;
}
