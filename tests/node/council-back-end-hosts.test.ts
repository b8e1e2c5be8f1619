import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/council-back-end.md works as written against the packed packages: the
 * Node host apps (tests/hosts/node-esm in JavaScript, tests/hosts/node-tsc in
 * TypeScript under tsc) run its code blocks, in its order, character for
 * character, on its example record. This keeps the guide and the hosts the same;
 * `node tests/hosts/run-hosts.mjs node-esm node-tsc` runs them.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const guide = read('docs/council-back-end.md');
const codeBlocks = [...guide.matchAll(/```ts\n([\s\S]*?)\n```/g)].map(([, code]) => code!);
const exampleRecord = /<!-- example-episode-record -->\s*```json\n([\s\S]*?)\n```/.exec(guide)?.[1];

const hosts = [
  { name: 'node-esm', source: 'tests/hosts/node-esm/receive-record.js' },
  { name: 'node-tsc', source: 'tests/hosts/node-tsc/src/receive-record.ts' },
];

describe('docs/council-back-end.md in the Node host apps', () => {
  it('has the code blocks the hosts run: validate, re-score, FHIR, CLD', () => {
    expect(codeBlocks.map((code) => /from '(@otforms\/[a-z]+)'/.exec(code)?.[1])).toEqual([
      '@otforms/core',
      '@otforms/core',
      '@otforms/instruments',
      '@otforms/interop',
    ]);
  });

  it.each(hosts)('$name runs every block as the guide writes it, in the guide’s order', ({ source }) => {
    const code = read(source);
    const positions = codeBlocks.map((block) => code.indexOf(block));
    expect(positions.filter((position) => position < 0), `a block of the guide is missing from ${source}`).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each(hosts)('$name receives the guide’s example record', ({ name }) => {
    expect(exampleRecord).toBeDefined();
    expect(JSON.parse(read(`tests/hosts/${name}/episode-record.json`))).toEqual(JSON.parse(exampleRecord!));
  });
});
