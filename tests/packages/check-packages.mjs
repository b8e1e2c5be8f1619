// Packs every package and checks each tarball as a registry would see it:
// its contents, imports and CDN files (tarball-contents.mjs), publint (no
// errors, warnings or suggestions), @arethetypeswrong/cli for Node 16+ ESM
// and bundler resolution, and `npm publish --dry-run`. Then a TypeScript
// project installs the tarballs and checks the types a host uses
// (consumer-types.mjs). Writes .test-results/packages.json for scripts/test.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packAll, repoRoot } from './pack.mjs';
import { checkConsumerTypes } from './consumer-types.mjs';
import { tarballChecks } from './tarball-contents.mjs';

const results = { passed: 0, failed: 0, skipped: 0 };

function record(name, ok, details = '') {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  if (!ok && details) console.log(details.replace(/^/gm, '     '));
}

function check(name, command, args, judge = (r) => r.status === 0) {
  const run = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  record(name, judge(run), `${run.stdout}\n${run.stderr}`.trim());
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
  for (const { name: checkName, problems } of tarballChecks(file)) record(`${name}: ${checkName}`, problems.length === 0, problems.join('\n'));
  // --strict turns warnings into errors; a clean package prints "All good!".
  check(`${name}: publint`, 'npx', ['publint', '--strict', file], (r) => r.status === 0 && /All good!/.test(r.stdout));
  check(`${name}: are the types wrong (node16 ESM, bundler)`, 'npx', ['attw', file, '--profile', 'esm-only', '--format', 'ascii']);
  // The only warning allowed is the one every dry run without a login gives.
  check(`${name}: npm publish --dry-run`, 'npm', ['publish', '--dry-run', file], (r) =>
    r.status === 0 && r.stderr.split('\n').filter((line) => /npm (warn|error)/i.test(line) && !/requires you to be logged in/.test(line) && !/Unknown user config/.test(line)).length === 0,
  );
}

if (tarballs.length) checkConsumerTypes(record);

mkdirSync(join(repoRoot, '.test-results'), { recursive: true });
writeFileSync(join(repoRoot, '.test-results', 'packages.json'), `${JSON.stringify(results)}\n`);
console.log(`packages: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
