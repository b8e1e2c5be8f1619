import { describe, expect, it } from 'vitest';
import { parseDefinition, scoreInstrument } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import { allItemTypesDefinition } from './all-item-types.fixture.js';
import { FHIR_EXTENSION } from './extensions.js';
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
    const [first, second] = questionnaire.item ?? [];
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
