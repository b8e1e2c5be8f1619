import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../compile-hints.mjs';

// Two pages sharing a module, each importing more on demand: what a page loads up front gets V8's compile hint on
// its first line, what it imports on demand does not. Built for real, as the demo and the bench are.
const fixture = fileURLToPath(new URL('./compile-hints-fixture', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'otforms-compile-hints-'));
const files = new Map<string, string>();

/** The one chunk holding `source` (its module's code: Vite names and merges chunks as it sees fit). */
function chunkWith(source: string): { file: string; code: string } {
  const found = [...files].filter(([file, code]) => file.endsWith('.js') && code.includes(source));
  expect(found.map(([file]) => file)).toHaveLength(1);
  const [file, code] = found[0]!;
  return { file, code };
}

beforeAll(async () => {
  await build({
    root: fixture,
    configFile: false,
    logLevel: 'silent',
    plugins: [compileHints()],
    build: {
      outDir,
      assetsDir: '.',
      sourcemap: true,
      minify: false,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { first: join(fixture, 'first.html'), second: join(fixture, 'second.html') } },
    },
  });
  for (const file of readdirSync(outDir)) files.set(file, readFileSync(join(outDir, file), 'utf8'));
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('compileHints', () => {
  it('puts the hint first in the entries and the chunk they share, even before Vite’s preload map', () => {
    const first = chunkWith('first page marker');
    // The page that imports on demand starts with Vite's map of what to preload, unless the hint is moved above it.
    expect(first.code).toContain('__vite__mapDeps');
    for (const source of ['first page marker', 'second page', 'function shared']) expect(chunkWith(source).code.split('\n')[0]).toBe(COMPILE_HINT);
  });

  it('leaves what is imported on demand, and what only that needs, to compile lazily', () => {
    for (const source of ['function later', 'otherLater =', 'function onlyLater']) expect(chunkWith(source).code).not.toContain(COMPILE_HINT);
  });

  it('keeps the source map pointing at the source lines', () => {
    const first = chunkWith('first page marker');
    const map = new SourceMap(JSON.parse(files.get(`${first.file}.map`)!));
    const lines = first.code.split('\n');
    const line = lines.findIndex((text) => text.includes('first page marker'));
    // Node's own reader; its lines count from 0.
    const original = map.findEntry(line, lines[line]!.indexOf('first page marker'));
    expect('originalSource' in original && original.originalSource).toMatch(/first\.js$/);
    expect('originalLine' in original && original.originalLine).toBe(3);
  });
});
