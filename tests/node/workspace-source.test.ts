import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceSources } from '../../workspace-source.mjs';

/**
 * tsconfig.json's `paths` are static JSON, so they are a copy of the map
 * workspace-source.mjs makes from the packages' exports; a new entry point
 * must appear in both, or TypeScript and the tools would read different files.
 */
const repoRoot = new URL('../..', import.meta.url).pathname;
// tsconfig.json has line comments, which JSON.parse does not take.
const tsconfig = JSON.parse(readFileSync(`${repoRoot}tsconfig.json`, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

describe('the workspace reads its packages from source', () => {
  it('finds every package entry point with a source file', () => {
    const sources = workspaceSources();
    expect(Object.keys(sources)).toEqual(expect.arrayContaining(['@otforms/core', '@otforms/elements/define/ot-assessment', '@otforms/react']));
    // No package's exports name the source itself: hosts only ever see dist/.
    for (const dir of ['core', 'machines', 'instruments', 'interop', 'reporting', 'elements', 'react']) {
      const { exports } = JSON.parse(readFileSync(`${repoRoot}packages/${dir}/package.json`, 'utf8')) as { exports: unknown };
      expect(JSON.stringify(exports)).not.toMatch(/\.\/src\//);
    }
  });

  it('gives TypeScript the same map in tsconfig.json paths', () => {
    const expected = Object.fromEntries(Object.entries(workspaceSources()).map(([specifier, file]) => [specifier, [`./${relative(repoRoot, file)}`]]));
    expect(tsconfig.compilerOptions.paths).toEqual(expected);
  });
});
