import { parseDefinition, type InstrumentDefinition } from '@otforms/core';
import { barthelDefinition } from './barthel/barthel-definition.js';
import { barthelReferenceCases } from './barthel/barthel-reference-cases.js';
import { fallsRiskChecklistDefinition } from './falls-risk-checklist/falls-risk-checklist-definition.js';
import { fallsRiskChecklistReferenceCases, fallsRiskChecklistSuggestionCases } from './falls-risk-checklist/falls-risk-checklist-reference-cases.js';
import { fesIDefinition } from './fes-i/fes-i-definition.js';
import { fesIReferenceCases } from './fes-i/fes-i-reference-cases.js';
import { homeEnvironmentDefinition } from './home-environment/home-environment-definition.js';
import { homeEnvironmentReferenceCases, homeEnvironmentSuggestionCases } from './home-environment/home-environment-reference-cases.js';
import { lawtonDefinition } from './lawton/lawton-definition.js';
import { lawtonReferenceCases } from './lawton/lawton-reference-cases.js';
import { personRatedPerformanceDefinition } from './person-rated-performance/person-rated-performance-definition.js';
import { personRatedPerformanceReferenceCases } from './person-rated-performance/person-rated-performance-reference-cases.js';
import type { ReferenceCase } from './reference-case.js';
import { shortFesIDefinition } from './short-fes-i/short-fes-i-definition.js';
import { shortFesIReferenceCases } from './short-fes-i/short-fes-i-reference-cases.js';
import { tugDefinition } from './tug/tug-definition.js';
import type { SuggestionCase } from './suggestion-case.js';
import { tugReferenceCases } from './tug/tug-reference-cases.js';
import { whatMattersConversationDefinition } from './what-matters-conversation/what-matters-conversation-definition.js';
import { whatMattersConversationReferenceCases } from './what-matters-conversation/what-matters-conversation-reference-cases.js';

export interface CatalogueEntry {
  id: string;
  title: string;
  version: string;
  licence: InstrumentDefinition['licence'];
  definition: InstrumentDefinition;
  referenceCases: readonly ReferenceCase[];
  /** Answers and the suggestion rules they set off: one case at least for every rule the definition has. */
  suggestionCases: readonly SuggestionCase[];
}

function entry(source: unknown, referenceCases: readonly ReferenceCase[], suggestionCases: readonly SuggestionCase[] = []): CatalogueEntry {
  // Parsed here so the catalogue only ever holds definitions that core accepts.
  const definition = parseDefinition(source);
  const { id, title, version, licence } = definition;
  return { id, title, version, licence, definition, referenceCases, suggestionCases };
}

/** Every instrument otforms ships, with its licence and reference cases. */
export const catalogue: readonly CatalogueEntry[] = [
  entry(barthelDefinition, barthelReferenceCases),
  entry(lawtonDefinition, lawtonReferenceCases),
  entry(fesIDefinition, fesIReferenceCases),
  entry(shortFesIDefinition, shortFesIReferenceCases),
  entry(tugDefinition, tugReferenceCases),
  entry(personRatedPerformanceDefinition, personRatedPerformanceReferenceCases),
  entry(homeEnvironmentDefinition, homeEnvironmentReferenceCases, homeEnvironmentSuggestionCases),
  entry(fallsRiskChecklistDefinition, fallsRiskChecklistReferenceCases, fallsRiskChecklistSuggestionCases),
  entry(whatMattersConversationDefinition, whatMattersConversationReferenceCases),
];

/** The parsed definition with this id, or `undefined`. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return catalogue.find((candidate) => candidate.id === id)?.definition;
}
