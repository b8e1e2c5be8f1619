import { parseDefinition, type InstrumentDefinition } from '@otforms/core';
import { barthelDefinition } from './barthel/barthel-definition.js';
import { barthelReferenceCases } from './barthel/barthel-reference-cases.js';
import { fesIDefinition } from './fes-i/fes-i-definition.js';
import { fesIReferenceCases } from './fes-i/fes-i-reference-cases.js';
import { lawtonDefinition } from './lawton/lawton-definition.js';
import { lawtonReferenceCases } from './lawton/lawton-reference-cases.js';
import { personRatedPerformanceDefinition } from './person-rated-performance/person-rated-performance-definition.js';
import { personRatedPerformanceReferenceCases } from './person-rated-performance/person-rated-performance-reference-cases.js';
import type { ReferenceCase } from './reference-case.js';
import { shortFesIDefinition } from './short-fes-i/short-fes-i-definition.js';
import { shortFesIReferenceCases } from './short-fes-i/short-fes-i-reference-cases.js';
import { tugDefinition } from './tug/tug-definition.js';
import { tugReferenceCases } from './tug/tug-reference-cases.js';

export interface CatalogueEntry {
  id: string;
  title: string;
  version: string;
  licence: InstrumentDefinition['licence'];
  definition: InstrumentDefinition;
  referenceCases: readonly ReferenceCase[];
}

function entry(source: unknown, referenceCases: readonly ReferenceCase[]): CatalogueEntry {
  // Parsed here so the catalogue only ever holds definitions that core accepts.
  const definition = parseDefinition(source);
  const { id, title, version, licence } = definition;
  return { id, title, version, licence, definition, referenceCases };
}

/** Every instrument otforms ships, with its licence and reference cases. */
export const catalogue: readonly CatalogueEntry[] = [
  entry(barthelDefinition, barthelReferenceCases),
  entry(lawtonDefinition, lawtonReferenceCases),
  entry(fesIDefinition, fesIReferenceCases),
  entry(shortFesIDefinition, shortFesIReferenceCases),
  entry(tugDefinition, tugReferenceCases),
  entry(personRatedPerformanceDefinition, personRatedPerformanceReferenceCases),
];

/** The parsed definition with this id, or `undefined`. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return catalogue.find((candidate) => candidate.id === id)?.definition;
}
