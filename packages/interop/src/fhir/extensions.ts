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
} as const;

export function findExtension(extensions: readonly Extension[] | undefined, url: string): Extension | undefined {
  return extensions?.find((extension) => extension.url === url);
}

export function jsonExtension(url: string, value: unknown): Extension {
  return { url, valueString: JSON.stringify(value) };
}
