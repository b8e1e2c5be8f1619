// One place for how the workspace reads its own packages. A package's
// `exports` name only what it ships (types first, then the built JavaScript
// in dist/). Inside this repository every `@otforms/…` entry point is read
// from its TypeScript source instead, so the demo, Storybook, Vitest, the
// browser tests and `tsc --noEmit` need no build first: Vite and Vitest
// through `resolve.alias`, the browser tests through a resolver plugin, and
// TypeScript through tsconfig.json `paths` (static JSON; a test keeps it equal
// to the map made here).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const repoRoot = import.meta.dirname;

/**
 * Every entry point of every workspace package whose built file has a source
 * file beside it (`./dist/x.js` ← `src/x.ts`), as specifier → absolute path.
 * Entries with no source (the CDN files, JSON, types-only files) resolve as a
 * host would, through the package's own exports.
 */
export function workspaceSources() {
  const { workspaces } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const sources = {};
  for (const dir of workspaces) {
    const { name, exports } = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(exports)) {
      const built = typeof target === 'object' ? target.import : undefined;
      const match = /^\.\/dist\/(.+)\.js$/.exec(built ?? '');
      const source = match && join(repoRoot, dir, 'src', `${match[1]}.ts`);
      if (source && existsSync(source)) sources[join(name, subpath)] = source;
    }
  }
  return sources;
}

/** Vite (and so Vitest and Storybook) aliases: each specifier exactly, never a prefix of a longer one. */
export function sourceAliases() {
  return Object.entries(workspaceSources()).map(([specifier, file]) => ({ find: new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`), replacement: file }));
}

/** A @web/test-runner plugin that serves each entry point from its source. */
export function sourceResolverPlugin() {
  const sources = workspaceSources();
  return {
    name: 'otforms-workspace-source',
    resolveImport({ source }) {
      const file = sources[source];
      return file ? `/${relative(repoRoot, file)}` : undefined;
    },
  };
}
