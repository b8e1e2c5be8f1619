// Packs every package and checks each tarball as a registry would see it:
// publint (no errors, warnings or suggestions), @arethetypeswrong/cli for
// Node 16+ ESM and bundler resolution, and `npm publish --dry-run`.
// Writes .test-results/packages.json for scripts/test.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packAll, repoRoot } from './pack.mjs';
import { contentsProblems } from './tarball-contents.mjs';

const results = { passed: 0, failed: 0, skipped: 0 };

function check(name, command, args, judge = (r) => r.status === 0) {
  const run = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  const ok = judge(run);
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  if (!ok) console.log(`${run.stdout}\n${run.stderr}`.trim().replace(/^/gm, '     '));
}

let tarballs = [];
try {
  tarballs = packAll();
  results.passed++;
  console.log('ok   every package builds and packs');
} catch (error) {
  results.failed++;
  console.log(`FAIL packing: ${error instanceof Error ? error.message : error}`);
}

for (const file of tarballs) {
  const name = basename(file);
  const problems = contentsProblems(file);
  results[problems.length ? 'failed' : 'passed']++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}: contents (every export present, licence, no tests or fixtures)`);
  for (const problem of problems) console.log(`     ${problem}`);
  // --strict turns warnings into errors; a clean package prints "All good!".
  check(`${name}: publint`, 'npx', ['publint', '--strict', file], (r) => r.status === 0 && /All good!/.test(r.stdout));
  check(`${name}: are the types wrong (node16 ESM, bundler)`, 'npx', ['attw', file, '--profile', 'esm-only', '--format', 'ascii']);
  // The only warning allowed is the one every dry run without a login gives.
  check(`${name}: npm publish --dry-run`, 'npm', ['publish', '--dry-run', file], (r) =>
    r.status === 0 && r.stderr.split('\n').filter((line) => /npm (warn|error)/i.test(line) && !/requires you to be logged in/.test(line) && !/Unknown user config/.test(line)).length === 0,
  );
}

mkdirSync(join(repoRoot, '.test-results'), { recursive: true });
writeFileSync(join(repoRoot, '.test-results', 'packages.json'), `${JSON.stringify(results)}\n`);
console.log(`packages: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
