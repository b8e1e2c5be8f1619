// The resilience tests of `npm test` (issue 13, point 9): the seeded
// kill-and-reload run over the three forms and the two-tab test, against the
// demo built and served on 127.0.0.1. One test per form of each. Writes
// .test-results/resilience.json ({ passed, failed, skipped } and the counts)
// and exits non-zero on any loss.
//
// `node tests/resilience/run.mjs [--seed N] [--points N] [--at COMMIT]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './demo-site.mjs';
import { defaultSeed, killAndReload, printTable } from './kill-and-reload.mjs';
import { twoTabs } from './two-tabs.mjs';

const option = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const seed = Number(option('seed') ?? defaultSeed);
const points = Number(option('points') ?? 210);
const resultsDir = fileURLToPath(new URL('../../.test-results', import.meta.url));

const started = performance.now();
const server = await serveDemo({ at: option('at') });
let killed = [];
let tabs = [];
try {
  killed = await killAndReload({ origin: server.origin, seed, points });
  printTable(killed);
  tabs = await twoTabs({ origin: server.origin, seed });
} finally {
  await server.close();
}

const tests = [
  ...killed.map((r) => ({ name: `kill and reload: ${r.form}`, failures: r.failures })),
  ...tabs.map((r) => ({ name: `two tabs: ${r.form}`, failures: r.failures })),
];
const failed = tests.filter((t) => t.failures.length);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  `${resultsDir}/resilience.json`,
  `${JSON.stringify({ passed: tests.length - failed.length, failed: failed.length, skipped: 0, seed, killAndReload: killed, twoTabs: tabs }, null, 2)}\n`,
);
console.log(`\nresilience: ${tests.length - failed.length} passed, ${failed.length} failed (seed ${seed}, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
for (const t of failed) console.log(`  FAILED ${t.name}: ${t.failures.length} problem(s), the first: ${t.failures[0]}`);
process.exitCode = failed.length ? 1 : 0;
