export { catalogue, getInstrument, type CatalogueEntry } from './catalogue.js';
export type { ReferenceCase } from './reference-case.js';
export { barthelDefinition } from './barthel/barthel-definition.js';
