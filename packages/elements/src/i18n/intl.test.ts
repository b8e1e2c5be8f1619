import { expect } from '@open-wc/testing';
import { formatNumber } from './intl.js';

describe('formatNumber', () => {
  it('writes every whole number below 1,000 in the shipped locales exactly as Intl does, without building a formatter', () => {
    for (const locale of ['en-GB', 'cy']) {
      const intl = new Intl.NumberFormat(locale);
      for (let value = 0; value < 1000; value++) {
        expect(formatNumber(locale, value), `${locale} ${value}`).to.equal(intl.format(value));
        // A whole-number score is formatted with options {}: the same as none.
        expect(formatNumber(locale, value, {}), `${locale} ${value} {}`).to.equal(intl.format(value));
      }
    }
  });

  it('writes bigger whole numbers in the shipped locales exactly as Intl does, with commas between groups of three', () => {
    // Every length of number up to the largest safe integer, and each place a group can start or end.
    const values = [1000, 1001, 9999, 10_000, 99_999, 100_000, 123_456, 999_999, 1_000_000, 1_234_567, 7200, 12_000_000, Number.MAX_SAFE_INTEGER];
    for (let digits = 4; digits <= 16; digits++) values.push(10 ** (digits - 1), 10 ** digits - 1, Math.floor(10 ** (digits - 1) * 1.234_567_891_234_5));
    for (let value = 1000; value < 1_000_000; value += 997) values.push(value);
    for (const locale of ['en-GB', 'cy']) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of values.filter(Number.isSafeInteger)) expect(formatNumber(locale, value), `${locale} ${value}`).to.equal(intl.format(value));
    }
    expect(formatNumber('en-GB', 1_234_567)).to.equal('1,234,567');
  });

  it('leaves everything else to Intl: unsafe, negative and fractional numbers, options, other locales and numbering systems', () => {
    const cases: [string, number, Intl.NumberFormatOptions?][] = [
      ['en-GB', 2 ** 60],
      ['cy', 1e21],
      ['en-GB', -5],
      ['en-GB', -1234],
      ['en-GB', 2.5],
      ['cy', 12, { minimumFractionDigits: 1 }],
      ['ar-EG', 12],
      ['en-GB-u-nu-arab', 12],
    ];
    for (const [locale, value, options] of cases) expect(formatNumber(locale, value, options), `${locale} ${value}`).to.equal(new Intl.NumberFormat(locale, options).format(value));
    expect(formatNumber('ar-EG', 12)).not.to.equal('12');
  });
});
