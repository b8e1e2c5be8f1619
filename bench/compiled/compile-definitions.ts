import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDefinition } from '@otforms/core';
import { barthelDefinition } from '../barthel.js';
import { SECTION_COUNT, generateDefinition } from '../generate-definition.js';
import { BARTHEL_ITEMS } from '../page-definition.js';

/**
 * Run in Node at build time (compiled-definitions.mjs): each bench form,
 * compiled as a vendor compiles a catalogue form, written as
 * `<out>/<items>.json`. `node compile-definitions.mjs <out> <items>…`.
 */
const [out, ...counts] = process.argv.slice(2);
if (!out) throw new Error('compile-definitions: give the folder to write to');
mkdirSync(out, { recursive: true });
for (const count of counts.map(Number)) {
  if (count !== BARTHEL_ITEMS && (!Number.isInteger(count) || count % SECTION_COUNT !== 0)) {
    throw new Error(`compile-definitions: ${count} is neither ${BARTHEL_ITEMS} (Barthel) nor a multiple of ${SECTION_COUNT}`);
  }
  const definition = count === BARTHEL_ITEMS ? barthelDefinition : generateDefinition(count / SECTION_COUNT);
  writeFileSync(join(out, `${count}.json`), JSON.stringify(compileDefinition(definition)));
}
