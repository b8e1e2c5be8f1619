// The demo pages as a host would serve them: built with Vite (about 2 s) into
// .test-results/resilience-demo and served on 127.0.0.1 by the tests' one static server.
// `at` builds a commit instead of the working tree (from `git archive`, in a
// temporary folder), to compare the forms before and after a change.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../static-server.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Absolute: Vite resolves a relative outDir against its root, which is demo/. */
const outDir = fileURLToPath(new URL('../../.test-results/resilience-demo', import.meta.url));

/** A copy of the repository at `commit`, sharing the installed node_modules. */
function checkoutOf(commit) {
  const dir = mkdtempSync(join(tmpdir(), 'otforms-resilience-src-'));
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: repoRoot, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Builds the demo (of the working tree, or of commit `at`) and serves it; `close()` stops the server. */
export async function serveDemo({ at } = {}) {
  const started = performance.now();
  const source = at ? checkoutOf(at) : repoRoot;
  try {
    const { status, error } = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: source, stdio: 'inherit' });
    if (error) throw error;
    if (status !== 0) throw new Error(`vite build exited ${status}`);
  } finally {
    if (at) rmSync(source, { recursive: true, force: true });
  }
  console.log(`demo${at ? ` at ${at}` : ''} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return serveStatic(outDir);
}
