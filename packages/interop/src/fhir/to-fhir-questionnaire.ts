import type { Condition, InstrumentDefinition, Item, QuestionItem, Section } from '@otforms/core';
import { FHIR_EXTENSION, ITEM_CONTROL_SYSTEM, OTFORMS_EXTENSION, UCUM, jsonExtension } from './extensions.js';
import type { Extension, Questionnaire, QuestionnaireEnableWhen, QuestionnaireItem } from './questionnaire-types.js';

/** The canonical URL otforms gives the Questionnaire for a definition. */
export const questionnaireUrl = (definitionId: string) => `urn:otforms:questionnaire:${definitionId}`;
/** The code system of a definition's option codes. */
export const optionSystem = (definitionId: string) => `urn:otforms:instrument:${definitionId}`;

const conditionOperators = { equals: '=', notEquals: '!=', greaterThan: '>', lessThan: '<' } as const;

/**
 * A FHIR R4 Questionnaire for an instrument definition. Sections become
 * top-level groups; option scores travel as `ordinalValue`; everything FHIR
 * cannot say (scoring rules, licence, yes-no scores, otforms-only settings)
 * travels in otforms extensions, so `fromFhirQuestionnaire` gives the same
 * definition back.
 */
export function toFhirQuestionnaire(definition: InstrumentDefinition): Questionnaire {
  const items = new Map<string, Item | QuestionItem>();
  for (const section of definition.sections) {
    for (const item of section.items) {
      items.set(item.id, item);
      if (item.type === 'group') for (const child of item.items) items.set(child.id, child);
    }
  }
  const context = { system: optionSystem(definition.id), items };
  const { licence } = definition;
  const fhirId = definition.id.replaceAll('_', '-');
  return {
    resourceType: 'Questionnaire',
    ...(fhirId.length <= 64 ? { id: fhirId } : {}),
    extension: [
      jsonExtension(OTFORMS_EXTENSION.definition, {
        citation: definition.citation,
        licence,
        notes: definition.notes,
        administrationModes: definition.administrationModes,
        languages: definition.languages,
      }),
      ...(definition.scoring ? [jsonExtension(OTFORMS_EXTENSION.scoring, definition.scoring)] : []),
    ],
    url: questionnaireUrl(definition.id),
    version: definition.version,
    name: computableName(definition.id),
    title: definition.title,
    status: 'active',
    publisher: licence.holder,
    ...(definition.description ? { description: definition.description } : {}),
    copyright: `${licence.attribution}\n\n${licence.terms}`,
    item: definition.sections.map((section) => sectionItem(section, context)),
  };
}

interface Context {
  system: string;
  items: Map<string, Item | QuestionItem>;
}

/** A FHIR `name` must start with a capital and hold only letters, digits and underscores. */
function computableName(id: string): string {
  return id
    .split(/[-_]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function sectionItem(section: Section, context: Context): QuestionnaireItem {
  const children = section.items.map((item) => questionItem(item, context));
  return {
    linkId: section.id,
    text: section.title,
    type: 'group',
    item: section.description ? [helpText(section.id, section.description), ...children] : children,
  };
}

/** Help text as SDC recommends: a display child shown as a flyover. */
function helpText(ownerId: string, text: string): QuestionnaireItem {
  return {
    linkId: `${ownerId}-help`,
    text,
    type: 'display',
    extension: [
      { url: FHIR_EXTENSION.itemControl, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'flyover' }] } },
    ],
  };
}

function questionItem(item: Item, context: Context): QuestionnaireItem {
  const extension: Extension[] = [];
  const children: QuestionnaireItem[] = item.hint ? [helpText(item.id, item.hint)] : [];
  const result: QuestionnaireItem = { linkId: item.id, text: item.label, type: 'group', required: item.required };
  const settings: Record<string, unknown> = {};
  switch (item.type) {
    case 'single-choice':
    case 'multiple-choice':
      result.type = 'choice';
      if (item.type === 'multiple-choice') {
        result.repeats = true;
        if (item.minSelected !== undefined) settings.minSelected = item.minSelected;
        if (item.maxSelected !== undefined) settings.maxSelected = item.maxSelected;
      } else if (item.allowNotAssessed) settings.allowNotAssessed = true;
      result.answerOption = item.options.map((option) => ({
        valueCoding: { system: context.system, code: option.code, display: option.label },
        ...(option.score === undefined ? {} : { extension: [{ url: FHIR_EXTENSION.ordinalValue, valueDecimal: option.score }] }),
      }));
      break;
    case 'yes-no':
      result.type = 'boolean';
      if (item.scores) {
        extension.push({
          url: OTFORMS_EXTENSION.yesNoScores,
          extension: [
            { url: 'yes', valueDecimal: item.scores.yes },
            { url: 'no', valueDecimal: item.scores.no },
          ],
        });
      }
      break;
    case 'integer':
    case 'decimal':
      result.type = item.type;
      extension.push(...bounds(item.min, item.max, item.type === 'integer'));
      if (item.type === 'decimal' && item.decimalPlaces !== undefined) {
        extension.push({ url: FHIR_EXTENSION.maxDecimalPlaces, valueInteger: item.decimalPlaces });
      }
      if (item.unit) extension.push({ url: FHIR_EXTENSION.unit, valueCoding: { display: item.unit } });
      break;
    case 'duration':
      result.type = 'decimal';
      extension.push(...bounds(item.min, item.max, false));
      extension.push({ url: FHIR_EXTENSION.maxDecimalPlaces, valueInteger: item.decimalPlaces });
      extension.push({ url: FHIR_EXTENSION.unit, valueCoding: { system: UCUM, code: 's', display: 'seconds' } });
      break;
    case 'text':
      result.type = item.multiline ? 'text' : 'string';
      if (item.maxLength !== undefined) result.maxLength = item.maxLength;
      break;
    case 'date':
      result.type = 'date';
      break;
    case 'group':
      result.repeats = true;
      settings.entryLabel = item.entryLabel;
      if (item.minEntries > 0) extension.push({ url: FHIR_EXTENSION.minOccurs, valueInteger: item.minEntries });
      if (item.maxEntries !== undefined) extension.push({ url: FHIR_EXTENSION.maxOccurs, valueInteger: item.maxEntries });
      children.push(...item.items.map((child) => questionItem(child, context)));
      break;
  }
  if (Object.keys(settings).length > 0) extension.push(jsonExtension(OTFORMS_EXTENSION.item, settings));
  if (item.enableWhen) {
    result.enableWhen = item.enableWhen.map((condition) => enableWhen(condition, context));
    result.enableBehavior = item.enableBehavior;
  }
  if (extension.length > 0) result.extension = extension;
  if (children.length > 0) result.item = children;
  return result;
}

function bounds(min: number | undefined, max: number | undefined, integer: boolean): Extension[] {
  const value = (n: number) => (integer && Number.isInteger(n) ? { valueInteger: n } : { valueDecimal: n });
  return [
    ...(min === undefined ? [] : [{ url: FHIR_EXTENSION.minValue, ...value(min) }]),
    ...(max === undefined ? [] : [{ url: FHIR_EXTENSION.maxValue, ...value(max) }]),
  ];
}

function enableWhen(condition: Condition, context: Context): QuestionnaireEnableWhen {
  const question = condition.item;
  if (condition.operator === 'answered' || condition.operator === 'notAnswered') {
    return { question, operator: 'exists', answerBoolean: condition.operator === 'answered' };
  }
  const operator = conditionOperators[condition.operator];
  const value = condition.value;
  // parseDefinition has already checked that the item exists and the value fits it.
  switch (context.items.get(question)?.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { question, operator, answerCoding: { system: context.system, code: String(value) } };
    case 'yes-no':
      return { question, operator, answerBoolean: value === 'yes' };
    case 'integer':
      return { question, operator, answerInteger: Number(value) };
    case 'decimal':
    case 'duration':
      return { question, operator, answerDecimal: Number(value) };
    case 'date':
      return { question, operator, answerDate: String(value) };
    default:
      return { question, operator, answerString: String(value) };
  }
}
