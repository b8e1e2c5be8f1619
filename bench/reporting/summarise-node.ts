import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summariseOutcomes } from '@otforms/reporting';
import { NDJSON_NAME, partCount, partName } from './cohort-files.js';
import { ndjsonRecords } from './ndjson-records.js';
import { checkSummary, timeParseAndSummarise } from './timed-runs.js';

/**
 * The Node measurements of the reporting bench, each in its own child process
 * so that it starts with a clean heap (run.mjs runs it with --expose-gc).
 * Prints one JSON line.
 *
 *   --mode time     JSON.parse of every part, then summariseOutcomes of all
 *                   the records, alternately, --runs times (timed-runs.ts)
 *   --mode stream   memory while summarising the NDJSON file, read and parsed one record at a time
 *   --mode array    memory while summarising one array holding every record
 *   --mode profile  a CPU profile of one summariseOutcomes of all the records,
 *                   written to --out (bench --profile: the per-module build)
 */
const { values } = parseArgs({
  options: { mode: { type: 'string' }, dir: { type: 'string' }, count: { type: 'string' }, runs: { type: 'string', default: '3' }, out: { type: 'string' } },
});
const dir = values.dir ?? '';
const count = Number(values.count);
const gcOrNull = (globalThis as { gc?: () => void }).gc;
if (!gcOrNull) throw new Error('run with node --expose-gc');
const gc = gcOrNull;

const partPath = (index: number): string => join(dir, partName(index));

function time(): Promise<object> {
  const parts = Array.from({ length: partCount(count) }, (_, index) => readFileSync(partPath(index)));
  return timeParseAndSummarise(parts, count, Number(values.runs), gc);
}

/**
 * Live heap (after a full collection) every 10,000 records while the summary
 * runs, and the process's peak resident set size, next to the same figures
 * just before the first record is read.
 */
function memory(source: 'stream' | 'array'): object {
  gc();
  const before = { heap: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss };
  let peakLiveHeap = before.heap;
  const sample = (): void => {
    gc();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  };
  function* sampled(records: Iterable<unknown>): Generator<unknown> {
    let index = 0;
    for (const record of records) {
      if (++index % 10_000 === 0) sample();
      yield record;
    }
  }
  let records: Iterable<unknown>;
  if (source === 'stream') {
    records = ndjsonRecords(join(dir, NDJSON_NAME));
  } else {
    const held: unknown[] = [];
    for (let index = 0; index < partCount(count); index++) {
      for (const record of JSON.parse(readFileSync(partPath(index), 'utf8')) as unknown[]) held.push(record);
    }
    records = held;
    sample();
  }
  checkSummary(summariseOutcomes(sampled(records)), count);
  sample();
  return { before, peakLiveHeap, peakRss: process.resourceUsage().maxRSS * 1024 };
}

/** The profiler runs around the summary only: the parse and a warm-up of the first part come before it. */
async function profile(): Promise<object> {
  if (!values.out) throw new Error('--mode profile needs --out FILE');
  const records: unknown[] = [];
  for (let index = 0; index < partCount(count); index++) {
    for (const record of JSON.parse(readFileSync(partPath(index), 'utf8')) as unknown[]) records.push(record);
  }
  summariseOutcomes(records.slice(0, 10_000));
  gc();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 }); // µs, as bench/profile.mjs
  await session.post('Profiler.start');
  const started = performance.now();
  checkSummary(summariseOutcomes(records), count);
  const summariseMs = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(values.out, JSON.stringify(profile));
  return { summariseMs };
}

const mode = values.mode;
if (mode !== 'time' && mode !== 'stream' && mode !== 'array' && mode !== 'profile') throw new Error('--mode time | stream | array | profile');
if (!Number.isInteger(count) || count < 1 || !dir) throw new Error('--dir FOLDER --count N');
const result = mode === 'time' ? await time() : mode === 'profile' ? await profile() : memory(mode);
console.log(JSON.stringify({ mode, count, ...result }));
