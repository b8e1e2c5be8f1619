import { describe, expect, it } from 'vitest';
import { parseDefinition, scoreInstrument } from '@otforms/core';
import { InteropError, type InteropIssue } from '../interop-error.js';
import { FHIR_EXTENSION, OTFORMS_EXTENSION } from './extensions.js';
import { fromFhirQuestionnaire } from './from-fhir-questionnaire.js';
import type { Questionnaire, QuestionnaireAnswerOption, QuestionnaireItem } from './questionnaire-types.js';

const scored = (code: string, display: string, score: number, url: string = FHIR_EXTENSION.ordinalValue): QuestionnaireAnswerOption => ({
  valueCoding: { system: 'http://loinc.org', code, display },
  extension: [{ url, valueDecimal: score }],
});

const questionnaire = (item: QuestionnaireItem[], extra: Partial<Questionnaire> = {}): Questionnaire => ({
  resourceType: 'Questionnaire', status: 'active', id: 'mood-check', title: 'Mood check', item, ...extra,
});

const frequency = (linkId: string, text: string, url?: string): QuestionnaireItem => ({
  linkId, text, type: 'choice',
  answerOption: [scored('LA6568-5', 'Not at all', 0, url), scored('LA6569-3', 'Several days', 1, url), scored('LA6570-1', 'More than half the days', 2, url)],
});

function issuesOf(source: unknown): readonly InteropIssue[] {
  try {
    fromFhirQuestionnaire(source);
  } catch (error) {
    if (error instanceof InteropError) return error.issues;
    throw error;
  }
  throw new Error('Expected an InteropError');
}

describe('fromFhirQuestionnaire on Questionnaires otforms did not write', () => {
  it('scores from ordinalValue and itemWeight, with a sum total when every choice item is scored', () => {
    const source = questionnaire([frequency('/44250-9', 'Little interest', FHIR_EXTENSION.itemWeight), frequency('/44255-8', 'Feeling down')], {
      publisher: 'Example Health', copyright: 'Free to use.',
    });
    const definition = parseDefinition(fromFhirQuestionnaire(source));
    const items = definition.sections.flatMap((section) => section.items);
    expect(items.map((item) => item.id)).toEqual(['item-44250-9', 'item-44255-8']);
    expect(definition.scoring).toMatchObject({ method: 'sum' });
    expect(scoreInstrument(definition, { 'item-44250-9': 'LA6569-3', 'item-44255-8': 'LA6570-1' }).total).toBe(3);
    expect(definition.licence).toEqual({ holder: 'Example Health', terms: 'Free to use.', attribution: 'Free to use.', commercialUseNeedsPermission: false });
    expect(definition.notes[0]).toMatch(/^Imported from the FHIR R4 Questionnaire mood-check/);
  });

  it('gives no scoring when any choice item lacks scores, and reads text and number options', () => {
    const source = questionnaire([
      frequency('q1', 'Little interest'),
      { linkId: 'q2', text: 'Colour', type: 'choice', answerOption: [{ valueString: 'Light blue' }, { valueString: 'Red' }] },
      { linkId: 'q3', text: 'Floor', type: 'choice', answerOption: [{ valueInteger: 1 }, { valueInteger: 2 }] },
    ]);
    const definition = parseDefinition(fromFhirQuestionnaire(source));
    expect(definition.scoring).toBeUndefined();
    const [, colour, floor] = definition.sections[0]!.items;
    expect(colour).toMatchObject({ type: 'single-choice', options: [{ code: 'option-Light-blue', label: 'Light blue' }, { code: 'Red', label: 'Red' }] });
    expect(floor).toMatchObject({ type: 'single-choice', options: [{ code: 'option-1', label: '1' }, { code: 'option-2', label: '2' }] });
  });

  it('turns top-level text into the description and help children into hints', () => {
    const source = questionnaire([
      { linkId: 'intro', type: 'display', text: 'Answer about the last two weeks.' },
      { linkId: 'q1', text: 'Name', type: 'string', required: true, item: [{ linkId: 'q1-help', type: 'display', text: 'Your full name.' }] },
    ]);
    const definition = parseDefinition(fromFhirQuestionnaire(source));
    expect(definition.description).toBe('Answer about the last two weeks.');
    expect(definition.sections[0]!.items[0]).toMatchObject({ id: 'q1', type: 'text', hint: 'Your full name.', required: true });
  });

  it('refuses what it cannot represent, naming every item by linkId and path', () => {
    const source = questionnaire([
      {
        linkId: 'section', type: 'group', text: 'Section',
        item: [
          { linkId: 'colour', type: 'open-choice', text: 'Colour' },
          { linkId: 'letter', type: 'attachment', text: 'Letter', extension: [{ url: FHIR_EXTENSION.mimeType, valueCode: 'application/pdf' }] },
          { linkId: 'diagnosis', type: 'choice', text: 'Diagnosis', answerValueSet: 'http://example.org/ValueSet/x' },
          { linkId: 'age', type: 'integer', text: 'Age' },
          frequency('mood', 'Mood'),
          { linkId: 'older', type: 'string', text: 'Why?', enableWhen: [{ question: 'age', operator: '>=', answerInteger: 65 }] },
          { linkId: 'ghost', type: 'string', text: 'Ghost', enableWhen: [{ question: 'missing', operator: 'exists', answerBoolean: true }] },
          { linkId: 'pink', type: 'string', text: 'Pink?', enableWhen: [{ question: 'mood', operator: '=', answerCoding: { code: 'LA0000-0' } }] },
          {
            linkId: 'rooms', type: 'group', repeats: true, text: 'Rooms',
            item: [{ linkId: 'rooms-help', type: 'display', text: 'Each room.' }, { linkId: 'inner', type: 'group', repeats: true, item: [{ linkId: 'x', type: 'string' }] }],
          },
          { linkId: 'phones', type: 'string', repeats: true, text: 'Phone numbers' },
        ],
      },
    ]);
    expect(issuesOf(source)).toEqual([
      { path: 'item[0].item[0]', linkId: 'colour', message: 'Item type "open-choice" cannot be converted: otforms has no open-choice questions (a list plus free text)' },
      { path: 'item[0].item[1]', linkId: 'letter', message: 'An attachment question for application/pdf cannot be converted: otforms attachment questions take photos (JPEG, PNG or WebP)' },
      { path: 'item[0].item[2]', linkId: 'diagnosis', message: 'Choices from a value set (answerValueSet) cannot be converted: list them as answerOption' },
      { path: 'item[0].item[5].enableWhen[0]', linkId: 'older', message: 'The condition operator ">=" cannot be converted: otforms supports =, !=, >, < and exists' },
      { path: 'item[0].item[6].enableWhen[0]', linkId: 'ghost', message: 'The condition refers to question "missing", which is not in the Questionnaire' },
      { path: 'item[0].item[7].enableWhen[0]', linkId: 'pink', message: 'The condition compares with option "LA0000-0", which question "mood" does not offer' },
      { path: 'item[0].item[8].item[1]', linkId: 'inner', message: 'A group inside a repeating group cannot be converted: otforms repeating groups hold questions only' },
      { path: 'item[0].item[9]', linkId: 'phones', message: 'A repeating string question cannot be converted: only choice and photo questions may have several answers in otforms' },
    ]);
  });

  it('reads quantities in one unit otforms measures in, attachments as photos, and own words', () => {
    const source = questionnaire([
      { linkId: 'rail', text: 'Rail height', type: 'quantity', extension: [{ url: FHIR_EXTENSION.unitOption, valueCoding: { system: 'http://unitsofmeasure.org', code: 'cm' } }, { url: FHIR_EXTENSION.minValue, valueDecimal: 60 }] },
      { linkId: 'seat', text: 'Seat height', type: 'quantity', enableWhen: [{ question: 'rail', operator: '<', answerQuantity: { value: 80, code: 'cm' } }], extension: [{ url: FHIR_EXTENSION.unit, valueCoding: { system: 'http://unitsofmeasure.org', code: 'mm' } }] },
      { linkId: 'photos', text: 'Photos', type: 'attachment', repeats: true, extension: [{ url: FHIR_EXTENSION.maxOccurs, valueInteger: 2 }, { url: FHIR_EXTENSION.mimeType, valueCode: 'image/*' }] },
      { linkId: 'one', text: 'One photo', type: 'attachment' },
      { linkId: 'words', text: 'What matters', type: 'string', extension: [{ url: OTFORMS_EXTENSION.ownWords, valueBoolean: true }] },
    ]);
    const items = parseDefinition(fromFhirQuestionnaire(source)).sections[0]!.items;
    expect(items.map((item) => item.type)).toEqual(['measurement', 'measurement', 'photo', 'photo', 'own-words']);
    expect(items[0]).toMatchObject({ unit: 'cm', min: 60 });
    expect(items[1]).toMatchObject({ unit: 'mm', enableWhen: [{ item: 'rail', operator: 'lessThan', value: 80 }] });
    expect(items[2]).toMatchObject({ maxPhotos: 2 });
    expect(items[3]).toMatchObject({ maxPhotos: 1 });
  });

  it('refuses quantities in other or several units, and photos inside a repeating group', () => {
    const source = questionnaire([
      { linkId: 'bmi', text: 'BMI', type: 'quantity', extension: [{ url: FHIR_EXTENSION.unit, valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg/m2' } }] },
      { linkId: 'length', text: 'Length', type: 'quantity', extension: [{ url: FHIR_EXTENSION.unitOption, valueCoding: { code: 'cm' } }, { url: FHIR_EXTENSION.unitOption, valueCoding: { code: 'm' } }] },
      { linkId: 'rooms', text: 'Rooms', type: 'group', repeats: true, item: [{ linkId: 'roomPhoto', text: 'Photo', type: 'attachment' }] },
    ]);
    expect(issuesOf(source)).toEqual([
      { path: 'item[0]', linkId: 'bmi', message: 'A quantity question needs exactly one unit otforms measures in (mm, cm, m, kg), as UCUM; this one has "kg/m2"' },
      { path: 'item[1]', linkId: 'length', message: 'A quantity question needs exactly one unit otforms measures in (mm, cm, m, kg), as UCUM; this one has "cm", "m"' },
      { path: 'item[2].item[0]', linkId: 'roomPhoto', message: 'An attachment question inside a repeating group cannot be converted: otforms keeps photos outside repeating groups' },
    ]);
  });

  it('refuses groups nested 20,000 deep with an InteropError, not a stack overflow', () => {
    let deepest: QuestionnaireItem = { linkId: 'q', text: 'At the bottom', type: 'string' };
    for (let level = 20_000; level > 0; level -= 1) deepest = { linkId: `g${level}`, text: `Level ${level}`, type: 'group', item: [deepest] };
    expect(issuesOf(questionnaire([deepest]))).toEqual([
      { path: 'item[0].item[0]', linkId: 'g2', message: 'A group inside a group cannot be converted: otforms sections hold questions and repeating groups only' },
    ]);
  });

  it('says so when it is not a Questionnaire at all', () => {
    expect(issuesOf({ resourceType: 'Patient' })).toEqual([{ path: 'resourceType', message: 'This is not a FHIR Questionnaire resource' }]);
    expect(() => fromFhirQuestionnaire(null)).toThrow(InteropError);
    expect(issuesOf(questionnaire([]))).toEqual([{ path: 'item', message: 'The Questionnaire has no questions' }]);
    expect(issuesOf({ resourceType: 'Questionnaire', item: [{ linkId: 'g', type: 'group', item: [{ linkId: 'q', type: 'string' }, { text: 'No linkId' }] }] })).toEqual([
      { path: 'item[0].item[1]', message: 'Each item needs a linkId and a type' },
    ]);
  });
});
