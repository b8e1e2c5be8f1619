// `npm test`: every check in one run, so CI and a developer see the same thing.
// A failing step does not stop the others (one run shows every problem), and
// the very last line is always "N passed, N failed" for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromePath } from '../tests/chromium.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const results = '.test-results';
const rows = [];
let passed = 0;
let failed = 0;

function finish() {
  if (rows.length) {
    console.log('\nstep                 result   seconds  tests (passed/failed/skipped)');
    for (const r of rows) {
      console.log(`${r.name.padEnd(20)} ${r.result.padEnd(8)} ${r.seconds.padStart(7)}  ${r.tests ?? ''}`.trimEnd());
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// Fail fast: without a browser half the suite cannot run, and its own error
// says how to fix it better than a launcher stack trace would.
try {
  console.log(`browser: ${chromePath()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = 1;
  finish();
}

rmSync(results, { recursive: true, force: true }); // stale counts must never be read as this run's

/**
 * Runs one step with its output streamed. With `report`, the step is a test
 * runner whose counts are read from that JSON file; otherwise a failure counts as 1.
 */
function step(name, command, args, report) {
  console.log(`\n::: ${name}: ${command} ${args.join(' ')}`);
  const start = performance.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (error) console.error(`${name}: ${error.message}`);
  const ok = status === 0;
  let tests;
  if (report) {
    const counts = existsSync(report.file) ? report.read(JSON.parse(readFileSync(report.file, 'utf8'))) : undefined;
    let f = counts?.failed ?? 0;
    // Non-zero exit with no failing test (no report, a file that failed to
    // load, a config error) must still count, or the run would look green.
    if (!ok && f === 0) f = 1;
    passed += counts?.passed ?? 0;
    failed += f;
    tests = `${counts?.passed ?? 0}/${f}/${counts?.skipped ?? 0}`;
  } else if (!ok) {
    failed += 1;
  }
  rows.push({ name, result: ok ? 'ok' : 'FAILED', seconds, tests });
  return ok;
}

function skip(name, why) {
  console.log(`\n::: ${name}: skipped (${why})`);
  rows.push({ name, result: 'skipped', seconds: '-' });
}

const plain = (r) => ({ passed: r.passed, failed: r.failed, skipped: r.skipped });

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('unit (vitest)', 'npx', ['vitest', 'run'], {
  file: `${results}/unit.json`,
  read: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests }),
});

if (!existsSync('.storybook/main.ts')) {
  skip('storybook build', 'no .storybook/main.ts yet');
} else {
  const built = step('storybook build', 'npm', ['run', '--silent', 'build-storybook']);
  if (!existsSync('tests/storybook-axe.mjs')) {
    // nothing extra to run against the build yet
  } else if (built) {
    step('stories (axe)', 'node', ['tests/storybook-axe.mjs'], { file: `${results}/stories.json`, read: plain });
    // The home-visit summaries' stories printed to A4 PDFs, their pages and rows checked.
    step('summaries (PDF)', 'node', ['tests/print/summaries-pdf.mjs'], { file: `${results}/print.json`, read: plain });
  } else {
    skip('stories (axe)', 'the Storybook build failed');
    skip('summaries (PDF)', 'the Storybook build failed');
  }
}

// Packs every package as npm publish would and checks each tarball; the host
// apps then install those tarballs, so they only run when packing worked.
const packed = step('packages', 'node', ['tests/packages/check-packages.mjs'], { file: `${results}/packages.json`, read: plain });
if (packed) {
  step('host apps', 'node', ['tests/hosts/run-hosts.mjs'], { file: `${results}/hosts.json`, read: plain });
} else {
  skip('host apps', 'packing failed');
}

// The demo built and served, then interrupted at seeded random points (reloads, closed and crashed tabs,
// the browser killed a second after the last answer) and used in two tabs in turns: any lost answer fails.
step('resilience', 'node', ['tests/resilience/run.mjs'], { file: `${results}/resilience.json`, read: plain });

step('browser (wtr)', 'npx', ['wtr'], { file: `${results}/browser.json`, read: plain });

finish();
