// Every story of the static Storybook build, opened in Chromium and checked
// with axe (WCAG 2.2 A/AA), as `npm test` runs it after `npm run build-storybook`,
// then opened again in the pseudo-locale to check that every word it shows comes
// from a message catalogue or from the story's own data (tests/story-text.mjs).
// A story fails on an axe violation, a console error, an uncaught page error,
// a render error or a word from nowhere. Writes .test-results/stories.json for scripts/test.mjs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { storyDataStrings, uncataloguedText } from './story-text.mjs';

const root = new URL('..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const resultsFile = join(root, '.test-results', 'stories.json');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const storyTimeout = 20_000;
/** After the story has rendered and its elements have updated: time for work a story starts on render. */
const settleMs = 300;

/** Waits for Storybook to finish the story (render, then its own afterEach), then for the elements to settle. */
async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted' || document.body.classList.contains('sb-show-errordisplay');
    },
    undefined,
    { timeout: storyTimeout },
  );
  return page.evaluate(async (settle) => {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return { error: document.querySelector('#error-message')?.textContent?.trim() || 'Storybook showed its error display' };
    }
    const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
    if (phase !== 'finished') return { error: `the story ended in phase "${phase}"` };
    const root = document.querySelector('#storybook-root');
    if (!root?.firstElementChild) return { error: 'nothing was rendered into #storybook-root' };
    // Custom elements (Lit's `updateComplete`) may still be rendering what the story set.
    const updated = () => Promise.all([...root.querySelectorAll('*')].filter((el) => el.localName.includes('-')).map((el) => el.updateComplete));
    await updated();
    await new Promise((resolve) => setTimeout(resolve, settle));
    await updated();
    return {};
  }, settleMs);
}

function describeViolations(violations) {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '));
      return `${violation.id} [${targets.join(', ')}]`;
    })
    .join('; ');
}

/** Opens a story with the given Storybook globals, waits for it, runs `check` on it, and returns every problem seen. */
async function openStory(context, origin, id, globals, check) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().split('\n')[0]}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    // a11y.manual: the addon's own axe run (the a11y panel's) would only repeat this one.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${['a11y.manual:!true', ...globals].join(';')}`, { timeout: storyTimeout });
    const { error } = await waitForStory(page);
    if (error) return [...problems, `render: ${error}`];
    problems.push(...(await check(page)));
    // Stories keep drafts in their own MemoryDraftStorage; anything here would leak into the next story.
    const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
    if (stored.length) problems.push(`wrote to web storage: ${stored.join(', ')}`);
    return problems;
  } catch (error) {
    return [...problems, error instanceof Error ? error.message.split('\n')[0] : String(error)];
  } finally {
    await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => {});
    await page.close();
  }
}

async function axeProblems(page) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(
    (values) => window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values } }).then((r) => r.violations),
    wcagTags,
  );
  return violations.length ? [`axe: ${describeViolations(violations)}`] : [];
}

/** In the pseudo-locale every catalogue word is marked: what is left unmarked and is not the story's data was written into a template. */
function textProblems(dataStrings) {
  return async (page) => (await page.evaluate(uncataloguedText, dataStrings)).map((problem) => `uncatalogued ${problem}`);
}

/** Both passes at once: they share nothing but the HTTP cache, and the run's time is mostly waiting on the browser. */
async function checkStory(context, origin, id, dataStrings) {
  const passes = await Promise.all([
    openStory(context, origin, id, [], axeProblems),
    openStory(context, origin, id, ['locale:qps-ploc'], textProblems(dataStrings)),
  ]);
  return passes.flat();
}

async function main() {
  const start = performance.now();
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  const ids = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
  let passed = 0;
  let failed = 0;
  if (ids.length === 0) {
    console.error('✗ no stories found in storybook-static/index.json');
    failed = 1;
  } else {
    // Unchanged during a run, so every page after the first loads Storybook from the cache.
    const server = await serveStatic(staticDir, { cacheControl: 'max-age=600' });
    const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    try {
      // One context (so one HTTP cache) and a fresh page per story.
      const context = await browser.newContext();
      const dataStrings = await storyDataStrings(root);
      for (const id of ids) {
        const problems = await checkStory(context, server.origin, id, dataStrings);
        if (problems.length) {
          failed += 1;
          console.log(`✗ ${id}: ${problems.join(' | ')}`);
        } else {
          passed += 1;
          console.log(`✓ ${id}`);
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  await mkdir(join(root, '.test-results'), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify({ passed, failed, skipped: 0 })}\n`);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`stories (axe ${wcagTags.join(', ')}; every word from a catalogue or the story's data): ${passed} passed, ${failed} failed in ${seconds} s`);
  process.exitCode = failed ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error);
  // A crash before any story ran must still read as a failure, never as "0 failed".
  await mkdir(join(root, '.test-results'), { recursive: true }).catch(() => {});
  await writeFile(resultsFile, `${JSON.stringify({ passed: 0, failed: 1, skipped: 0 })}\n`).catch(() => {});
  process.exitCode = 1;
});
