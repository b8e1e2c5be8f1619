import * as core from '@otforms/core';
import { generateDefinition } from '../generate-definition.js';

/**
 * What it costs in Node to turn a generated definition into the one the
 * element uses (`node bench/parse-cost/run.mjs [items per section…]`):
 * parseDefinition of the raw definition and, once core has it, loadDefinition
 * of a compiled definition read back from JSON, as a vendor's build artefact
 * would be. The first runs warm the JIT and are discarded; the median of the
 * rest is printed, in ms.
 */

const WARM = 3;
const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(make: () => unknown, use: (value: unknown) => unknown): number {
  const spent: number[] = [];
  for (let run = 0; run < WARM + RUNS; run++) {
    // A fresh object each run: parseDefinition hands back a definition it has already parsed untouched.
    const value = make();
    const start = performance.now();
    use(value);
    if (run >= WARM) spent.push(performance.now() - start);
  }
  return median(spent);
}

const sizes = process.argv.slice(2).map(Number);
for (const perSection of sizes.length ? sizes : [20, 200]) {
  const input = generateDefinition(perSection);
  const items = input.sections.reduce((sum, section) => sum + section.items.length, 0);
  const parse = time(() => generateDefinition(perSection), (value) => core.parseDefinition(value));
  const row = [`${items} items`, `parseDefinition ${parse.toFixed(1)} ms`];
  const { compileDefinition, loadDefinition } = core as unknown as Record<string, ((value: unknown) => unknown) | undefined>;
  if (compileDefinition && loadDefinition) {
    const json = JSON.stringify(compileDefinition(input));
    row.push(`loadDefinition(compiled, from JSON) ${time(() => JSON.parse(json), (value) => loadDefinition(value)).toFixed(1)} ms`);
  }
  console.log(row.join(' · '));
}
