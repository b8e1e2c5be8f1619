// Time to interactive of the otforms page with its definition compiled ahead of
// time (as `npm run bench` measures it) and raw (?raw=1, parsed in the page),
// alternating, fresh page each, in one run, against the floor:
//   node bench/first-render.mjs [runs] [items…] [--mount=now,collected,idle]
//   (default: 7 runs; 10 300 1005 3000 items; mounted at once)
// Only the first render is timed (in the DOM, and painted: a double rAF after); nothing is answered.
// --mount: when the definition is set, once the page has loaded (bench/README.md, "When the mount happens"):
//   now: at once; collected: after a forced garbage collection, as measure.mjs reads the heap before it
//   (the main comparison of `npm run bench`); idle: after 300 ms with nothing to do.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../tests/chromium.mjs';
import { openBenchPage } from './open-page.mjs';
import { serve } from './serve.mjs';
import { viteBuild } from './vite-build.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const mountArg = args.find((arg) => arg.startsWith('--mount='));
const [runsText, ...itemsText] = args.filter((arg) => arg !== mountArg);
const RUNS = Number(runsText ?? 7);
const SIZES = itemsText.length ? itemsText.map(Number) : [10, 300, 1005, 3000];
const IDLE_MS = 300;
const MOUNTS = mountArg ? mountArg.slice('--mount='.length).split(',') : ['now'];
const unknownMount = MOUNTS.find((mount) => !['now', 'collected', 'idle'].includes(mount));
if (unknownMount) throw new Error(`first-render: --mount takes now, collected or idle, not "${unknownMount}"`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function firstRender(browser, origin, name, search, mount) {
  const page = await openBenchPage(browser, origin, name, { search });
  try {
    if (mount === 'collected') await (await page.context().newCDPSession(page)).send('HeapProfiler.collectGarbage');
    if (mount === 'idle') await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), IDLE_MS);
    return await page.evaluate(() => window.otformsBench.render());
  } finally {
    await page.close();
  }
}

viteBuild('bench pages (bench/vite.config.ts)', ['--config', 'bench/vite.config.ts'], { BENCH_COMPILED_ITEMS: SIZES.join(',') });
const server = await serve('dist/bench');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const variants = [
  { label: 'otforms, compiled', name: 'otforms', raw: false },
  { label: 'otforms, raw', name: 'otforms', raw: true },
  { label: 'floor', name: 'vanilla', raw: false },
];
try {
  console.log(`load average ${loadavg()[0].toFixed(1)} at the start; ${RUNS} runs per variant, alternating, after one warm-up each`);
  console.log('| items | mounted | metric | compiled | raw | floor | compiled ÷ floor | raw ÷ floor |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const items of SIZES) {
    const search = (raw) => `?items=${items}${raw ? '&raw=1' : ''}`;
    for (const variant of variants) await firstRender(browser, server.origin, variant.name, search(variant.raw), 'now');
    // Every mount's runs alternate with the others', so a change in the machine's load falls on all of them.
    const cases = MOUNTS.flatMap((mount) => variants.map((variant) => ({ mount, variant, times: [] })));
    for (let run = 0; run < RUNS; run++) {
      // Rotate the order, so no case always goes first.
      for (let k = 0; k < cases.length; k++) {
        const { mount, variant, times } = cases[(run + k) % cases.length];
        times.push(await firstRender(browser, server.origin, variant.name, search(variant.raw), mount));
      }
    }
    for (const mount of MOUNTS) {
      for (const [metric, key] of [['painted', 'paintedMs'], ['in DOM', 'readyMs']]) {
        const [compiled, raw, floor] = cases.filter((c) => c.mount === mount).map(({ times }) => median(times.map((run) => run[key])));
        console.log(`| ${items} | ${mount} | ${metric} | ${compiled.toFixed(1)} ms | ${raw.toFixed(1)} ms | ${floor.toFixed(1)} ms | ${(compiled / floor).toFixed(2)}× | ${(raw / floor).toFixed(2)}× |`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
