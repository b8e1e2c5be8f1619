import { ATTACHMENT_MEDIA_TYPES, MEASUREMENT_UNITS, type InstrumentDefinitionInput } from '@otforms/core';
import { FHIR_EXTENSION, findExtension } from './extensions.js';
import type { QuestionnaireItem } from './questionnaire-types.js';

/**
 * Readers for `fromFhirQuestionnaire` of the FHIR item types a home visit
 * uses: each returns the otforms item, or in plain words why it cannot be one.
 */

type QuestionInput = Exclude<InstrumentDefinitionInput['sections'][number]['items'][number], { type: 'group' }>;
type Base = Omit<QuestionInput, 'type'>;

/** A quantity in one of the units otforms measures in, named by questionnaire-unit or a single unitOption. */
export function readMeasurement(item: QuestionnaireItem, base: Base, bounds: { min?: number; max?: number }, places: number | undefined): QuestionInput | string {
  const options = (item.extension ?? []).filter((extension) => extension.url === FHIR_EXTENSION.unitOption).map((extension) => extension.valueCoding);
  const units = [findExtension(item.extension, FHIR_EXTENSION.unit)?.valueCoding, ...options].filter((coding) => coding !== undefined);
  const codes = [...new Set(units.map((coding) => coding.code ?? coding.display))];
  const unit = MEASUREMENT_UNITS.find((candidate) => candidate === codes[0]);
  if (codes.length !== 1 || !unit) {
    const named = codes.length === 0 ? 'no unit' : codes.map((code) => `"${code}"`).join(', ');
    return `A quantity question needs exactly one unit otforms measures in (${MEASUREMENT_UNITS.join(', ')}), as UCUM; this one has ${named}`;
  }
  return { ...base, type: 'measurement', unit, ...bounds, ...(places === undefined ? {} : { decimalPlaces: places }) };
}

/**
 * An attachment question as photos: one photo unless it repeats, then up to
 * its maxOccurs (otforms' default when it gives none). The size limit is the
 * definition's budget for all photos, so maxSize is not read back.
 */
export function readPhoto(item: QuestionnaireItem, base: Base, inGroup: boolean): QuestionInput | string {
  if (inGroup) return 'An attachment question inside a repeating group cannot be converted: otforms keeps photos outside repeating groups';
  const types = (item.extension ?? []).filter((extension) => extension.url === FHIR_EXTENSION.mimeType).map((extension) => extension.valueCode ?? '');
  if (types.length > 0 && !types.some((type) => (ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(type) || type === 'image/*')) {
    return `An attachment question for ${types.join(', ')} cannot be converted: otforms attachment questions take photos (JPEG, PNG or WebP)`;
  }
  if (!item.repeats) return { ...base, type: 'photo', maxPhotos: 1 };
  const maxOccurs = findExtension(item.extension, FHIR_EXTENSION.maxOccurs)?.valueInteger;
  return { ...base, type: 'photo', ...(maxOccurs === undefined ? {} : { maxPhotos: maxOccurs }) };
}
