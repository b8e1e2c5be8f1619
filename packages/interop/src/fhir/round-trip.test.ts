import { describe, expect, it } from 'vitest';
import { parseDefinition, scoreInstrument } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import { allItemTypesDefinition } from './all-item-types.fixture.js';
import { FHIR_EXTENSION, OTFORMS_EXTENSION } from './extensions.js';
import { fromFhirQuestionnaire } from './from-fhir-questionnaire.js';
import { toFhirQuestionnaire } from './to-fhir-questionnaire.js';

describe('FHIR Questionnaire round trip', () => {
  for (const entry of catalogue) {
    describe(entry.id, () => {
      const roundTripped = parseDefinition(fromFhirQuestionnaire(toFhirQuestionnaire(entry.definition)));

      it('gives back the same definition', () => {
        expect(roundTripped).toEqual(entry.definition);
      });

      for (const reference of entry.referenceCases) {
        it(`${reference.id}: scores as the original`, () => {
          const original = scoreInstrument(entry.definition, reference.answers);
          const again = scoreInstrument(roundTripped, reference.answers);
          // Total, status, item scores, scales, scores, flags, bands and reasons: all of it.
          expect(again).toEqual(original);
          expect(again.total).toBe(reference.expected.total);
          expect(again.status).toBe(reference.expected.status);
        });
      }
    });
  }
});

describe('FHIR Questionnaire round trip of every item type', () => {
  const definition = parseDefinition(allItemTypesDefinition);
  const questionnaire = toFhirQuestionnaire(definition);
  const roundTripped = parseDefinition(fromFhirQuestionnaire(questionnaire));

  it('gives back the same definition', () => {
    expect(roundTripped).toEqual(definition);
  });

  it('scores the same answers the same way', () => {
    const answers = {
      mood: 'good', helpers: ['family', 'carer'], falls: 'yes', fallCount: 3, weight: 70.5, walk: 12.25,
      story: 'Fine', name: 'A', activities: [{ activity: 'Cooking', rating: 4 }, { activity: 'Walking', rating: 7 }],
    };
    const result = scoreInstrument(roundTripped, answers);
    expect(result).toEqual(scoreInstrument(definition, answers));
    expect(result.total).toBe(8);
    expect(result.flags).toEqual({ high: true });
    expect(result.scores).toEqual({ meanRating: 5.5 });
  });

  it('maps items to the standard FHIR types and extensions', () => {
    const [first, second, home] = questionnaire.item ?? [];
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire', status: 'active', url: 'urn:otforms:questionnaire:all_item-types', id: 'all-item-types',
      name: 'AllItemTypes', version: '0.0.1', title: 'Every item type', publisher: 'otforms', copyright: 'otforms contributors\n\nMIT',
    });
    expect(first?.item?.map((item) => [item.linkId, item.type, item.repeats ?? false])).toEqual([
      ['first-help', 'display', false], ['mood', 'choice', false], ['helpers', 'choice', true], ['falls', 'boolean', false],
      ['fallCount', 'integer', false], ['weight', 'decimal', false], ['walk', 'decimal', false],
    ]);
    expect(second?.item?.map((item) => [item.linkId, item.type, item.repeats ?? false])).toEqual([
      ['story', 'text', false], ['name', 'string', false], ['seen', 'date', false], ['activities', 'group', true],
    ]);
    expect(home?.item?.map((item) => [item.linkId, item.type, item.repeats ?? false])).toEqual([
      ['stepHeight', 'quantity', false], ['doorWidth', 'quantity', false], ['frontStep', 'attachment', true],
      ['bathroom', 'attachment', false], ['matters', 'text', false], ['goodAt', 'text', false], ['bathroomNote', 'string', false],
    ]);
    const walk = first?.item?.find((item) => item.linkId === 'walk');
    expect(walk?.extension).toContainEqual({ url: FHIR_EXTENSION.unit, valueCoding: { system: 'http://unitsofmeasure.org', code: 's', display: 'seconds' } });
    expect(walk?.enableWhen).toEqual([
      { question: 'weight', operator: '>', answerDecimal: 30 },
      { question: 'fallCount', operator: '<', answerInteger: 10 },
    ]);
    expect(walk?.enableBehavior).toBe('any');
    expect(second?.item?.map((item) => item.enableWhen)).toEqual([
      [{ question: 'mood', operator: '!=', answerCoding: { system: 'urn:otforms:instrument:all_item-types', code: 'good' } }],
      [{ question: 'story', operator: 'exists', answerBoolean: true }],
      [{ question: 'name', operator: 'exists', answerBoolean: false }],
      undefined,
    ]);
    expect(first?.item?.find((item) => item.linkId === 'fallCount')?.enableWhen).toEqual([{ question: 'falls', operator: '=', answerBoolean: true }]);
    expect(first?.item?.find((item) => item.linkId === 'mood')?.answerOption?.[2]).toEqual({
      valueCoding: { system: 'urn:otforms:instrument:all_item-types', code: 'good', display: 'Good' },
      extension: [{ url: FHIR_EXTENSION.ordinalValue, valueDecimal: 3 }],
    });
  });
});

describe('the home-visit item types in FHIR', () => {
  const definition = parseDefinition(allItemTypesDefinition);
  const questionnaire = toFhirQuestionnaire(definition);
  const home = questionnaire.item?.find((item) => item.linkId === 'home')?.item ?? [];
  const item = (linkId: string) => home.find((candidate) => candidate.linkId === linkId)!;

  it('a measurement is a quantity in one UCUM unit, with its bounds and decimal places', () => {
    const unit = { system: 'http://unitsofmeasure.org', code: 'cm', display: 'cm' };
    expect(item('doorWidth').extension).toEqual([
      { url: FHIR_EXTENSION.minValue, valueDecimal: 50.5 },
      { url: FHIR_EXTENSION.maxValue, valueDecimal: 120 },
      { url: FHIR_EXTENSION.maxDecimalPlaces, valueInteger: 1 },
      { url: FHIR_EXTENSION.unit, valueCoding: unit },
      { url: FHIR_EXTENSION.unitOption, valueCoding: unit },
    ]);
    // Comparing a measurement compares a quantity in its unit; the round trip above reads it back as the number.
    expect(item('frontStep').enableWhen).toEqual([
      { question: 'stepHeight', operator: '>', answerQuantity: { value: 150, unit: 'mm', system: 'http://unitsofmeasure.org', code: 'mm' } },
    ]);
    expect(item('bathroomNote').enableWhen).toEqual([
      { question: 'doorWidth', operator: '<', answerQuantity: { value: 76, unit: 'cm', system: 'http://unitsofmeasure.org', code: 'cm' } },
    ]);
  });

  it('a photo is an attachment taking JPEG, PNG or WebP up to the budget, repeating up to maxPhotos', () => {
    expect(item('frontStep').extension).toEqual([
      { url: FHIR_EXTENSION.maxOccurs, valueInteger: 4 },
      { url: FHIR_EXTENSION.mimeType, valueCode: 'image/jpeg' },
      { url: FHIR_EXTENSION.mimeType, valueCode: 'image/png' },
      { url: FHIR_EXTENSION.mimeType, valueCode: 'image/webp' },
      { url: FHIR_EXTENSION.maxSize, valueDecimal: 1_000_000 },
    ]);
    expect(item('bathroom').repeats).toBeUndefined();
  });

  it('own words are text marked as the person’s own words', () => {
    expect(item('matters')).toMatchObject({ type: 'text', maxLength: 2000, extension: [{ url: OTFORMS_EXTENSION.ownWords, valueBoolean: true }] });
  });

  it('the suggestion rules and the photo budget travel with the Questionnaire', () => {
    const roundTripped = parseDefinition(fromFhirQuestionnaire(questionnaire));
    expect(roundTripped.suggestions).toEqual(definition.suggestions);
    expect(roundTripped.suggestions).toHaveLength(1);
    expect(roundTripped.attachmentBudgetBytes).toBe(1_000_000);
  });
});
