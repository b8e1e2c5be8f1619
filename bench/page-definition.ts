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
