import { allItems, scoredItemIds, type AssessmentRecord, type AssessmentTimepoint, type InstrumentDefinition } from '@otforms/core';
import type { CodeableConcept, Observation } from '@medplum/fhirtypes';
import type { LocalReference } from './ids.js';
import { BARTHEL_INSTRUMENT_ID, BARTHEL_TOTAL_CODINGS, SURVEY_CATEGORY, SYSTEM, concept } from './codes.js';

/**
 * The Observation of an instrument's total, derived from its
 * QuestionnaireResponse. Returns `null` when the record has no total
 * (incomplete, or the instrument's own rule gives none, as with TUG when
 * physical help was given): an Observation needs a value or a
 * dataAbsentReason, and the reason already travels in the record's
 * `noTotalReason`; a score-less Observation would only invite a reader to
 * treat "no total" as a result.
 */
export function toTotalObservation(
  record: AssessmentRecord,
  definition: InstrumentDefinition,
  context: { questionnaireResponse: LocalReference; subject: LocalReference | undefined; timepoint?: AssessmentTimepoint },
): Observation | null {
  if (record.total === null) return null;
  const performer = record.assessor?.reference;
  const category: CodeableConcept[] = [SURVEY_CATEGORY];
  if (context.timepoint) category.push(concept({ system: SYSTEM.assessmentTimepoint, code: context.timepoint }));
  return {
    resourceType: 'Observation',
    status: 'final',
    category,
    code: totalCode(record, definition),
    ...(context.subject ? { subject: context.subject } : {}),
    effectiveDateTime: record.completedAt,
    ...(performer ? { performer: [{ reference: performer }] } : {}),
    ...totalValue(definition, record.total),
    ...(record.band ? { interpretation: [{ text: `${record.band.label} (${record.band.bandSetLabel})` }] } : {}),
    ...(record.prorated ? { note: [{ text: 'Prorated for missing items, as the instrument’s rules allow.' }] } : {}),
    ...(record.totalRange
      ? { referenceRange: [{ low: { value: record.totalRange.min }, high: { value: record.totalRange.max }, text: 'Lowest and highest possible total' }] }
      : {}),
    derivedFrom: [context.questionnaireResponse],
  };
}

/** The verified SNOMED CT and LOINC codes for the Barthel total only; the local instrument code for every other total. */
function totalCode(record: AssessmentRecord, definition: InstrumentDefinition): CodeableConcept {
  const text = definition.scoring?.totalLabel ?? `${record.instrument.title} total`;
  if (record.instrument.id === BARTHEL_INSTRUMENT_ID) return { coding: BARTHEL_TOTAL_CODINGS.map((coding) => ({ ...coding })), text };
  return concept({ system: SYSTEM.instrument, code: record.instrument.id, display: record.instrument.title }, text);
}

/**
 * `valueInteger` when the instrument can only give whole numbers, so every
 * total of one instrument has the same value type; a time in seconds as a
 * UCUM quantity; anything else (means, weights) as a unitless quantity.
 */
function totalValue(definition: InstrumentDefinition, total: number): Pick<Observation, 'valueInteger' | 'valueQuantity'> {
  const scored = new Set(scoredItemIds(definition));
  const items = allItems(definition).filter((item) => scored.has(item.id));
  if (items.length > 0 && items.every((item) => item.type === 'duration')) {
    return { valueQuantity: { value: total, unit: 's', system: SYSTEM.ucum, code: 's' } };
  }
  return wholeNumbersOnly(definition, items) && Number.isInteger(total) ? { valueInteger: total } : { valueQuantity: { value: total } };
}

function wholeNumbersOnly(definition: InstrumentDefinition, items: ReturnType<typeof allItems<InstrumentDefinition>>): boolean {
  const scoring = definition.scoring;
  if (!scoring || scoring.method !== 'sum') return false;
  if (Object.values(scoring.weights ?? {}).some((weight) => !Number.isInteger(weight))) return false;
  return items.every((item) => {
    switch (item.type) {
      case 'single-choice':
      case 'multiple-choice':
        return item.options.every((option) => Number.isInteger(option.score ?? 0));
      case 'yes-no':
        return item.scores === undefined || (Number.isInteger(item.scores.yes) && Number.isInteger(item.scores.no));
      case 'integer':
        return true;
      default:
        return false;
    }
  });
}
