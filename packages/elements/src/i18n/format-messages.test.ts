import { expect } from '@open-wc/testing';
import { formatMessagesFor } from './format-messages.js';
import { calendarWordsCy } from './format-words.cy.js';

describe('formatMessagesFor', () => {
  const cy = formatMessagesFor('cy', calendarWordsCy);
  const en = formatMessagesFor('en-GB');

  it('writes Welsh dates with Welsh month names in this browser, whatever its Intl data', () => {
    expect(cy.date('2026-07-03')).to.equal('3 Gorffennaf 2026');
    expect(cy.shortDate('2026-12-31')).to.equal('31 Rhag 2026');
    expect(cy.dateTime(new Date(2026, 11, 3, 14, 5))).to.equal('3 Rhagfyr 2026 am 14:05');
  });

  it('writes Welsh lists with a and neu', () => {
    expect(cy.list(['bara', 'caws', 'llaeth'])).to.equal('bara, caws a llaeth');
    expect(cy.alternatives(['bara', 'caws'])).to.equal('bara neu caws');
    expect(cy.list(['bara'])).to.equal('bara');
  });

  it('writes English dates, lists and numbers through Intl for en-GB', () => {
    expect(en.date('2026-07-03')).to.equal('3 July 2026');
    expect(en.list(['a', 'b', 'c'])).to.equal('a, b and c');
    expect(en.number(12345.5)).to.equal('12,345.5');
  });

  it('shows a value that is not a date as it was given', () => {
    expect(cy.date('not a date')).to.equal('not a date');
    expect(en.date('not a date')).to.equal('not a date');
  });
});
