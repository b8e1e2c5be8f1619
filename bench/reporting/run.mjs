// The reporting part of `npm run bench` (issue 11): summarising 10,000 and
// 100,000 fictional episode records with `summariseOutcomes`, in Node and in
// headless Chromium (on the main thread, and off it as <ot-outcome-report>
// does), each as a ratio to `JSON.parse` of the same data timed in the same
// run; and Node's memory while summarising a stream of records against
// holding them all in an array. It reports; the aim is never enforced.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from '../../tests/chromium.mjs';
import { openBenchPage } from '../open-page.mjs';
import { printSummary, summarise } from '../profile.mjs';
import { serve } from '../serve.mjs';
import { viteBuild } from '../vite-build.mjs';
import { cohorts } from './cohort-cache.mjs';

const COUNTS = [10_000, 100_000];
const SEED = 1;
const AIM = 3; // × JSON.parse of the same data
const MAX_RUNS_100K = 3; // a 100,000-record run takes tens of seconds

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const int = (value) => Math.round(value).toLocaleString('en-GB');
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const runsFor = (count, runs) => (count > 10_000 ? Math.min(runs, MAX_RUNS_100K) : runs);

/** One measurement of summarise-node.js (dist/bench-node, or the per-module profile build) in a fresh Node process; its JSON line. */
function nodeChild(args, script = 'dist/bench-node/summarise-node.js') {
  const run = spawnSync(process.execPath, ['--expose-gc', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`summarise-node.js ${args.join(' ')} failed (exit ${run.status}${run.signal ? `, ${run.signal}` : ''})`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/** @param {{ runs: number }} options runs: timed runs at 10,000 records (at most 3 at 100,000) */
export async function benchReporting({ runs }) {
  console.log('\n— summarising outcome records (issue 11) —');
  const load = loadavg()[0].toFixed(1);
  for (const entry of ['generate-cohort', 'summarise-node']) {
    viteBuild(`dist/bench-node/${entry}.js`, ['--config', 'bench/reporting/vite.node.config.ts'], { BENCH_NODE_ENTRY: entry });
  }
  viteBuild('reporting page (bench/vite.config.ts, BENCH_PAGES=reporting)', ['--config', 'bench/vite.config.ts'], { BENCH_PAGES: 'reporting' });

  const cohortList = cohorts(COUNTS, SEED);
  for (const { count, jsonBytes, generatedMs, cached, dir } of cohortList) {
    const made = `generated and written in ${(generatedMs / 1000).toFixed(1)} s`;
    console.log(`cohort: ${int(count)} fictional episodes, seed ${SEED}, ${mb(jsonBytes)} of JSON — ${cached ? `cached (${made} when made)` : made} (.bench-cache/reporting/${basename(dir)})`);
  }

  const rows = [];
  for (const { count, dir } of cohortList) {
    const result = nodeChild(['--mode', 'time', '--dir', dir, '--count', String(count), '--runs', String(runsFor(count, runs))]);
    rows.push({ where: 'Node', count, ...result });
  }
  const memory = [];
  for (const mode of ['stream', 'array']) {
    for (const { count, dir } of cohortList) memory.push(nodeChild(['--mode', mode, '--dir', dir, '--count', String(count)]));
  }

  const mounts = Object.fromEntries(cohortList.map(({ count, dir }) => [`/cohorts/${count}/`, dir]));
  const server = await serve('dist/bench-reporting', mounts);
  // --expose-gc: the page collects the last run's garbage before each timed step, as Node does.
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...chromeArgs, '--js-flags=--expose-gc'], headless: true });
  let chromiumVersion;
  try {
    chromiumVersion = browser.version();
    for (const how of ['main-thread', 'worker']) {
      for (const { count } of cohortList) {
        // A fresh page (and context) for each: no heap or JIT state carried over.
        const page = await openBenchPage(browser, server.origin, 'reporting', { global: 'otformsReportingBench' });
        try {
          const options = { base: `/cohorts/${count}/`, count, runs: runsFor(count, runs), how };
          const result = await page.evaluate((o) => window.otformsReportingBench.run(o), options);
          rows.push({ where: how === 'worker' ? 'Chromium, worker' : 'Chromium, main thread', count, ...result });
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report(rows, memory, chromiumVersion, load);
}

function report(rows, memory, chromiumVersion, load) {
  const table = rows.map(({ where, count, parseMs, summariseMs, jsonBytes }) => {
    const parse = median(parseMs);
    const summarise = median(summariseMs);
    // Each run's summary against its own parse, a moment earlier: load that comes and goes skews both alike.
    const ratio = median(summariseMs.map((ms, run) => ms / parseMs[run]));
    return {
      where,
      records: int(count),
      json: mb(jsonBytes),
      parse: `${int(parse)} ms`,
      summarise: `${int(summarise)} ms`,
      perRecord: `${((summarise / count) * 1000).toFixed(0)} µs`,
      ratio: `${ratio.toFixed(2)}×`,
      aim: `≤ ${AIM}×`,
      within: ratio <= AIM ? 'yes' : 'NO',
      runs: parseMs.length,
    };
  });
  const cols = [
    ['where', 'where'], ['records', 'records'], ['JSON', 'json'], ['JSON.parse (floor)', 'parse'], ['summary', 'summarise'],
    ['per record', 'perRecord'], ['ratio', 'ratio'], ['aim', 'aim'], ['within', 'within'], ['runs', 'runs'],
  ];
  const widths = cols.map(([title, key]) => Math.max(title.length, ...table.map((r) => String(r[key]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nsummarising fictional episode records: medians, Node ${process.version} and Chromium ${chromiumVersion} headless`);
  // Other work on the machine skews timings; the load average says how busy it was.
  console.log(`load average: ${load} at the start of this part, ${loadavg()[0].toFixed(1)} at the end (1-minute)`);
  console.log(line(cols.map(([title]) => title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of table) console.log(line(cols.map(([, key]) => r[key])));
  const notes = [
    'notes: each run parses every part of the cohort, then summarises all its records, after one untimed warm-up',
    '  of 10,000 records and with a full garbage collection before each timed step. The ratio is the median of',
    "  each run's summary ÷ its own parse, so it need not equal the medians' quotient. The floor is JSON.parse of",
    '  JSON arrays of 10,000 records: the 100,000 cohort (880 MB) is longer than a V8 string can be, so no host',
    '  could parse it as one text. The aim is reported, never enforced.',
    '  zod: eval is allowed in both (no jitless setting, no CSP), but core and reporting use zod/mini, whose objects',
    '  never compile a parser with new Function: the CDN file (jitless) and a strict CSP run the same code.',
    '  "Chromium, worker": summariseOffMainThread(records, { worker: true }) (packages/elements), as <ot-outcome-report>',
    "  runs 5,000 records or more, timed until its promise settles; the floor is the same page's JSON.parse.",
  ];
  for (const note of notes) console.log(note);
  for (const { where, count, longestTaskMs, longTasks, workerLoaded, copyMs, batches } of rows.filter((row) => row.longestTaskMs !== undefined)) {
    const tasks = longTasks ? `${longTasks} main-thread task(s) of 50 ms or more, the longest ${int(longestTaskMs)} ms` : 'no main-thread task of 50 ms or more';
    console.log(`  ${where} ${int(count)}: ${tasks} (every call, warm-up included); worker script loaded: ${workerLoaded ? 'yes' : 'NO (ran on the main thread in slices)'};`);
    console.log(`    main thread in postMessage (copying the records to the worker): ${int(median(copyMs))} ms in ${int(median(batches))} batches (medians of the timed runs)`);
  }
  console.log('all runs (ms): JSON.parse / summary');
  for (const { where, count, parseMs, summariseMs } of rows) {
    const list = (values) => values.map((value) => int(value)).join(' ');
    console.log(`  ${`${where} ${int(count)}`.padEnd(30)} ${list(parseMs)}  /  ${list(summariseMs)}`);
  }
  console.log('memory in Node while summarising (live heap: after a full collection every 10,000 records; RSS: peak of the process):');
  for (const { mode, count, before, peakLiveHeap, peakRss } of memory) {
    const how = mode === 'stream' ? 'streamed from NDJSON, one record at a time' : 'held in one array (parsed first)';
    console.log(
      `  ${`${int(count)} records`.padEnd(16)} ${how.padEnd(43)} live heap ${mb(before.heap)} → peak ${mb(peakLiveHeap).padStart(9)} (+${mb(peakLiveHeap - before.heap)}); peak RSS ${mb(peakRss)}`,
    );
  }
}

/**
 * bench --profile: self time by function and by packages/ file of one
 * summariseOutcomes of the 10,000-record cohort in Node, from a build that
 * keeps one file per module. Run after benchReporting, whose cohort it reuses.
 */
export function profileReporting() {
  viteBuild('dist/bench-node-profile (one file per module)', ['--config', 'bench/reporting/vite.node.config.ts'], {
    BENCH_NODE_ENTRY: 'summarise-node',
    BENCH_PROFILE: '1',
  });
  const [{ count, dir }] = cohorts([COUNTS[0]], SEED);
  const out = 'dist/bench-node-profile/summarise.cpuprofile';
  const { summariseMs } = nodeChild(['--mode', 'profile', '--dir', dir, '--count', String(count), '--out', out], 'dist/bench-node-profile/summarise-node.js');
  console.log(`\nprofiled summariseOutcomes of ${int(count)} records in Node (not minified, profiler on): ${int(summariseMs)} ms`);
  printSummary(`Node summariseOutcomes, ${int(count)} records, JS self time`, summarise(JSON.parse(readFileSync(out, 'utf8'))), 25);
}
