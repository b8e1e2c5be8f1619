import type { Catalogue } from '../i18n/catalogue.js';

/**
 * Numbers of goal attainment scaling as people read them, through the
 * catalogue's number format (so the page's locale writes them): a true minus
 * sign, which screen readers say, and T-scores to 1 decimal place for display
 * only (the record keeps full precision). DOM-free.
 */

type Format = Catalogue['format'];

const MINUS = '\u2212';
const trueMinus = (text: string) => text.replace('-', MINUS);

/** An attainment level: "−2", "0", "+1". */
export const levelText = (format: Format, level: number): string => trueMinus(format.number(level, { signDisplay: 'exceptZero' }));

/** A T-score rounded to 1 decimal place; never "−0.0". */
export const tScoreText = (format: Format, value: number): string =>
  trueMinus(format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'negative' }));

/** A change in T-score, signed ("+3.2", "0.0", "−1.5"). */
export const changeText = (format: Format, value: number): string =>
  trueMinus(format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
