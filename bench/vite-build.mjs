// One `vite build` as a child process, for scripts/bench.mjs and the
// reporting bench: its warnings show, its time is printed, a failure throws.
import { spawnSync } from 'node:child_process';

export function viteBuild(label, extraArgs, env = {}) {
  const t = performance.now();
  const { status, error } = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', ...extraArgs], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (status !== 0) throw new Error(`${label} failed${error ? `: ${error.message}` : ''}`);
  console.log(`built ${label} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
