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
  /** Whether the definition carries Welsh text, and why (or why not): docs/catalogue.md gives it for each instrument. */
  welsh: WelshStatus;
}

/**
 * Welsh text is shipped only where a Welsh version may be used: our own
 * translation of a definition written for otforms, or a published Welsh
 * version whose holder allows it (none could be confirmed so far). Elsewhere
 * the form stays in English inside a Welsh interface, and says so.
 */
export interface WelshStatus {
  shipped: boolean;
  /** One sentence: what Welsh version exists, on what terms, and what otforms ships. */
  status: string;
}

const noWelshVersionFound: WelshStatus = {
  shipped: false,
  status: 'No published Welsh version that may be used could be confirmed, so otforms ships none: the form stays in English inside a Welsh interface.',
};
const profaneWelsh: WelshStatus = {
  shipped: false,
  status:
    'ProFaNE lists the official translations and asks to be contacted about new ones; no Welsh version could be confirmed, so otforms ships none: the form stays in English inside a Welsh interface.',
};
const ourWelsh: WelshStatus = {
  shipped: true,
  status: 'Our own Welsh translation (MIT, as the definition), awaiting review by a Welsh-speaking occupational therapist.',
};

function entry(source: unknown, welsh: WelshStatus, referenceCases: readonly ReferenceCase[], suggestionCases: readonly SuggestionCase[] = []): CatalogueEntry {
  // Parsed here so the catalogue only ever holds definitions that core accepts.
  const definition = parseDefinition(source);
  const { id, title, version, licence } = definition;
  return { id, title, version, licence, definition, referenceCases, suggestionCases, welsh };
}

/** Every instrument otforms ships, with its licence and reference cases. */
export const catalogue: readonly CatalogueEntry[] = [
  entry(barthelDefinition, noWelshVersionFound, barthelReferenceCases),
  entry(lawtonDefinition, noWelshVersionFound, lawtonReferenceCases),
  entry(fesIDefinition, profaneWelsh, fesIReferenceCases),
  entry(shortFesIDefinition, profaneWelsh, shortFesIReferenceCases),
  entry(tugDefinition, noWelshVersionFound, tugReferenceCases),
  entry(personRatedPerformanceDefinition, ourWelsh, personRatedPerformanceReferenceCases),
  entry(homeEnvironmentDefinition, ourWelsh, homeEnvironmentReferenceCases, homeEnvironmentSuggestionCases),
  entry(fallsRiskChecklistDefinition, ourWelsh, fallsRiskChecklistReferenceCases, fallsRiskChecklistSuggestionCases),
  entry(whatMattersConversationDefinition, ourWelsh, whatMattersConversationReferenceCases),
];

/** The parsed definition with this id, or `undefined`. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return catalogue.find((candidate) => candidate.id === id)?.definition;
}
