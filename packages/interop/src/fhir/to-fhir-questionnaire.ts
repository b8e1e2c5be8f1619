import { ATTACHMENT_MEDIA_TYPES, DEFAULT_ATTACHMENT_BUDGET_BYTES, type Condition, type InstrumentDefinition, type Item, type QuestionItem, type Section } from '@otforms/core';
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
  const context = { system: optionSystem(definition.id), items, attachmentBudgetBytes: definition.attachmentBudgetBytes ?? DEFAULT_ATTACHMENT_BUDGET_BYTES };
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
        // Translations ride with the rest of the definition, so an otforms reader gets every language back.
        ...(definition.translations ? { translations: definition.translations } : {}),
        attachmentBudgetBytes: definition.attachmentBudgetBytes,
      }),
      ...(definition.scoring ? [jsonExtension(OTFORMS_EXTENSION.scoring, definition.scoring)] : []),
      ...(definition.suggestions.length > 0 ? [jsonExtension(OTFORMS_EXTENSION.suggestions, definition.suggestions)] : []),
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
  /** The definition's budget for all photos together: no one photo can be larger. */
  attachmentBudgetBytes: number;
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
    case 'measurement': {
      // A number in one fixed UCUM unit (mm, cm, m and kg are UCUM codes as written).
      result.type = 'quantity';
      extension.push(...bounds(item.min, item.max, false));
      if (item.decimalPlaces !== undefined) extension.push({ url: FHIR_EXTENSION.maxDecimalPlaces, valueInteger: item.decimalPlaces });
      const unit = { system: UCUM, code: item.unit, display: item.unit };
      // questionnaire-unit is R4's own; unitOption is how SDC renderers offer a quantity's unit. Both say the same one unit.
      extension.push({ url: FHIR_EXTENSION.unit, valueCoding: unit }, { url: FHIR_EXTENSION.unitOption, valueCoding: { ...unit } });
      break;
    }
    case 'photo':
      result.type = 'attachment';
      if (item.maxPhotos > 1) {
        result.repeats = true;
        extension.push({ url: FHIR_EXTENSION.maxOccurs, valueInteger: item.maxPhotos });
      }
      extension.push(...ATTACHMENT_MEDIA_TYPES.map((type) => ({ url: FHIR_EXTENSION.mimeType, valueCode: type })));
      extension.push({ url: FHIR_EXTENSION.maxSize, valueDecimal: context.attachmentBudgetBytes });
      break;
    case 'own-words':
      result.type = 'text';
      if (item.maxLength !== undefined) result.maxLength = item.maxLength;
      extension.push({ url: OTFORMS_EXTENSION.ownWords, valueBoolean: true });
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
  const target = context.items.get(question);
  switch (target?.type) {
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
    case 'measurement':
      return { question, operator, answerQuantity: { value: Number(value), unit: target.unit, system: UCUM, code: target.unit } };
    case 'date':
      return { question, operator, answerDate: String(value) };
    default:
      return { question, operator, answerString: String(value) };
  }
}
