/**
 * The self-contained ES module for hosts without a bundler: one file that
 * registers every ot-* element and carries the catalogue.
 * zod is private to this file, so it can be made CSP-safe here: `jitless`
 * stops zod probing `new Function` (blocked by a strict script-src).
 */
import './zod-jitless.js';
import '@otforms/elements/define';

export * from '@otforms/elements';
export { catalogue, getInstrument } from '@otforms/instruments';
export { parseDefinition, scoreInstrument, validateOutcomeRecord, DefinitionError, MemoryDraftStorage } from '@otforms/core';
