// The types of cdn/catalogue.js, which carries @otforms/instruments (not a
// dependency of this package, so its types are restated here rather than
// imported). tests/packages/consumer/src/cdn.ts checks that they match the package's.
import type { Answers, InstrumentDefinition, InstrumentDefinitionInput } from '@otforms/core';

/** Answers and the scores the instrument's publication gives for them. */
export interface ReferenceCase {
  id: string;
  description: string;
  answers: Answers;
  expected: {
    total: number | null;
    status: 'complete' | 'incomplete';
    prorated?: boolean;
    scales?: Record<string, number | null>;
    bands?: Record<string, string>;
    missingItems?: string[];
    scores?: Record<string, number | null>;
    flags?: Record<string, boolean | null>;
    noTotalReason?: string | null;
  };
}

/** Answers and the suggestions a definition's rules give for them, in rule order. */
export interface SuggestionCase {
  id: string;
  description: string;
  answers: Answers;
  expected: { suggestions: string[] };
}

export interface CatalogueEntry {
  id: string;
  title: string;
  version: string;
  licence: InstrumentDefinition['licence'];
  definition: InstrumentDefinition;
  referenceCases: readonly ReferenceCase[];
  suggestionCases: readonly SuggestionCase[];
  /** Whether the definition carries Welsh text, and why (or why not). */
  welsh: WelshStatus;
}

/** Welsh text is shipped only where a Welsh version may be used; elsewhere the form stays in English inside a Welsh interface, and says so. */
export interface WelshStatus {
  shipped: boolean;
  /** One sentence: what Welsh version exists, on what terms, and what otforms ships. */
  status: string;
}

/** Every instrument otforms ships, with its licence and reference cases. */
export declare const catalogue: readonly CatalogueEntry[];
/** The parsed definition with this id, or `undefined`. */
export declare function getInstrument(id: string): InstrumentDefinition | undefined;

/** The definitions as written; `getInstrument` gives them parsed. */
export declare const barthelDefinition: InstrumentDefinitionInput;
export declare const lawtonDefinition: InstrumentDefinitionInput;
export declare const fesIDefinition: InstrumentDefinitionInput;
export declare const shortFesIDefinition: InstrumentDefinitionInput;
export declare const tugDefinition: InstrumentDefinitionInput;
export declare const personRatedPerformanceDefinition: InstrumentDefinitionInput;
export declare const homeEnvironmentDefinition: InstrumentDefinitionInput;
export declare const fallsRiskChecklistDefinition: InstrumentDefinitionInput;
export declare const whatMattersConversationDefinition: InstrumentDefinitionInput;
