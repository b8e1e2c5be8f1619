// The host apps: each folder here is a stock starter app with its own
// lockfile that installs the packed tarballs from .packed/ (never workspace
// links), as a vendor would. For each host this runs `npm ci`, then the
// commands its host.json lists (its own type check and build), then:
// - a browser host is served on 127.0.0.1 and driven in headless Chromium
//   through a whole Barthel Index; the page must show that it received
//   `ot-outcome`, and its native <form> must POST the record in its FormData;
// - a Node host's commands are its test: they must exit 0.
// Run `node tests/packages/pack.mjs` first (npm test does). Writes
// .test-results/hosts.json; `node tests/hosts/run-hosts.mjs NAME…` runs some.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { validateOutcomeRecord } from '@otforms/core';
import { chromeArgs, chromePath } from '../chromium.mjs';
import { completeBarthel } from './complete-barthel.mjs';
import { serveHost } from './serve-host.mjs';

const hostsDir = new URL('.', import.meta.url).pathname;
const repoRoot = join(hostsDir, '..', '..');
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

/**
 * npm records an `integrity` for a local tarball in the lockfile and then
 * trusts it: with the tarball in its cache, `npm ci` installs the cached
 * (old) contents of a rebuilt tarball without a word; with a cold cache (a new
 * CI machine) it fails with EINTEGRITY. Without the field npm reads the
 * tarball itself every time, so the hosts always test what was just packed.
 */
function forgetPackedIntegrity(dir) {
  const file = join(dir, 'package-lock.json');
  const text = readFileSync(file, 'utf8');
  const lock = JSON.parse(text);
  for (const entry of Object.values(lock.packages ?? {})) {
    if (entry.resolved?.startsWith('file:') && entry.resolved.endsWith('.tgz')) delete entry.integrity;
  }
  const stripped = `${JSON.stringify(lock, null, 2)}\n`;
  if (stripped !== text) writeFileSync(file, stripped);
}

async function driveInBrowser(dir, config, browser) {
  const server = await serveHost(join(dir, config.serve), config.headers ?? {});
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  // Injected by the browser itself, so a strict CSP on the page does not block it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  try {
    await page.goto(server.url);
    await completeBarthel(page);
    // The host's own ot-outcome listener says so on the page (docs/hosts.md shows how).
    const status = page.getByText(/Outcome received: [0-9a-f-]{36}/);
    await status.waitFor({ timeout: 15_000 });
    const shownId = /([0-9a-f-]{36})/.exec(await status.innerText())?.[1];
    await page.getByRole('button', { name: 'Save assessment' }).click();
    const body = await server.submitted;
    const record = JSON.parse(new URLSearchParams(body).get('record') ?? 'null');
    const result = validateOutcomeRecord(record);
    if (!result.success) throw new Error(`the submitted record is not valid: ${JSON.stringify(result.issues ?? result).slice(0, 500)}`);
    if (record.recordId !== shownId) throw new Error(`the form submitted record ${record.recordId}, but ot-outcome announced ${shownId}`);
    if (record.instrument?.id !== 'barthel-cw20' || record.total !== 0) throw new Error(`unexpected record: ${record.instrument?.id} total ${record.total}`);
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`  completed a Barthel; ot-outcome and the form's POST both carried record ${record.recordId}`);
  } finally {
    await page.close();
    await server.close();
  }
}

const results = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
let browser;
for (const name of hosts) {
  const dir = join(hostsDir, name);
  const config = JSON.parse(readFileSync(join(dir, 'host.json'), 'utf8'));
  console.log(`\n::: host ${name}: ${config.title}`);
  const start = performance.now();
  let ok = true;
  try {
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
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  results[ok ? 'passed' : 'failed']++;
  timings.push({ name, title: config.title, ok, seconds });
}
await browser?.close();

console.log('\nhost                  result  seconds');
for (const t of timings) console.log(`${t.name.padEnd(21)} ${(t.ok ? 'ok' : 'FAILED').padEnd(7)} ${t.seconds.padStart(7)}  ${t.title}`);
mkdirSync(join(repoRoot, '.test-results'), { recursive: true });
writeFileSync(join(repoRoot, '.test-results', 'hosts.json'), `${JSON.stringify({ ...results, timings })}\n`);
console.log(`hosts: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed || hosts.length === 0 ? 1 : 0);
