import { parseDefinition, type InstrumentDefinition } from '@otforms/core';
import { barthelDefinition } from './barthel/barthel-definition.js';
import { barthelReferenceCases } from './barthel/barthel-reference-cases.js';
import type { ReferenceCase } from './reference-case.js';

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
export const catalogue: readonly CatalogueEntry[] = [entry(barthelDefinition, barthelReferenceCases)];

/** The parsed definition with this id, or `undefined`. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return catalogue.find((candidate) => candidate.id === id)?.definition;
}
