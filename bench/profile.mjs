// CPU profiles of one phase of the otforms page, through CDP's sampling
// Profiler, summarised as self time per function and per source file. The
// profile build (BENCH_PROFILE=1) keeps function names and one output file per
// module, so a URL such as assets/packages/core/src/answers/validate-answers-…js
// names the source file to look at.
import { openBenchPage } from './open-page.mjs';

/**
 * CPU profiles of otforms: the whole first render, the whole answer-all, and
 * (via the driver's console.profile) the window from the last answer to the
 * total being shown.
 */
export async function profileOtforms(browser, origin) {
  const page = await openBenchPage(browser, origin, 'otforms', { profileTotal: true });
  const cdp = await page.context().newCDPSession(page);
  const consoleProfile = new Promise((resolve) => cdp.on('Profiler.consoleProfileFinished', ({ profile }) => resolve(profile)));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // µs: fine enough for 1 ms functions
  const profiled = async (phase) => {
    await cdp.send('Profiler.start');
    const result = await page.evaluate(phase);
    return { result, profile: (await cdp.send('Profiler.stop')).profile };
  };
  const render = await profiled(() => window.otformsBench.render());
  const answers = await profiled(() => window.otformsBench.answerAll());
  const total = await consoleProfile;
  await page.close();
  console.log(`
profiled run (non-minified, profiler on): first render ${render.result.paintedMs.toFixed(1)} ms, answer all ${answers.result.answerAllMs.toFixed(1)} ms, total shown ${answers.result.scoreDelayMs.toFixed(1)} ms`);
  printSummary('otforms first render, JS self time', summarise(render.profile));
  printSummary('otforms answer all, JS self time', summarise(answers.profile), 20);
  printSummary('otforms last answer → total shown, JS self time', summarise(total));
}

// A page's http://127.0.0.1:…/assets/… or, from the reporting bench's Node profile, file://…/dist/bench-node-profile/….
const shortUrl = (url) =>
  url.replace(/^https?:\/\/[^/]+\/(assets\/)?|^file:\/\/.*\/dist\/bench-node-profile\//, '').replace(/-[\w-]{8}\.js$/, '.js');
const packageOf = (file) =>
  file === '' ? '(native: built-ins and GC; in a page also DOM, style, layout)' : (/^(packages\/[^/]+|node_modules\/(@[^/]+\/)?[^/]+|bench)/.exec(file)?.[0] ?? file);

/** Self time by function and by file, in ms, busiest first. `(idle)` and `(root)` are left out. */
export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  // The time of sample i is the gap to the next sample (as DevTools counts it).
  profile.samples.forEach((id, i) => {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(root)') return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const file = shortUrl(callFrame.url);
    const name = `${callFrame.functionName || '(anonymous)'}${file ? `  ${file}:${callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const pkg = packageOf(file);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    total += ms;
  });
  const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return { total, functions: sorted(byFunction), packages: sorted(byPackage) };
}

export function printSummary(title, { total, functions, packages }, top = 15) {
  const row = ([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`;
  console.log(`\n${title}: ${total.toFixed(0)} ms of busy samples`);
  console.log('  self time by package:');
  packages.slice(0, 8).forEach((entry) => console.log(row(entry)));
  console.log(`  top ${top} functions by self time:`);
  functions.slice(0, top).forEach((entry) => console.log(row(entry)));
}
