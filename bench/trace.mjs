// Where the renderer's main thread spends a phase, from a Chrome trace: the
// CPU profile lumps style, layout and paint into "(program)", the trace names
// them. Self time per trace event name (its duration minus its children's),
// grouped as DevTools' Performance panel groups them.
import { openBenchPage } from './open-page.mjs';

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

/** Runs `phase` while tracing; returns its result and the trace events. */
export async function traced(browser, page, phase) {
  await browser.startTracing(page, { categories });
  const result = await phase();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
  return { result, events: traceEvents };
}

/** First render and answer-all of both pages, and the last-answer → total window, by trace. */
export async function traceBoth(browser, origin) {
  for (const name of ['otforms', 'vanilla']) {
    const page = await openBenchPage(browser, origin, name);
    const render = await traced(browser, page, () => page.evaluate(() => window.otformsBench.render()));
    const { result, events } = await traced(browser, page, () => page.evaluate(() => window.otformsBench.answerAll()));
    await page.close();
    printTrace(`${name} first render, ${render.result.paintedMs.toFixed(0)} ms traced`, summariseTrace(render.events));
    printTrace(`${name} answer all, ${result.answerAllMs.toFixed(0)} ms traced`, summariseTrace(events));
    printTrace(`${name} last answer → total shown, ${result.scoreDelayMs.toFixed(1)} ms`, summariseTrace(events, ['bench:last-answer', 'bench:total-shown']));
  }
}

const groups = [
  ['scripting', /^(FunctionCall|EventDispatch|RunMicrotasks|EvaluateScript|v8\.|TimerFire|FireAnimationFrame|V8\.|HandlePostMessage|ParseHTML|.*Callback)/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)/],
  ['layout', /^(Layout|UpdateLayout)/],
  ['paint + composite', /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|RasterTask|Decode|Rasterize|IntersectionObserverController)/],
];

/** `between`: optional [mark, mark] (performance.mark names) to keep only what starts between them. */
export function summariseTrace(events, between) {
  const markTs = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'))?.ts;
  const [from, to] = between ? between.map(markTs) : [-Infinity, Infinity];
  if (from === undefined || to === undefined) throw new Error(`trace: marks ${between} not found`);
  // The renderer main thread that did the most work in the window.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key) || !e.dur || e.ts < from || e.ts >= to) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)).push(e);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.reduce((s, e) => s + e.dur, 0) - a.reduce((s, e) => s + e.dur, 0))[0] ?? [];
  // Self time: walk events in start order with a stack of open parents.
  busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of busiest) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const byGroup = new Map();
  for (const [name, us] of self) {
    const group = groups.find(([, pattern]) => pattern.test(name))?.[0] ?? `other (${name})`;
    const key = group.startsWith('other') && us < 2000 ? 'other' : group;
    byGroup.set(key, (byGroup.get(key) ?? 0) + us / 1000);
  }
  const sorted = (map) => [...map.entries()].filter(([, v]) => v > 0.05).sort((a, b) => b[1] - a[1]);
  return { groups: sorted(byGroup), names: sorted(new Map([...self].map(([n, us]) => [n, us / 1000]))) };
}

export function printTrace(title, { groups: g, names }, top = 10) {
  console.log(`\n${title} (renderer main thread, self time):`);
  console.log(`  ${g.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(' · ')}`);
  console.log(`  top events: ${names.slice(0, top).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
}
