// A Vite plugin for the bench build: the otforms page is given its definition
// compiled ahead of time (compileDefinition), as a vendor ships a catalogue
// form, so the page pays only for the checksum, not for parsing it.
// Compiling runs in Node, during the build: compile-definitions.ts is bundled
// with esbuild (Node 20 cannot run TypeScript) and run once; each form is
// emitted as `compiled/<items>.json`, fetched by bench/page-definition.ts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceSources } from '../../workspace-source.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The sizes compiled: the bench's default ones (the Barthel, 300, 1,005 and
 * 3,000 items) and any other that scripts/bench.mjs (--sizes) puts in
 * BENCH_COMPILED_ITEMS before it builds.
 */
export const DEFAULT_COMPILED_ITEMS = [10, 300, 1005, 3000];

export function compiledItems(env = process.env) {
  const extra = (env.BENCH_COMPILED_ITEMS ?? '').split(',').filter(Boolean).map(Number);
  return [...new Set([...DEFAULT_COMPILED_ITEMS, ...extra])].sort((a, b) => a - b);
}

/** @returns {import('vite').Plugin} */
export function compiledDefinitions() {
  return {
    name: 'otforms-bench-compiled-definitions',
    apply: 'build',
    async generateBundle() {
      const work = mkdtempSync(join(tmpdir(), 'otforms-bench-compiled-'));
      try {
        const script = join(work, 'compile-definitions.mjs');
        await build({
          entryPoints: [here('./compile-definitions.ts')],
          bundle: true,
          platform: 'node',
          format: 'esm',
          outfile: script,
          alias: workspaceSources(),
          logLevel: 'warning',
        });
        const items = compiledItems();
        const { status } = spawnSync(process.execPath, [script, work, ...items.map(String)], { stdio: 'inherit' });
        if (status !== 0) throw new Error('compiling the bench definitions failed');
        for (const count of items) {
          this.emitFile({ type: 'asset', fileName: `compiled/${count}.json`, source: readFileSync(join(work, `${count}.json`), 'utf8') });
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
