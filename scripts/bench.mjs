// `npm run bench`: bundle size of the demo, and <ot-assessment> against a
// hand-written vanilla form of the same 300-item definition, in headless
// Chromium (drafts in memory, and again in the browser's IndexedDB); then
// summarising 10,000 and 100,000 fictional episode records in Node and
// Chromium against JSON.parse of the same data (bench/reporting/).
// It only reports: budgets are printed, never enforced, and the exit code is
// non-zero only when the benchmark itself breaks.
//
//   node scripts/bench.mjs [--only pages|reporting] [--runs N] [--sizes LIST] [--profile]
//
// --only runs one part. --runs N: runs per page (default 7), and timed runs
// of 10,000 records (default 5; 100,000 records take at most 3).
// --sizes: the same comparison at other sizes, items or items:runs, comma-separated
// (default 10,1000:3,3000:1; 10 is the Barthel, 1,000 becomes 1,005 = 15 × 67;
// `none` for the 300-item form alone), then a table per metric by size (bench/sizes.mjs).
// --profile additionally builds non-minified pages (dist/bench-profile) and
// prints otforms' top self-time JS functions (first render, answer-all, last
// answer → total) and a trace split (script/style/layout/paint) of both pages;
// and, for the reporting part, the top self-time functions of summarising
// 10,000 records in Node (dist/bench-node-profile).
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { chromePath, chromeArgs } from '../tests/chromium.mjs';
import { pageAssets } from '../bench/size.mjs';
import { serve } from '../bench/serve.mjs';
import { measure } from '../bench/measure.mjs';
import { benchSizes, parseSizes, reportSizes } from '../bench/sizes.mjs';
import { profileOtforms } from '../bench/profile.mjs';
import { traceBoth } from '../bench/trace.mjs';
import { viteBuild as vite } from '../bench/vite-build.mjs';
import { benchReporting, profileReporting } from '../bench/reporting/run.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const started = performance.now();
const args = process.argv.slice(2);
const runsGiven = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) || undefined : undefined;
const RUNS = runsGiven ?? 7;
const PROFILE = args.includes('--profile');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (ONLY !== undefined && ONLY !== 'pages' && ONLY !== 'reporting') throw new Error('--only pages | reporting');
// 1,000 and 3,000 items take minutes to answer (issue 15), hence fewer runs.
const SIZES = parseSizes(args.includes('--sizes') ? (args[args.indexOf('--sizes') + 1] ?? '') : '10,1000:3,3000:1', RUNS);
// The bench build below (run in this process, with this environment) compiles the otforms page's
// definition of each size ahead of time (bench/compiled/compiled-definitions.mjs).
process.env.BENCH_COMPILED_ITEMS = SIZES.map((size) => size.items).join(',');
const FRAME_MS = 1000 / 60;
// KB = 1,000 bytes as in docs and toolchain.md §7. One assessment is the page most hosts embed: 60 KB.
// The whole episode carries three forms, the episode machine and the summary chart: 100 KB.
const DEMO_PAGES = [
  { html: 'assessment.html', label: 'one assessment (assessment.html)', budget: 60_000 },
  { html: 'index.html', label: 'whole episode (index.html)', budget: 100_000 },
];
const SPEED_BUDGET = 1.5; // × the vanilla floor
// The otforms page keeping its drafts in the browser's default store (IndexedDB), as a host that gives none does.
const STORED = '?store=default';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  if (ONLY !== 'reporting') await benchPages();
  // (c) Summarising outcome records (bench/reporting/run.mjs).
  if (ONLY !== 'pages') await benchReporting({ runs: runsGiven ?? 5 });
  if (PROFILE && ONLY !== 'reporting') await profile();
  if (PROFILE && ONLY !== 'pages') profileReporting();
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function benchPages() {
  // (a) Each budgeted page of the demo built on its own, with the demo's
  // settings, as a host that embeds only that page would bundle it, and what it downloads.
  const sizes = DEMO_PAGES.map((page) => {
    const name = page.html.replace(/\.html$/, '');
    vite(`demo page ${page.html} alone (vite.config.ts)`, [], { OTFORMS_DEMO_PAGE: name });
    const assets = pageAssets(`dist/demo-${name}`, page.html);
    const size = assets.reduce((sum, asset) => sum + asset.gzip, 0);
    console.log(`\ndist/demo-${name}/${page.html} loads (gzip -9; code loaded later by import() is not counted):`);
    for (const asset of assets) console.log(`  ${asset.file.padEnd(44)} ${String(asset.bytes).padStart(8)} B  → ${String(asset.gzip).padStart(7)} B gz`);
    console.log(`  total ${kb(size)} (${size} B) — budget ${kb(page.budget)} (KB = 1,000 bytes)`);
    return { ...page, size };
  });

  // (b) The benchmark pages, with the demo's build settings.
  vite('bench pages (bench/vite.config.ts)', ['--config', 'bench/vite.config.ts']);
  const server = await serve('dist/bench');
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
  // The pages compared; otformsStored is the otforms page with the browser's default draft store (IndexedDB).
  const pages = {
    otforms: () => measure(browser, server.origin, 'otforms'),
    vanilla: () => measure(browser, server.origin, 'vanilla'),
    otformsStored: () => measure(browser, server.origin, 'otforms', { search: STORED }),
  };
  const names = Object.keys(pages);
  const results = Object.fromEntries(names.map((name) => [name, []]));
  try {
    const load = loadavg()[0].toFixed(1);
    // One discarded warm-up of each (disk cache, V8 code cache), then
    // alternating runs, turning which page goes first so none is favoured.
    for (const name of names) await pages[name]();
    for (let round = 0; round < RUNS; round++) {
      const first = round % names.length;
      for (const name of [...names.slice(first), ...names.slice(0, first)]) results[name].push(await pages[name]());
    }
    report(results, sizes, browser.version(), load);
    // (b2) The same comparison at other sizes; the 300-item runs above are that size's row.
    const measured = await benchSizes(browser, server.origin, SIZES);
    reportSizes([...measured, { items: 300, label: '300 (15 × 20)', runs: RUNS, results }].sort((a, b) => a.items - b.items));
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(results, sizes, chromiumVersion, load) {
  const pick = (name, key) => median(results[name].map((run) => run[key]));
  const row = (metric, o, v, budget, meets) => ({ metric, o, v, budget, meets });
  const timed = (metric, key, budgetNote, budgetRatio, page = 'otforms') => {
    const o = pick(page, key);
    const v = pick('vanilla', key);
    const ratio = o / v;
    return { ...row(metric, ms(o), ms(v), budgetNote, budgetRatio ? (ratio <= budgetRatio ? 'yes' : 'NO') : ''), ratio: `${ratio.toFixed(2)}×` };
  };
  const scoreO = pick('otforms', 'scoreDelayMs');
  const scoreV = pick('vanilla', 'scoreDelayMs');
  const frames = (value) => `${(value / FRAME_MS).toFixed(2)} frames`;
  const rows = [
    ...sizes.map(({ label, size, budget }) => ({ ...row(`bundle size, ${label}`, kb(size), '—', `≤ ${kb(budget)}`, size <= budget ? 'yes' : 'NO'), ratio: '—' })),
    timed('first render, painted (double rAF)', 'paintedMs', `≤ ${SPEED_BUDGET}× floor`, SPEED_BUDGET),
    timed('  first render, in DOM (no frame wait)', 'readyMs', 'info', 0),
    timed('  first render, painted, drafts in IndexedDB', 'paintedMs', 'info', 0, 'otformsStored'),
    timed('  first render, in DOM, drafts in IndexedDB', 'readyMs', 'info', 0, 'otformsStored'),
    timed('answer all 300 items → review painted', 'answerAllMs', `≤ ${SPEED_BUDGET}× floor`, SPEED_BUDGET),
    {
      ...row('  per item (answer-all ÷ 300)', ms(pick('otforms', 'answerAllMs') / 300), ms(pick('vanilla', 'answerAllMs') / 300), 'info', ''),
      ratio: '',
    },
    timed('  answer all, drafts in IndexedDB', 'answerAllMs', 'info', 0, 'otformsStored'),
    timed('  review page (last Continue → in DOM)', 'reviewMs', 'info', 0),
    {
      ...row('total shown after last answer', `${ms(scoreO)} = ${frames(scoreO)}`, `${ms(scoreV)} = ${frames(scoreV)}`, '≤ 1 frame (16.7 ms)', scoreO <= FRAME_MS ? 'yes' : 'NO'),
      ratio: scoreV > 0.05 ? `${(scoreO / scoreV).toFixed(0)}×` : '—',
    },
  ];
  const cols = [
    ['metric', 'metric'], ['otforms', 'o'], ['vanilla floor', 'v'], ['ratio (o÷v)', 'ratio'], ['budget', 'budget'], ['within', 'meets'],
  ];
  const widths = cols.map(([title, key]) => Math.max(title.length, ...rows.map((r) => String(r[key]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nmachine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, Chromium ${chromiumVersion} headless`);
  // Other work on the machine skews timings; the load average says how busy it was.
  console.log(`load average: ${load} at the start of the runs, ${loadavg()[0].toFixed(1)} at the end (1-minute)`);
  console.log(`runs: ${RUNS} per page, alternating, fresh page each, after 1 warm-up each; medians shown`);
  console.log('definition: 15 sections × 20 items: 240 scored single-choice (3–4 options), 30 integer, 30 conditional single-choice');
  console.log('  (conditional: required, unscored, enableWhen equals on the item before; hidden at first, shown once it is answered)');
  console.log(line(cols.map(([title]) => title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map(([, key]) => r[key])));
  console.log('notes: "total shown" is from the last click until the expected total is in the DOM: otforms with its');
  console.log('  running-score option, vanilla with its running total. "review page" compares the final page of each.');
  console.log('  "drafts in IndexedDB": the otforms page with the browser\'s default draft store, as a host that gives');
  console.log('  none has it (a new database each run, as on a first visit); every other otforms row keeps drafts in memory.');
  console.log('  Budgets are reported, never enforced.');
  console.log('all runs (ms): first render painted / answer all / total shown');
  for (const name of ['otforms', 'otformsStored', 'vanilla']) {
    const list = (key) => results[name].map((run) => run[key].toFixed(1)).join(' ');
    console.log(`  ${name.padEnd(13)} ${list('paintedMs')}  /  ${list('answerAllMs')}  /  ${list('scoreDelayMs')}`);
  }
}

/** --profile: non-minified pages; CPU profiles of otforms, then traces of both pages (style, layout, paint). */
async function profile() {
  vite('profile pages (BENCH_PROFILE=1)', ['--config', 'bench/vite.config.ts'], { BENCH_PROFILE: '1' });
  const server = await serve('dist/bench-profile');
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
  try {
    await measure(browser, server.origin, 'otforms'); // warm-up
    await profileOtforms(browser, server.origin);
    await traceBoth(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
