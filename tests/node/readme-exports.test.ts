import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every package README lists what its entry point exports: each function,
 * class, constant, element and event a host can import is named in the
 * README (as `name`), so the README can be trusted as the package's API
 * page. Type-only exports are left out: their names follow the values.
 * Read from the source text, so elements need no DOM to be listed.
 */
const packagesDir = new URL('../../packages/', import.meta.url).pathname;

/** Value export names of a module, following `export * from` into its files. */
function valueExports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const names: string[] = [];
  for (const [, list] of text.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list!.split(',')) {
      const entry = part.trim();
      if (!entry || entry.startsWith('type ')) continue;
      names.push(entry.split(/\s+as\s+/).pop()!.trim());
    }
  }
  for (const [, name] of text.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|function\*?|class|enum)\s+([\w$]+)/gm)) names.push(name!);
  for (const [, from] of text.matchAll(/^export\s+\*\s+from\s+'(\.[^']+)'/gm)) {
    names.push(...valueExports(join(dirname(file), from!.replace(/\.js$/, '.ts')), seen));
  }
  return names;
}

const packages = ['core', 'machines', 'instruments', 'interop', 'reporting', 'elements', 'react'];

describe('package READMEs list what the package exports', () => {
  it('reads export lists the way packages write them', () => {
    expect(valueExports(join(packagesDir, 'core/src/index.ts'))).toEqual(expect.arrayContaining(['parseDefinition', 'validateOutcomeRecord', 'InstrumentDefinitionSchema']));
    expect(valueExports(join(packagesDir, 'elements/src/index.ts'))).toEqual(expect.arrayContaining(['OtAssessment', 'OtOutcomeEvent']));
  });

  for (const name of packages) {
    it(`@otforms/${name}: every value export is named in README.md`, () => {
      const readme = readFileSync(join(packagesDir, name, 'README.md'), 'utf8');
      const missing = [...new Set(valueExports(join(packagesDir, name, 'src/index.ts')))].filter((exported) => !readme.includes(`\`${exported}`) && !readme.includes(`${exported}\``) && !new RegExp(`\\b${exported}\\b`).test(readme));
      expect(missing).toEqual([]);
    });
  }
});
