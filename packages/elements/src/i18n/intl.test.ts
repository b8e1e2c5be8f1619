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
    expect(formatNumber('en-GB', -0), 'minus zero, as a score is never less than nothing').to.equal('0');
  });

  it('asks no Intl.NumberFormat to write a whole number in the shipped locales, however big', () => {
    // Formatters are cached, so one built by an earlier test would not be built again: count their use instead.
    const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
    let used = 0;
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      ...format,
      get(this: Intl.NumberFormat) {
        used++;
        return format.get!.call(this) as Intl.NumberFormat['format'];
      },
    });
    try {
      expect(formatNumber('en-GB', 7200)).to.equal('7,200');
      expect(formatNumber('cy', Number.MAX_SAFE_INTEGER, {})).to.equal('9,007,199,254,740,991');
      expect(formatNumber('en-GB', 0)).to.equal('0');
      expect(used, 'formatters used for whole numbers').to.equal(0);
      // The count does count: a number with a fraction goes to Intl.
      expect(formatNumber('en-GB', 7200.5)).to.equal('7,200.5');
      expect(used).to.equal(1);
    } finally {
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', format);
    }
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
