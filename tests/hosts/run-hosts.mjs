// The host apps: each folder here is a stock starter app with its own
// lockfile that installs the packed tarballs from .packed/ (never workspace
// links), as a vendor would. For each host this copies the app outside the
// repository (tests/packages/packed-project.mjs says why), runs `npm ci` there, then the
// commands its host.json lists (its own type check and build), then:
// - a browser host is served on 127.0.0.1 and driven in headless Chromium
//   through a whole Barthel Index; the page must show that it received
//   `ot-outcome` and acknowledged it (the form's outbox is empty and the form
//   no longer says "Not sent yet"), and its native <form> must POST the record
//   in its FormData;
//   then each further page its host.json lists in `pages` must show what it
//   says (checkPage below);
// - a Node host's commands are its test: they must exit 0.
// A host's copy is deleted when it passes and kept (its path printed) when it
// fails. Run `node tests/packages/pack.mjs` first (npm test does). Writes
// .test-results/hosts.json; `node tests/hosts/run-hosts.mjs NAME…` runs some.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { validateOutcomeRecord } from '@otforms/core';
import { chromeArgs, chromePath } from '../chromium.mjs';
import { serveStatic } from '../static-server.mjs';
import { completeBarthel } from './complete-barthel.mjs';
import { repoRoot } from '../packages/pack.mjs';
import { copyPackedProject, forgetPackedIntegrity } from '../packages/packed-project.mjs';

const hostsDir = new URL('.', import.meta.url).pathname;

/** How long the native form may take to POST once the host's Save button is pressed. */
const submitTimeout = 15_000;
const wanted = process.argv.slice(2);
const hosts = readdirSync(hostsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(hostsDir, entry.name, 'host.json')))
  .map((entry) => entry.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name));

/** Runs one command in a host's folder with its output shown; throws when it fails. */
function run(dir, [command, ...args]) {
  console.log(`  $ ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { cwd: dir, stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' } });
  if (error) throw error;
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${status}`);
}

/** The body of the first POST /submit, or a clear error if the form never posts. */
function firstSubmission() {
  let receive;
  const body = new Promise((resolve) => (receive = resolve));
  const onPost = (path, text) => {
    if (path !== '/submit') return undefined;
    receive(text);
    return '<!doctype html><title>Saved</title><p>Saved</p>';
  };
  const within = async (ms) => {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the form did not POST to /submit within ${ms / 1000} s of pressing Save assessment`)), ms);
    });
    try {
      return await Promise.race([body, late]);
    } finally {
      clearTimeout(timer);
    }
  };
  return { onPost, within };
}

/** A new page whose errors, console errors and CSP violations are collected in `problems`. */
async function watchedPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  // Injected by the browser itself, so a strict CSP on the page does not block it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  return { page, problems };
}

/**
 * Waits until the host has acknowledged the record `ot-outcome` announced: no
 * outbox is left in the forms' IndexedDB store (DRAFT_DATABASE_NAME and
 * DRAFT_STORE_NAME of @otforms/elements), and the form no longer shows that a
 * record is not sent. Without the acknowledgement the record would be
 * announced again on every load.
 */
async function waitForAcknowledgement(page) {
  const outboxesLeft = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('otforms');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const database = request.result;
        const keys = database.transaction('drafts', 'readonly').objectStore('drafts').getAllKeys();
        keys.onerror = () => reject(keys.error);
        keys.onsuccess = () => {
          database.close();
          resolve(keys.result.map(String).filter((key) => key.endsWith(':outbox')));
        };
      };
    });
  let left = [];
  for (const start = Date.now(); Date.now() - start < 15_000; await page.waitForTimeout(100)) {
    left = await page.evaluate(outboxesLeft);
    if (left.length === 0) break;
  }
  if (left.length > 0) throw new Error(`the host did not acknowledge the record within 15 s: ${left.join(', ')} still holds it`);
  await page
    .getByText(/Not sent yet/)
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {
      throw new Error('the form still shows "Not sent yet" after the host acknowledged the record');
    });
}

/** Waits until each text is shown: the whole text of one element, whitespace normalised, inside shadow roots too. */
async function waitForTexts(page, texts) {
  for (const text of texts) {
    await page
      .getByText(text, { exact: true })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error(`${page.url()} did not show "${text}" within 15 s`);
      });
  }
}

/**
 * A further page of a browser host, from host.json `pages`:
 * `{ path, shows, largeReport? }`. The page must show each text of `shows`,
 * with no page error, console error or CSP violation. With
 * `largeReport: { records, worker, shows }`, its `<ot-outcome-report>` is
 * then given its own records repeated to `records`, which must start the
 * worker script `worker` (served from the host's folder, 200) and show the
 * texts of that `shows`.
 */
async function checkPage(browser, origin, spec) {
  const { page, problems } = await watchedPage(browser);
  try {
    await page.goto(new URL(spec.path, origin).href);
    await waitForTexts(page, spec.shows);
    let worker = '';
    if (spec.largeReport) {
      const { records, shows } = spec.largeReport;
      const workerPath = `/${spec.largeReport.worker}`;
      const started = page.waitForEvent('worker', { predicate: (candidate) => new URL(candidate.url()).pathname === workerPath, timeout: 15_000 });
      const served = page.waitForResponse((response) => new URL(response.url()).pathname === workerPath, { timeout: 15_000 });
      await page.evaluate((count) => {
        const report = document.querySelector('ot-outcome-report');
        const own = [...report.records];
        report.records = Array.from({ length: count }, (_, index) => own[index % own.length]);
      }, records);
      const [response] = await Promise.all([served, started]).catch(() => {
        throw new Error(`${records} records did not start ${workerPath} within 15 s`);
      });
      if (response.status() !== 200) throw new Error(`${workerPath} was served with status ${response.status()}`);
      await waitForTexts(page, shows);
      worker = `, and ${records} records in ${workerPath}`;
    }
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`  ${spec.path} showed ${spec.shows.map((text) => `"${text}"`).join(', ')}${worker}`);
  } finally {
    await page.close();
  }
}

async function driveInBrowser(dir, config, browser) {
  const submission = firstSubmission();
  // As the vendor's web server would: the host's own headers (a CSP, say) on its pages, its app routes, and /submit.
  const server = await serveStatic(join(dir, config.serve), { htmlHeaders: config.headers ?? {}, appRoutes: true, onPost: submission.onPost });
  const { page, problems } = await watchedPage(browser);
  try {
    await page.goto(`${server.origin}/`);
    await completeBarthel(page);
    // The host's own ot-outcome listener says so on the page (docs/hosts.md shows how).
    const status = page.getByText(/Outcome received: [0-9a-f-]{36}/);
    await status.waitFor({ timeout: 15_000 });
    const shownId = /([0-9a-f-]{36})/.exec(await status.innerText())?.[1];
    await waitForAcknowledgement(page);
    await page.getByRole('button', { name: 'Save assessment' }).click();
    const body = await submission.within(submitTimeout);
    const record = JSON.parse(new URLSearchParams(body).get('record') ?? 'null');
    const result = validateOutcomeRecord(record);
    if (!result.success) throw new Error(`the submitted record is not valid: ${JSON.stringify(result.issues ?? result).slice(0, 500)}`);
    if (record.recordId !== shownId) throw new Error(`the form submitted record ${record.recordId}, but ot-outcome announced ${shownId}`);
    if (record.instrument?.id !== 'barthel-cw20' || record.total !== 0) throw new Error(`unexpected record: ${record.instrument?.id} total ${record.total}`);
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`  completed a Barthel; ot-outcome and the form's POST both carried record ${record.recordId}, and the host acknowledged it`);
    await page.close();
    for (const spec of config.pages ?? []) await checkPage(browser, server.origin, spec);
  } finally {
    if (!page.isClosed()) await page.close();
    await server.close();
  }
}

const startAll = performance.now();
const results = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
let browser;
for (const name of hosts) {
  const config = JSON.parse(readFileSync(join(hostsDir, name, 'host.json'), 'utf8'));
  console.log(`\n::: host ${name}: ${config.title}`);
  const start = performance.now();
  let ok = true;
  let copy;
  try {
    copy = copyPackedProject(join(hostsDir, name));
    const { dir } = copy;
    console.log(`  in ${dir}`);
    // The copy's lockfile, never the committed one, is the one changed here.
    forgetPackedIntegrity(dir);
    run(dir, ['npm', 'ci', '--no-audit', '--no-fund', '--loglevel=error']);
    for (const command of config.commands ?? []) run(dir, command);
    if (config.kind === 'browser') {
      browser ??= await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
      await driveInBrowser(dir, config, browser);
    }
  } catch (error) {
    ok = false;
    console.log(`  FAILED: ${error instanceof Error ? error.message : error}`);
    if (copy) console.log(`  kept ${copy.top} to look into; delete it when done`);
  }
  if (ok && copy) rmSync(copy.top, { recursive: true, force: true });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  results[ok ? 'passed' : 'failed']++;
  timings.push({ name, title: config.title, ok, seconds });
}
await browser?.close();

console.log('\nhost                  result  seconds');
for (const t of timings) console.log(`${t.name.padEnd(21)} ${(t.ok ? 'ok' : 'FAILED').padEnd(7)} ${t.seconds.padStart(7)}  ${t.title}`);
mkdirSync(join(repoRoot, '.test-results'), { recursive: true });
writeFileSync(join(repoRoot, '.test-results', 'hosts.json'), `${JSON.stringify({ ...results, timings })}\n`);
console.log(`hosts: ${results.passed} passed, ${results.failed} failed in ${((performance.now() - startAll) / 1000).toFixed(1)} s`);
process.exit(results.failed || hosts.length === 0 ? 1 : 0);
