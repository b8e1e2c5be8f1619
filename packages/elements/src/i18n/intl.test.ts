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

  it('leaves everything else to Intl: bigger, negative and fractional numbers, options, other locales and numbering systems', () => {
    const cases: [string, number, Intl.NumberFormatOptions?][] = [
      ['en-GB', 1000],
      ['en-GB', 1234567],
      ['en-GB', -5],
      ['en-GB', 2.5],
      ['cy', 12, { minimumFractionDigits: 1 }],
      ['ar-EG', 12],
      ['en-GB-u-nu-arab', 12],
    ];
    for (const [locale, value, options] of cases) expect(formatNumber(locale, value, options), `${locale} ${value}`).to.equal(new Intl.NumberFormat(locale, options).format(value));
    expect(formatNumber('ar-EG', 12)).not.to.equal('12');
  });
});
