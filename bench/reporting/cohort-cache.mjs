// The reporting bench's cohorts, generated once and kept under .bench-cache/
// (gitignored). A cohort's folder is named by its size, its seed and a hash of
// the generator's bundle (dist/bench-node/generate-cohort.js: the generator
// and everything it imports from core and instruments), so a change to any
// of them makes a new cohort and a rerun with none is fast. Folders made by
// another generator are removed: a 100,000-episode cohort takes about 1.8 GB.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = fileURLToPath(new URL('../../.bench-cache/reporting', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../../dist/bench-node/generate-cohort.js', import.meta.url));

/**
 * @param {number[]} counts
 * @param {number} seed
 * @returns {{ count: number, dir: string, jsonBytes: number, generatedMs: number, cached: boolean }[]}
 */
export function cohorts(counts, seed) {
  const hash = createHash('sha256').update(readFileSync(GENERATOR)).digest('hex').slice(0, 12);
  const wanted = counts.map((count) => ({ count, name: `${count}-seed${seed}-${hash}` }));
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const entry of readdirSync(CACHE_DIR)) {
    if (!entry.endsWith(`-${hash}`)) rmSync(join(CACHE_DIR, entry), { recursive: true, force: true });
  }
  return wanted.map(({ count, name }) => {
    const dir = join(CACHE_DIR, name);
    const metaFile = join(dir, 'meta.json');
    // meta.json is written last: a folder without it is an interrupted run, made again.
    if (existsSync(metaFile)) return { count, dir, ...JSON.parse(readFileSync(metaFile, 'utf8')), cached: true };
    const run = spawnSync(process.execPath, [GENERATOR, '--count', String(count), '--seed', String(seed), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`generating ${count} fictional episodes failed (exit ${run.status})`);
    const { jsonBytes, ms } = JSON.parse(run.stdout.trim().split('\n').at(-1));
    const meta = { jsonBytes, generatedMs: ms, seed, generatorHash: hash };
    writeFileSync(metaFile, JSON.stringify(meta));
    return { count, dir, ...meta, cached: false };
  });
}
