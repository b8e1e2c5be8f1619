import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No package has a circle of imports, type-only imports included: a circle
 * makes the order in which modules evaluate (and so which export is still
 * undefined) depend on which file a host imports first, and makes the code
 * harder to follow even when it happens to work.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const packagesDir = join(repoRoot, 'packages');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from './x.js'`, `import type … from`, `export … from`, `import './x.js'` and `import('./x.js')`.
const relativeSpecifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(relativeSpecifier)].map(([, spec]) => resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
}

/** Tarjan's strongly connected components; every component of more than one file (or a file importing itself) is a circle. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports inside each package', () => {
  const packages = readdirSync(packagesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());

  it('finds the packages and their files', () => {
    expect(packages.map((entry) => entry.name)).toEqual(expect.arrayContaining(['core', 'machines', 'instruments', 'interop', 'elements']));
  });

  for (const { name } of packages) {
    it(`@otforms/${name} has no circle of imports`, () => {
      const files = sourceFiles(join(packagesDir, name, 'src'));
      const graph = new Map(files.map((file) => [file, importsOf(file)]));
      const found = circles(graph).map((component) => component.map((file) => relative(repoRoot, file)));
      expect(found).toEqual([]);
    });
  }

  it('sees a circle when there is one', () => {
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(circles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
