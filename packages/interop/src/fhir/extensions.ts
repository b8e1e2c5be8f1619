import type { Extension } from './questionnaire-types.js';

/** Standard FHIR R4 extensions (core and SDC) that otforms reads and writes. */
export const FHIR_EXTENSION = {
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  /** The R5/SDC name of the same idea; read on import, never written. */
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  maxDecimalPlaces: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  minOccurs: 'http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs',
  maxOccurs: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  /** The unit a quantity question is answered in, as SDC renderers offer it (one option: otforms measures in one unit). */
  unitOption: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption',
  /** On an attachment question: a media type it accepts (repeated, one per type). */
  mimeType: 'http://hl7.org/fhir/StructureDefinition/mimeType',
  /** On an attachment question: the largest file it accepts, in bytes. */
  maxSize: 'http://hl7.org/fhir/StructureDefinition/maxSize',
} as const;

export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
export const UCUM = 'http://unitsofmeasure.org';

/**
 * otforms' own extensions, for what FHIR R4 cannot say. Each carries JSON in
 * `valueString` so that a round trip through FHIR keeps the definition whole.
 */
export const OTFORMS_EXTENSION = {
  /** On the Questionnaire: the definition's `scoring` object. */
  scoring: 'urn:otforms:fhir:extension:scoring',
  /** On the Questionnaire: citation, licence, notes, administration modes and languages. */
  definition: 'urn:otforms:fhir:extension:definition',
  /** On an item: allowNotAssessed, minSelected/maxSelected, entryLabel. */
  item: 'urn:otforms:fhir:extension:item',
  /** On a boolean item: the scores for yes and no (sub-extensions `yes` and `no`, valueDecimal). */
  yesNoScores: 'urn:otforms:fhir:extension:yes-no-scores',
  /** On the Questionnaire: the definition's suggestion rules (`suggestions`). */
  suggestions: 'urn:otforms:fhir:extension:suggestions',
  /**
   * On a text item (valueBoolean true): the answer is the person's own words,
   * kept exactly as given (never trimmed or rewritten), and never scored.
   */
  ownWords: 'urn:otforms:fhir:extension:own-words',
  /** On a Media's content: the SHA-256 of the data, as lower-case hex (R4 `Attachment.hash` is SHA-1). */
  sha256: 'urn:otforms:fhir:extension:sha256',
  /** On a DeviceRequest or ServiceRequest: the recommendation's kind, route, dated statuses and the rule it came from (see fhir/bundle/recommendations.ts). */
  recommendation: 'urn:otforms:fhir:extension:recommendation',
  /**
   * What the OT decided about a suggestion, with the reason: on the request an
   * accepted one became, or, dismissed, on the CarePlan of the visit or episode
   * (see fhir/bundle/recommendations.ts).
   */
  suggestionDecision: 'urn:otforms:fhir:extension:suggestion-decision',
  /**
   * On the Provenance of an assessment's answers, one per answer: who gave it
   * first and when, who changed it last and when (sub-extensions `key`,
   * `linkId`, `firstBy`, `firstAt`, `lastBy`, `lastAt`, `changes`; see
   * fhir/bundle/provenance.ts).
   */
  answerAudit: 'urn:otforms:fhir:extension:answer-audit',
  /**
   * On the EpisodeOfCare (valueCoding): how the person came in, a CLD Request
   * Route of Access or, from another vocabulary, the record's
   * `routeOfAccessCoding` as it is (see fhir/bundle/episode-of-care.ts).
   */
  routeOfAccess: 'urn:otforms:fhir:extension:route-of-access',
  /** On the EpisodeOfCare (valueCoding): how it ended, a CLD Event Outcome or the record's `endOutcomeCoding`. */
  endOutcome: 'urn:otforms:fhir:extension:end-outcome',
} as const;

export function findExtension(extensions: readonly Extension[] | undefined, url: string): Extension | undefined {
  return extensions?.find((extension) => extension.url === url);
}

export function jsonExtension(url: string, value: unknown): Extension {
  return { url, valueString: JSON.stringify(value) };
}
