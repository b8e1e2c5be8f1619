/**
 * cdn/otforms.js: the one ES module for pages without a bundler. It registers
 * every ot-* element, and exports the elements' classes and events with all of
 * @otforms/core, so a page can also parse definitions and validate records.
 * Its types are cdn/otforms.d.ts, which says the same thing.
 */
import './zod-jitless.js';
import '@otforms/elements/define';

export * from '@otforms/elements';
export * from '@otforms/core';
