// The same comparison at other sizes (scripts/bench.mjs --sizes): the
// Barthel's 10 items, and 15 × N forms of the 300-item form's shape, so a
// reader can see whether otforms' cost per item stays flat as the form grows
// (issue 15: within ±30% from 300 to 3,000 items). It reports; it never fails on a budget.
import { measure } from './measure.mjs';

const SECTION_COUNT = 15; // bench/generate-definition.ts
const BARTHEL_ITEMS = 10; // bench/page-definition.ts
const MIN_PER_SECTION = 18; // generateDefinition's smallest section
const FLAT = 0.3; // ±30% of the per-item cost at 300 items

/**
 * The default runs at a size: answering everything grows with the square of
 * the form (issue 15), so fewer runs as it grows; `size:runs` overrides.
 */
const defaultRuns = (items, runs) => (items <= 300 ? runs : items <= 1005 ? 3 : 1);

/**
 * Parses `--sizes 10,1000:3,3000:1`: item counts, each optionally with its
 * number of runs. 10 is the Barthel; any other count is rounded to 15 × N
 * (1,000 → 1,005, the nearest of that shape). 300 is always measured, by the
 * main comparison (its runs: --runs); listing it changes nothing. `none`: no other size.
 * It only parses: scripts/bench.mjs tells the bench build which sizes to compile.
 *
 * @returns {{ items: number, runs: number, search: string, label: string }[]}
 */
export function parseSizes(text, runs) {
  if (text === 'none' || text === '') return [];
  const sizes = text.split(',').map((part) => {
    const [count, runsText] = part.split(':');
    const asked = Number(count);
    const sizeRuns = runsText === undefined ? undefined : Number(runsText);
    if (!Number.isInteger(asked) || asked <= 0 || (sizeRuns !== undefined && !(Number.isInteger(sizeRuns) && sizeRuns > 0))) {
      throw new Error(`--sizes: "${part}" is not items or items:runs (as 1000:3)`);
    }
    if (asked === BARTHEL_ITEMS) return { items: asked, runs: sizeRuns ?? defaultRuns(asked, runs), search: `?items=${asked}`, label: '10 (Barthel)' };
    const perSection = Math.round(asked / SECTION_COUNT);
    if (perSection < MIN_PER_SECTION) throw new Error(`--sizes: ${asked} items is under ${SECTION_COUNT * MIN_PER_SECTION}, the smallest 15 × N form; 10 is the Barthel`);
    const items = SECTION_COUNT * perSection;
    return { items, runs: sizeRuns ?? defaultRuns(items, runs), search: `?items=${items}`, label: `${items.toLocaleString('en-GB')} (15 × ${perSection})` };
  });
  return sizes.filter((size) => size.items !== 300).sort((a, b) => a.items - b.items);
}

/**
 * Runs each size: alternating pages, swapping which goes first, as the main
 * comparison does. The bundles are already warm from the 300-item runs; a
 * size of 300 items or fewer also gets a discarded warm-up of each page
 * (cheap there; minutes at 3,000 items).
 */
export async function benchSizes(browser, origin, sizes, log = console.log) {
  const measured = [];
  for (const size of sizes) {
    const started = performance.now();
    const form = { items: size.items, search: size.search };
    if (size.items <= 300) for (const name of ['otforms', 'vanilla']) await measure(browser, origin, name, form);
    const results = { otforms: [], vanilla: [] };
    for (let run = 0; run < size.runs; run++) {
      const order = run % 2 ? ['vanilla', 'otforms'] : ['otforms', 'vanilla'];
      for (const name of order) results[name].push(await measure(browser, origin, name, form));
    }
    log(`measured ${size.label} items: ${size.runs} run${size.runs === 1 ? '' : 's'} per page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    measured.push({ ...size, results });
  }
  return measured;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const METRICS = [
  {
    title: 'time to interactive (first render painted, double rAF)',
    value: (run) => run.paintedMs,
    show: (value) => `${value.toFixed(1)} ms`,
    perItem: (value, items) => value / items,
    showPerItem: (value) => `${value.toFixed(3)} ms`,
    unit: 'ms per item of the form',
  },
  {
    title: 'answering everything (first answer → review painted)',
    value: (run) => run.answerAllMs,
    show: (value) => `${value.toFixed(0)} ms`,
    perItem: (value, items) => value / items,
    showPerItem: (value) => `${value.toFixed(2)} ms`,
    unit: 'ms per item',
  },
  {
    // The heap after answering; per item, its growth from the page loaded
    // (before the definition is set), so the code and the page's own objects are not counted.
    title: 'JS heap after answering (after a full GC)',
    value: (run) => run.heapAfter,
    show: (value) => `${(value / 1e6).toFixed(2)} MB`,
    perItemOf: (runs, items) => median(runs.map((run) => (run.heapAfter - run.heapBefore) / items)),
    showPerItem: (value) => `${(value / 1000).toFixed(2)} KB`,
    unit: 'KB of heap growth per item (after − before the definition is set)',
  },
];

/** One table per metric: a row per size, otforms and the floor, their ratio, per item, and otforms' per item against 300. */
export function reportSizes(measured, log = console.log) {
  log('\nby size (medians; ratio = otforms ÷ floor, from the same runs; KB and MB = 1,000 and 1,000,000 bytes):');
  const base = measured.find((size) => size.items === 300);
  for (const metric of METRICS) {
    const perItemOf = (runs, items) => (metric.perItemOf ? metric.perItemOf(runs, items) : metric.perItem(median(runs.map(metric.value)), items));
    const baseO = base ? perItemOf(base.results.otforms, base.items) : undefined;
    const baseV = base ? perItemOf(base.results.vanilla, base.items) : undefined;
    const rows = measured.map(({ items, label, runs, results }) => {
      const o = median(results.otforms.map(metric.value));
      const v = median(results.vanilla.map(metric.value));
      const pO = perItemOf(results.otforms, items);
      const pV = perItemOf(results.vanilla, items);
      const against = (value, at300) => {
        if (items === BARTHEL_ITEMS) return 'other shape';
        if (at300 === undefined || items === 300) return '—';
        const change = value / at300 - 1;
        return `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(0)}%${Math.abs(change) <= FLAT ? '' : ' (not flat)'}`;
      };
      return [label, String(runs), metric.show(o), metric.show(v), `${(o / v).toFixed(2)}×`, metric.showPerItem(pO), metric.showPerItem(pV), against(pO, baseO), against(pV, baseV)];
    });
    const head = ['items', 'runs', 'otforms', 'floor', 'ratio', 'otforms per item', 'floor per item', 'otforms per item vs 300', 'floor per item vs 300'];
    const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
    log(`\n${metric.title}; per item: ${metric.unit}`);
    log(line(head));
    log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) log(line(row));
  }
  log(`\nnotes: "vs 300" is the per-item figure against the 300-item form's; flat means within ±${FLAT * 100}% (issue 15,`);
  log('  300 to 3,000 items). First render shows one section (a fifteenth of the form), so its per-item figure is');
  log('  over the whole form all the same. Both it and the heap growth include one-off costs, so per item they');
  log('  fall as the form grows. Heap is V8\'s used JS heap (CDP Runtime.getHeapUsage) after');
  log('  HeapProfiler.collectGarbage. Budgets are reported, never enforced.');
  log('all runs at other sizes (ms, MB): first render painted / answer all / heap after');
  for (const { label, results } of measured) {
    if (label.startsWith('300')) continue;
    for (const name of ['otforms', 'vanilla']) {
      const list = (pick) => results[name].map(pick).join(' ');
      log(`  ${label.padEnd(18)} ${name.padEnd(8)} ${list((r) => r.paintedMs.toFixed(1))}  /  ${list((r) => r.answerAllMs.toFixed(0))}  /  ${list((r) => (r.heapAfter / 1e6).toFixed(2))}`);
    }
  }
}
