import { describe, expect, it } from 'vitest';
import { episodeRecordFixture } from '../test-support/episode-record-fixture.js';
import { CLD_COLUMNS, cldRow } from './cld-columns.js';
import { toCldRows } from './to-cld-rows.js';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header row and one record per row, each ending in CRLF', () => {
    expect(toCsv([{ a: '1', b: 'x' }, { a: '2', b: 'y' }])).toBe('a,b\r\n1,x\r\n2,y\r\n');
  });

  it('quotes a field with a comma, a quote or a newline, doubling the quotes', () => {
    const description = 'Chair, "riser" and\nraiser';
    expect(toCsv([{ Event_Description: description }])).toBe('Event_Description\r\n"Chair, ""riser"" and\nraiser"\r\n');
    expect(toCsv([{ a: 'x\ry' }])).toBe('a\r\n"x\ry"\r\n');
    expect(toCsv([{ a: 'x\r\ny' }])).toBe('a\r\n"x\r\ny"\r\n');
    expect(toCsv([{ a: 'plain text' }])).toBe('a\r\nplain text\r\n');
  });

  it('puts an apostrophe before a value a spreadsheet would run as a formula', () => {
    const cases: [string, string][] = [
      ['=HYPERLINK("http://example.test","x")', '"\'=HYPERLINK(""http://example.test"",""x"")"'],
      ['+SUM(A1)', "'+SUM(A1)"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tdata', "'\tdata"],
      ['\rdata', '"\'\rdata"'],
      ['a=b', 'a=b'],
    ];
    for (const [value, cell] of cases) expect(toCsv([{ a: value }])).toBe(`a\r\n${cell}\r\n`);
  });

  it('leaves a value that is wholly a number alone, and can turn the guard off', () => {
    expect(toCsv([{ a: '-3', b: '+1.5', c: -2 }])).toBe('a,b,c\r\n-3,+1.5,-2\r\n');
    expect(toCsv([{ a: '=1+1' }], undefined, { guardFormulas: false })).toBe('a\r\n=1+1\r\n');
  });

  it('uses the columns given, in their order, with empty cells for missing values', () => {
    const rows: Partial<Record<'a' | 'b' | 'c', string | null>>[] = [{ b: 'B', c: null }, { a: 'A' }];
    expect(toCsv(rows, ['c', 'b', 'a'])).toBe('c,b,a\r\n,B,\r\n,,A\r\n');
    expect(toCsv(rows)).toBe('b,c,a\r\nB,,\r\n,,A\r\n');
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
  });

  it('writes CLD rows with the CLD header and a description that needs quoting and guarding', () => {
    const [request] = toCldRows(episodeRecordFixture(), { laPersonId: 'LA-1' });
    const row = cldRow({ ...request, Event_Description: '-Rail, "long"\nfitted' });
    const csv = toCsv([row], CLD_COLUMNS);
    const [header, record, end] = csv.split('\r\n');
    expect(header).toBe(CLD_COLUMNS.join(','));
    expect(end).toBe('');
    expect(record).toContain(`"'-Rail, ""long""\nfitted"`);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});
