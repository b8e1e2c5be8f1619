import type { InstrumentDefinitionInput } from '@otforms/core';
import { SECTION_COUNT, generateDefinition } from './generate-definition.js';

/**
 * The definition a bench page is driven with, from its URL, so one build
 * serves every size (scripts/bench.mjs `--sizes`):
 *   - no `items`: the 300-item form, as before;
 *   - `?items=10`: the Barthel Index from @otforms/instruments (10 items, one
 *     section): a 15 × N form cannot have 10 items, and a real instrument is
 *     what the issue names for the small end. Loaded only when asked for, so
 *     the other sizes load exactly what they did;
 *   - `?items=N`, N a multiple of 15 from 270: `generateDefinition(N / 15)`.
 */
export async function pageDefinition(search: string): Promise<InstrumentDefinitionInput> {
  const items = new URLSearchParams(search).get('items');
  if (items === null) return generateDefinition();
  const count = Number(items);
  if (count === BARTHEL_ITEMS) return (await import('./barthel.js')).barthelDefinition;
  if (!Number.isInteger(count) || count % SECTION_COUNT !== 0) {
    throw new Error(`bench: ?items=${items} is neither ${BARTHEL_ITEMS} (Barthel) nor a multiple of ${SECTION_COUNT}`);
  }
  return generateDefinition(count / SECTION_COUNT);
}

export const BARTHEL_ITEMS = 10;

/** What the otforms page mounts, and the same form as the driver reads it. */
export interface PageForm {
  /** Handed to the driver, which reads its sections and scored items. */
  definition: InstrumentDefinitionInput;
  /** The compiled definition as fetched (the page gives `loadDefinition` of it to `<ot-assessment>`), or with `raw`, the definition itself. */
  given: unknown;
  raw: boolean;
}

/**
 * The otforms page's form, as a vendor ships a catalogue form: compiled ahead
 * of time (compileDefinition, run in Node by the bench build,
 * bench/compiled/compiled-definitions.mjs), fetched as JSON and given to
 * `loadDefinition` by the page (bench/otforms-page/main.ts), so the time to
 * interactive includes checking its checksum, not parsing it. `?raw=1`: the
 * definition as written, parsed by the element, as before. The floor page
 * always takes the definition as written (`pageDefinition`).
 */
export async function pageForm(search: string): Promise<PageForm> {
  const params = new URLSearchParams(search);
  if (params.get('raw') === '1') {
    const definition = await pageDefinition(search);
    return { definition, given: definition, raw: true };
  }
  const items = params.get('items') ?? '300';
  const response = await fetch(`/compiled/${encodeURIComponent(items)}.json`);
  if (!response.ok) {
    throw new Error(`bench: no compiled definition of ${items} items; build with BENCH_COMPILED_ITEMS=${items}, or open the page with ?raw=1`);
  }
  const compiled = (await response.json()) as { definition: InstrumentDefinitionInput };
  return { definition: compiled.definition, given: compiled, raw: false };
}
