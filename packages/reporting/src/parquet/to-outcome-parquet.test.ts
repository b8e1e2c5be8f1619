import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { FOLLOW_UP_STATUSES, type EpisodeRecord } from '@otforms/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACT_COLUMNS, columnSafe, flattenRow } from '../extract/extract-columns.js';
import { outcomeExtract } from '../extract/outcome-extract.js';
import type { OutcomeFigures, OutcomeSummary } from '../outcome-summary-schema.js';
import { summariseOutcomes } from '../summarise/outcome-summariser.js';
import { fictionalEpisodes } from '../test-support/fictional-episodes.js';
import { PARQUET_COLUMN_TYPES } from './extract-parquet.js';
import { toOutcomeParquet, type OutcomeParquet } from './to-outcome-parquet.js';

/**
 * The worked example for docs/outcome-evidence.md: ASCOF 2A (2023/24) by
 * financial quarter of the episode's end, straight from the Parquet file.
 * Copy it as it is (with the file's name); the test below runs this exact text
 * and checks it against `summariseOutcomes(records, { period: 'quarter' })`.
 * Shifting the end date back 3 months makes April the first month of the year,
 * so year() and quarter() give the financial year and quarter.
 */
const ASCOF_2A_BY_QUARTER = `
SELECT
  printf('%d-%02d Q%d', year(endedOn - INTERVAL 3 MONTH), (year(endedOn - INTERVAL 3 MONTH) + 1) % 100, quarter(endedOn - INTERVAL 3 MONTH)) AS period,
  count(*) FILTER (WHERE ascof2aPlacement = 'numerator') AS numerator,
  count(*) FILTER (WHERE ascof2aPlacement IN ('numerator', 'denominator')) AS denominator,
  numerator / denominator AS proportion,
  count(*) FILTER (WHERE ascof2aPlacement = 'unclassified') AS unclassified,
  count(*) FILTER (WHERE ascof2aPlacement = 'excluded') AS excluded
FROM read_parquet('outcomes.parquet')
WHERE ascof2aPlacement IS NOT NULL
GROUP BY period
ORDER BY period`;

type Figure = string | number | null | boolean | Figure[];
type Row = Record<string, Figure>;

/** A copy of a generated episode with two completed major adaptations (the generator gives at most one), so a list of more than one value is written too. */
function withTwoAdaptations(records: EpisodeRecord[]): EpisodeRecord {
  const source = records.find(({ episode }) => episode.majorAdaptations.some((adaptation) => adaptation.completedOn));
  if (!source) throw new Error('The cohort has no completed major adaptation to copy');
  const copy = structuredClone(source);
  const [first] = copy.episode.majorAdaptations.filter((adaptation) => adaptation.completedOn);
  copy.recordId = '00000000-0000-4000-8000-00000000a2a2';
  const later = new Date(Date.parse(first!.completedOn!) + 30 * 86_400_000).toISOString().slice(0, 10);
  copy.episode.majorAdaptations = [first!, { ...first!, description: 'Fictional stair lift', completedOn: later }];
  return copy;
}

// The cohort, with two records that cannot be read: one at the start, one in the middle.
const generated = fictionalEpisodes({ count: 2000, seed: 7 });
const episodes = [...generated, withTwoAdaptations(generated)];
const brokenEpisode = { kind: 'episode', recordVersion: 3, recordId: 'fictional-broken-episode' };
const inputs: unknown[] = ['not a record', ...episodes.slice(0, 1000), brokenEpisode, ...episodes.slice(1000)];

let directory: string;
let file: string;
let parquet: OutcomeParquet;
let summary: OutcomeSummary;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

/** Rows of a query, with DuckDB's BIGINT and HUGEINT counts as plain numbers. */
async function query(sql: string): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, typeof value === 'bigint' ? Number(value) : (value as Figure)])));
}

async function one(sql: string): Promise<Row> {
  const [row, ...rest] = await query(sql);
  expect(rest).toHaveLength(0);
  return row!;
}

/** Floats agree to 1e-9 (relative for sums above 1): SQL and the summary add in different orders. */
function expectClose(actual: Figure | undefined, expected: number | null): void {
  if (expected === null) return void expect(actual).toBeNull();
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const sqlPath = (path: string) => path.replaceAll("'", "''");

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'otforms-parquet-'));
  file = join(directory, 'outcomes.parquet');
  parquet = toOutcomeParquet(inputs);
  writeFileSync(file, parquet.bytes);
  summary = summariseOutcomes(inputs, { period: 'quarter' });
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run(`CREATE VIEW episodes AS SELECT * FROM read_parquet('${sqlPath(file)}')`);
}, 120_000);

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('toOutcomeParquet, read back with DuckDB', () => {
  it('writes one row per episode and lists the records it could not read', async () => {
    expect(summary.counts.recordsRead).toBe(episodes.length); // every readable record is an episode, so the file holds all the summary saw
    expect(parquet.rowCount).toBe(episodes.length);
    expect(await one('SELECT count(*) AS rows, count(DISTINCT recordId) AS ids, count(endedOn) AS ended FROM episodes')).toEqual({
      rows: summary.counts.episodes,
      ids: episodes.length,
      ended: summary.counts.episodesEnded,
    });
    expect(parquet.unreadable.map(({ position, recordId }) => ({ position, recordId }))).toEqual([
      { position: 0, recordId: null },
      { position: 1001, recordId: 'fictional-broken-episode' },
    ]);
    expect(parquet.unreadable.every(({ reasons }) => reasons.length > 0)).toBe(true);
    expect(parquet.unreadable).toEqual(summary.unreadable);
  });

  it('has the columns `columns` names, in order, with their DuckDB types', async () => {
    const described = await query(`DESCRIBE SELECT * FROM read_parquet('${sqlPath(file)}')`);
    expect(described.map(({ column_name, column_type }) => [column_name, column_type])).toEqual(parquet.columns.map(({ name, type }) => [name, PARQUET_COLUMN_TYPES[type]]));
    expect(parquet.columns.slice(0, EXTRACT_COLUMNS.length)).toEqual(EXTRACT_COLUMNS);
    expect(parquet.columns.map(({ name }) => name)).toEqual(expect.arrayContaining(['barthel_cw20_baseline', 'barthel_cw20_discharge']));
  });

  it('carries the column descriptions and the unreadable count in its metadata', async () => {
    const metadata = await query(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${sqlPath(file)}')`);
    const byKey = Object.fromEntries(metadata.map(({ key, value }) => [key as string, value as string]));
    expect(JSON.parse(byKey['otforms.columns']!)).toEqual(parquet.columns);
    expect(byKey['otforms.unreadable']).toBe('2');
  });

  it('holds every value of every row as the extract has it, nulls as nulls', async () => {
    const read = (await connection.runAndReadAll('SELECT * FROM episodes')).getRowObjectsJson();
    const byId = new Map(read.map((row) => [row['recordId'] as string, row]));
    const { rows } = outcomeExtract(inputs);
    for (const row of rows) {
      const flat = flattenRow(row);
      expect(byId.get(row.recordId)).toEqual(Object.fromEntries(parquet.columns.map(({ name }) => [name, flat[name] ?? null])));
    }
    // The cohort exercises the nulls and the lists, so the check above means something.
    expect(rows.some((row) => row.endedOn === null)).toBe(true);
    expect(rows.some((row) => row.majorAdaptationDaysToComplete.length > 1)).toBe(true);
    expect(rows.some((row) => row.majorAdaptationDaysToComplete.length === 0)).toBe(true);
  });

  it('gives the ASCOF 2A figures of summariseOutcomes, by quarter and in all', async () => {
    const byQuarter = await query(ASCOF_2A_BY_QUARTER.replace("'outcomes.parquet'", `'${sqlPath(file)}'`));
    const quarters = summary.groups.filter((group) => group.group === null && group.period !== null && group.period !== 'not ended');
    expect(byQuarter.map(({ period }) => period)).toEqual(quarters.map(({ period }) => period));
    expect(quarters.length).toBeGreaterThanOrEqual(4);
    for (const [at, { ascof2a }] of quarters.entries()) {
      const { proportion, ...counts } = byQuarter[at]!;
      delete counts['period'];
      expect(counts).toEqual({ numerator: ascof2a.numerator, denominator: ascof2a.denominator, unclassified: ascof2a.unclassified, excluded: ascof2a.excluded });
      expectClose(proportion, ascof2a.proportion);
    }
    const all = await one(`
      SELECT count(*) FILTER (WHERE ascof2aPlacement = 'numerator') AS numerator,
             count(*) FILTER (WHERE ascof2aPlacement IN ('numerator', 'denominator')) AS denominator,
             count(*) FILTER (WHERE ascof2aPlacement = 'unclassified') AS unclassified,
             count(*) FILTER (WHERE ascof2aPlacement = 'excluded') AS excluded
      FROM episodes`);
    const { numerator, denominator, unclassified, excluded } = summary.ascof2a;
    expect(all).toEqual({ numerator, denominator, unclassified, excluded });
    expect(denominator).toBeGreaterThan(0);
    expect(unclassified + excluded).toBeGreaterThan(0);
  });

  it('gives the care-hours outcomes and the summed hours', async () => {
    const hours = await one(`
      SELECT count(*) FILTER (WHERE careHoursChange = 'removed') AS removed,
             count(*) FILTER (WHERE careHoursChange = 'reduced') AS reduced,
             count(*) FILTER (WHERE careHoursChange = 'maintained') AS maintained,
             count(*) FILTER (WHERE careHoursChange = 'increased') AS increased,
             count(*) FILTER (WHERE careHoursChange IS NULL) AS notKnown,
             coalesce(sum(careHoursAtStart) FILTER (WHERE careHoursChange IS NOT NULL), 0) AS hoursPerWeekAtStart,
             coalesce(sum(careHoursAtEnd) FILTER (WHERE careHoursChange IS NOT NULL), 0) AS hoursPerWeekAtEnd
      FROM episodes WHERE endedOn IS NOT NULL`);
    const { hoursPerWeekAtStart, hoursPerWeekAtEnd, ...counts } = summary.careHours;
    expect({ ...hours, hoursPerWeekAtStart: undefined, hoursPerWeekAtEnd: undefined }).toEqual({ ...counts, hoursPerWeekAtStart: undefined, hoursPerWeekAtEnd: undefined });
    expectClose(hours['hoursPerWeekAtStart'], hoursPerWeekAtStart);
    expectClose(hours['hoursPerWeekAtEnd'], hoursPerWeekAtEnd);
    expect(counts.removed * counts.reduced * counts.maintained * counts.increased * counts.notKnown).toBeGreaterThan(0);
  });

  it('gives each instrument’s paired before and after', async () => {
    expect(Object.keys(summary.instruments)).toContain('barthel-cw20');
    for (const [id, outcome] of Object.entries(summary.instruments)) {
      const [baseline, discharge] = [`${columnSafe(id)}_baseline`, `${columnSafe(id)}_discharge`];
      const paired = await one(`
        SELECT count(*) AS n, avg(${baseline}) AS baselineMean, avg(${discharge}) AS dischargeMean, avg(${discharge} - ${baseline}) AS meanChange,
               count(*) FILTER (WHERE ${discharge} > ${baseline}) AS increased,
               count(*) FILTER (WHERE ${discharge} = ${baseline}) AS same,
               count(*) FILTER (WHERE ${discharge} < ${baseline}) AS decreased
        FROM episodes WHERE ${baseline} IS NOT NULL AND ${discharge} IS NOT NULL`);
      expect(paired['n'], id).toBe(outcome.n);
      expectClose(paired['baselineMean'], outcome.baselineMean);
      expectClose(paired['dischargeMean'], outcome.dischargeMean);
      expectClose(paired['meanChange'], outcome.meanChange);
      expect(paired['same'], id).toBe(outcome.same);
      const [improved, worse] = outcome.betterWhen === 'lower' ? [paired['decreased'], paired['increased']] : [paired['increased'], paired['decreased']];
      expect({ improved, worse }, id).toEqual({ improved: outcome.improved, worse: outcome.worse });
    }
    expect(summary.instruments['barthel-cw20']!.n).toBeGreaterThan(100);
  });

  it('gives the goal attainment figures', async () => {
    const goals = await one(`
      SELECT count(*) AS n, avg(gasBaselineTScore) AS meanBaselineTScore, avg(gasLatestTScore) AS meanLatestTScore,
             avg(gasLatestTScore - gasBaselineTScore) AS meanChange,
             count(*) FILTER (WHERE gasLatestTScore >= 50) AS atOrAboveExpected
      FROM episodes WHERE gasBaselineTScore IS NOT NULL AND gasLatestTScore IS NOT NULL`);
    expect(goals['n']).toBe(summary.goals.n);
    expect(goals['atOrAboveExpected']).toBe(summary.goals.atOrAboveExpected);
    expectClose(goals['meanBaselineTScore'], summary.goals.meanBaselineTScore);
    expectClose(goals['meanLatestTScore'], summary.goals.meanLatestTScore);
    expectClose(goals['meanChange'], summary.goals.meanChange);
    expect(summary.goals.n).toBeGreaterThan(100);
  });

  it('gives the follow-up counts by kind and status', async () => {
    const found = await query(`
      SELECT '84-day' AS kind, followUp84Status AS status, count(*) AS episodes FROM episodes WHERE endedOn IS NOT NULL AND followUp84Status IS NOT NULL GROUP BY ALL
      UNION ALL
      SELECT '91-day', followUp91Status, count(*) FROM episodes WHERE endedOn IS NOT NULL AND followUp91Status IS NOT NULL GROUP BY ALL`);
    const counted = (kind: string, status: string) => found.find((row) => row['kind'] === kind && row['status'] === status)?.['episodes'] ?? 0;
    const expected: OutcomeFigures['followUp'] = summary.followUp;
    for (const kind of ['84-day', '91-day'] as const) {
      for (const status of FOLLOW_UP_STATUSES) expect(counted(kind, status), `${kind} ${status}`).toBe(expected[kind][status]);
    }
    expect(found.every(({ status }) => (FOLLOW_UP_STATUSES as readonly unknown[]).includes(status))).toBe(true);
    expect(found.length).toBeGreaterThan(2);
  });

  it('gives the adaptation counts and the median days to complete a major one', async () => {
    const counts = await one('SELECT sum(minorAdaptations) AS minor, sum(majorAdaptations) AS major FROM episodes');
    const days = await one('SELECT count(days) AS majorCompleted, median(days) AS medianDaysToComplete FROM (SELECT unnest(majorAdaptationDaysToComplete) AS days FROM episodes)');
    expect({ ...counts, majorCompleted: days['majorCompleted'] }).toEqual({ minor: summary.adaptations.minor, major: summary.adaptations.major, majorCompleted: summary.adaptations.majorCompleted });
    expectClose(days['medianDaysToComplete'], summary.adaptations.medianDaysToComplete);
    expect(summary.adaptations.majorCompleted).toBeGreaterThan(10);
  });
});

describe('toOutcomeParquet on its own', () => {
  it('writes a file with the fixed columns and no rows when there are no episodes', async () => {
    const empty = toOutcomeParquet([]);
    expect(empty).toMatchObject({ rowCount: 0, columns: EXTRACT_COLUMNS, unreadable: [] });
    const path = join(directory, 'empty.parquet');
    writeFileSync(path, empty.bytes);
    expect(await one(`SELECT count(*) AS rows FROM read_parquet('${sqlPath(path)}')`)).toEqual({ rows: 0 });
    const described = await query(`DESCRIBE SELECT * FROM read_parquet('${sqlPath(path)}')`);
    expect(described.map(({ column_type }) => column_type)).toEqual(EXTRACT_COLUMNS.map(({ type }) => PARQUET_COLUMN_TYPES[type]));
  });

  it('keeps unreadable records in the result when none can be read', () => {
    const result = toOutcomeParquet([{ kind: 'episode' }, 42]);
    expect(result.rowCount).toBe(0);
    expect(result.unreadable.map(({ position }) => position)).toEqual([0, 1]);
    expect(result.bytes.byteLength).toBeGreaterThan(0);
  });

  it('writes the same bytes for the same records', () => {
    const some = episodes.slice(0, 50);
    expect(toOutcomeParquet(some).bytes).toEqual(toOutcomeParquet(some).bytes);
  });
});
