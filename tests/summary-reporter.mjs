// WTR's own closing line ("Chrome: |███| 1/1 test files | 4 passed, 0 failed")
// is not alone on its line, and scripts/test.mjs needs machine-readable
// counts, so this reporter prints a plain summary and writes a JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function summaryReporter({ outFile = '.test-results/browser.json' } = {}) {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that fails to load or errors outside a test has no failing
        // test to count; without this it would be reported as all green.
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, `${JSON.stringify(totals)}\n`);
    },
    // WTR prints its final progress bar after every reporter's stop(), so the
    // only way to be the last line is to print as the process exits.
    start() {
      process.once('exit', () => {
        if (totals) process.stdout.write(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
