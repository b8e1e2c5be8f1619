import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { EXTRACT_COLUMNS, summariseOutcomes, toOutcomeParquet } from '@otforms/reporting';
import { fictionalEpisodes } from '../../packages/reporting/src/test-support/fictional-episodes.js';

/**
 * docs/outcome-evidence.md stays true: its column table is the extract's
 * columns, and its worked DuckDB query gives the figures the summary gives.
 */
const guide = readFileSync(new URL('../../docs/outcome-evidence.md', import.meta.url), 'utf8');

describe('docs/outcome-evidence.md', () => {
  it('lists every fixed column of the person-level data set, with its type and meaning', () => {
    const table = guide.slice(guide.indexOf('| Column | Type | Meaning |'));
    const rows = [...table.matchAll(/^\| `(\w+)` \| ([\w-]+) \| (.+) \|$/gm)].map(([, name, type, description]) => ({ name, type, description }));
    expect(rows).toEqual(EXTRACT_COLUMNS.map(({ name, type, description }) => ({ name, type, description })));
  });

  it('gives a worked query that DuckDB runs to the summary’s ASCOF 2A figures by quarter', async () => {
    const sql = /```sql\n(SELECT\n[\s\S]+?)```/.exec(guide)![1]!;
    const records = fictionalEpisodes({ count: 600, seed: 11 });
    const summary = summariseOutcomes(records, { period: 'quarter' });
    const directory = mkdtempSync(join(tmpdir(), 'otforms-guide-'));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      writeFileSync(join(directory, 'outcomes.parquet'), toOutcomeParquet(records).bytes);
      await connection.run(`SET file_search_path = '${directory.replaceAll("'", "''")}'`);
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
      const expected = summary.groups.filter((group) => group.group === null && group.period !== 'not ended');
      expect(rows.map((row) => [row['period'], Number(row['numerator']), Number(row['denominator']), Number(row['unclassified']), Number(row['excluded'])])).toEqual(
        expected.map(({ period, ascof2a }) => [period, ascof2a.numerator, ascof2a.denominator, ascof2a.unclassified, ascof2a.excluded]),
      );
      expect(rows.length).toBeGreaterThan(1);
    } finally {
      connection.closeSync();
      instance.closeSync();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
