import { expect } from '@open-wc/testing';
import { reportMessages } from './outcome-report-messages.js';
import { reportMessagesCy } from './outcome-report-messages.cy.js';

/** The report's words that depend on a number: each language's plural forms, and Welsh mutations. */
describe('the report’s words by number', () => {
  it('gives Welsh counts each of its six plural forms, a suppressed count the "other" form', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 1234].map((count) => reportMessagesCy.unreadableTitle(count))).to.deep.equal([
      'Nid oedd modd darllen 0 cofnod',
      'Nid oedd modd darllen 1 cofnod',
      'Nid oedd modd darllen 2 gofnod',
      'Nid oedd modd darllen 3 chofnod',
      'Nid oedd modd darllen 4 cofnod',
      'Nid oedd modd darllen 6 chofnod',
      'Nid oedd modd darllen 7 cofnod',
      'Nid oedd modd darllen 1,234 cofnod',
    ]);
    expect(reportMessagesCy.showing('Gogledd', 'pob cyfnod amser', 2)).to.equal('Yn dangos Gogledd, pob cyfnod amser: 2 gyfnod.');
    expect(reportMessagesCy.showing('Gogledd', 'pob cyfnod amser', 'llai na 5')).to.equal('Yn dangos Gogledd, pob cyfnod amser: llai na 5 cyfnod.');
    expect(reportMessagesCy.spreadChartName(3)).to.match(/^Sgorau T diweddaraf 3 chynllun nodau,/);
    expect([1, 2, 3, 12.5].map((days) => reportMessagesCy.days(days))).to.deep.equal(['1 diwrnod', '2 ddiwrnod', '3 diwrnod', '12.5 diwrnod']);
    expect(reportMessagesCy.hours(2)).to.equal('2 awr');
  });

  it('writes "nag" before a number spoken with a vowel in Welsh', () => {
    expect([5, 10, 8, 1, 11, 80].map((threshold) => reportMessagesCy.suppressedLabel(threshold))).to.deep.equal(['llai na 5', 'llai na 10', 'llai nag 8', 'llai nag 1', 'llai nag 11', 'llai nag 80']);
  });

  it('keeps English’s singular and plural', () => {
    expect([1, 2, 'fewer than 5'].map((count) => reportMessages.showing('North', 'all periods', count))).to.deep.equal([
      'Showing North, all periods: 1 episode.',
      'Showing North, all periods: 2 episodes.',
      'Showing North, all periods: fewer than 5 episodes.',
    ]);
    expect([1, 1.5, 2].map((hours) => reportMessages.hours(hours))).to.deep.equal(['1 hour', '1.5 hours', '2 hours']);
    expect(reportMessages.unreadableTitle(1)).to.equal('1 record could not be read');
  });

  it('names months and financial quarters in each language, and any other key as it is', () => {
    expect(reportMessages.period('2025-07')).to.equal('July 2025');
    expect(reportMessagesCy.period('2025-07')).to.equal('Gorffennaf 2025');
    expect(reportMessages.period('2025-26 Q4')).to.equal('January to March 2026 (quarter 4 of 2025 to 2026)');
    expect(reportMessagesCy.period('2025-26 Q4')).to.equal('Ionawr i Fawrth 2026 (chwarter 4 o flwyddyn ariannol 2025 i 2026)');
    expect(reportMessagesCy.period('2025-13')).to.equal('2025-13');
    expect(reportMessagesCy.period('not ended')).to.equal('Heb ddod i ben eto');
  });

  it('writes T-score bands with the locale’s numbers', () => {
    expect([reportMessagesCy.tScoreBin(null, 30), reportMessagesCy.tScoreBin(40, 50), reportMessagesCy.tScoreBin(70, null)]).to.deep.equal(['O dan 30', '40 i 49.9', '70 neu fwy']);
    expect(reportMessages.tScoreBin(40, 50)).to.equal('40 to 49.9');
  });
});
