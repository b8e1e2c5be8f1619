export { catalogue, getInstrument, type CatalogueEntry } from './catalogue.js';
export type { ReferenceCase } from './reference-case.js';
export { barthelDefinition } from './barthel/barthel-definition.js';
export { lawtonDefinition } from './lawton/lawton-definition.js';
export { fesIDefinition } from './fes-i/fes-i-definition.js';
export { shortFesIDefinition } from './short-fes-i/short-fes-i-definition.js';
export { tugDefinition } from './tug/tug-definition.js';
export { personRatedPerformanceDefinition } from './person-rated-performance/person-rated-performance-definition.js';
