import type { InstrumentDefinitionInput } from '@otforms/core';
import { InteropError, type InteropIssue } from '../interop-error.js';
import { FHIR_EXTENSION, OTFORMS_EXTENSION, UCUM, findExtension } from './extensions.js';
import {
  asExtensions,
  codingKey,
  isRecord,
  joinText,
  optionCodes,
  optionKey,
  optionLabel,
  readJson,
  scoreOf,
  toIdentifier,
} from './import-support.js';
import { definitionHeader } from './import-header.js';
import { readMeasurement, readPhoto } from './import-home-visit-items.js';
import type { QuestionnaireEnableWhen, QuestionnaireItem } from './questionnaire-types.js';

type SectionInput = InstrumentDefinitionInput['sections'][number];
type ItemInput = SectionInput['items'][number];
type QuestionInput = Exclude<ItemInput, { type: 'group' }>;
/** A photo inside a repeating group is reported, never returned (see `photo`). */
type GroupMemberInput = Exclude<QuestionInput, { type: 'photo' }>;
type ConditionInput = NonNullable<ItemInput['enableWhen']>[number];

const operators = { '=': 'equals', '!=': 'notEquals', '>': 'greaterThan', '<': 'lessThan' } as const;
const unsupportedTypes: Record<string, string> = {
  'open-choice': 'open-choice questions (a list plus free text)',
  reference: 'questions answered with a reference to another resource',
  url: 'web address questions',
  time: 'time-of-day questions',
  dateTime: 'date-and-time questions',
};

/**
 * The otforms definition input for a FHIR R4 Questionnaire; pass it to
 * `parseDefinition`. Reads the subset otforms supports and throws an
 * `InteropError` naming every item it cannot represent. Questionnaires that
 * `toFhirQuestionnaire` wrote come back whole; others get scores from
 * `ordinalValue`/`itemWeight` and a sum total when every choice item is scored.
 */
export function fromFhirQuestionnaire(questionnaire: unknown): InstrumentDefinitionInput {
  if (!isRecord(questionnaire) || questionnaire.resourceType !== 'Questionnaire') {
    throw new InteropError([{ path: 'resourceType', message: 'This is not a FHIR Questionnaire resource' }]);
  }
  return new QuestionnaireReader(questionnaire).read();
}

function isItem(value: unknown): value is QuestionnaireItem {
  return isRecord(value) && typeof value.linkId === 'string' && typeof value.type === 'string';
}

interface Located {
  id: string;
  item: QuestionnaireItem;
  codes: Map<string, string>;
}

class QuestionnaireReader {
  private readonly issues: InteropIssue[] = [];
  private readonly byLinkId = new Map<string, Located>();
  private readonly usedIds = new Set<string>();
  private introduction: string | undefined;

  constructor(private readonly q: Record<string, unknown>) {}

  read(): InstrumentDefinitionInput {
    const items = this.itemsOf(this.q.item, 'item');
    this.index(items.map(([item]) => item));
    const sections = this.sections(items);
    if (this.issues.length > 0) throw new InteropError(this.issues);
    const header = definitionHeader(this.q);
    const description = joinText(header.description, this.introduction);
    const suggestions = readJson(findExtension(asExtensions(this.q.extension), OTFORMS_EXTENSION.suggestions));
    return {
      ...header,
      ...(description ? { description } : {}),
      sections,
      ...this.scoring(sections),
      ...(Array.isArray(suggestions) ? { suggestions: suggestions as NonNullable<InstrumentDefinitionInput['suggestions']> } : {}),
    };
  }

  private report(path: string, message: string, linkId?: string): void {
    this.issues.push({ path, message, ...(linkId === undefined ? {} : { linkId }) });
  }

  /** The well-formed items of a list, each with its index in the source (for error paths). */
  private itemsOf(value: unknown, path: string): [QuestionnaireItem, number][] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(path, 'Items must be a list');
      return [];
    }
    return value.flatMap((item: unknown, index): [QuestionnaireItem, number][] => {
      if (isItem(item)) return [[item, index]];
      this.report(`${path}[${index}]`, 'Each item needs a linkId and a type');
      return [];
    });
  }

  /**
   * Gives every item an otforms id first, so that conditions can refer to later items. Problems are reported later, once.
   * Items in document order (each before the items inside it), with a stack of its own rather than recursion: a
   * Questionnaire nested thousands of levels deep must end in an InteropError, not overflow the call stack.
   */
  private index(items: QuestionnaireItem[]): void {
    const pending = [...items].reverse();
    for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
      if (item.type !== 'display') {
        const id = this.uniqueId(item.linkId, 'item');
        this.byLinkId.set(item.linkId, { id, item, codes: optionCodes(item.answerOption ?? []) });
      }
      if (Array.isArray(item.item)) pending.push(...item.item.filter(isItem).reverse());
    }
  }

  private uniqueId(source: string, prefix: string): string {
    const id = toIdentifier(source, prefix);
    let unique = id;
    for (let n = 2; this.usedIds.has(unique); n += 1) unique = `${id}-${n}`;
    this.usedIds.add(unique);
    return unique;
  }

  private sections(items: [QuestionnaireItem, number][]): SectionInput[] {
    const sections: SectionInput[] = [];
    let loose: SectionInput | undefined;
    items.forEach(([item, index]) => {
      const path = `item[${index}]`;
      if (item.type === 'display') {
        // Top-level text (usually instructions) becomes the definition's description.
        if (item.item?.length) this.report(path, 'A display item with items inside it cannot be converted', item.linkId);
        else this.introduction = joinText(this.introduction, item.text);
        return;
      }
      if (item.type === 'group' && !item.repeats) {
        loose = undefined;
        sections.push(this.section(item, path));
        return;
      }
      // Questions outside any group share one section, as otforms needs sections.
      if (!loose) {
        loose = { id: this.uniqueId('questions', 'section'), title: typeof this.q.title === 'string' ? this.q.title : 'Questions', items: [] };
        sections.push(loose);
      }
      const converted = this.item(item, path, false);
      if (converted) loose.items.push(converted);
    });
    if (sections.length === 0) this.report('item', 'The Questionnaire has no questions');
    return sections;
  }

  private section(group: QuestionnaireItem, path: string): SectionInput {
    const section: SectionInput = { id: this.byLinkId.get(group.linkId)!.id, title: group.text ?? group.linkId, items: [] };
    if (group.enableWhen) this.report(path, 'A top-level group with enableWhen cannot be converted: otforms shows or hides questions, not sections', group.linkId);
    this.itemsOf(group.item, `${path}.item`).forEach(([child, index]) => {
      const childPath = `${path}.item[${index}]`;
      if (child.type === 'display') {
        if (child.item?.length) this.report(childPath, 'A display item with items inside it cannot be converted', child.linkId);
        else section.description = joinText(section.description, child.text);
      } else if (child.type === 'group' && !child.repeats) {
        this.report(childPath, 'A group inside a group cannot be converted: otforms sections hold questions and repeating groups only', child.linkId);
      } else {
        const converted = this.item(child, childPath, false);
        if (converted) section.items.push(converted);
      }
    });
    return section;
  }

  private item(item: QuestionnaireItem, path: string, inGroup: boolean): ItemInput | undefined {
    const located = this.byLinkId.get(item.linkId)!;
    const settings = readJson(findExtension(item.extension, OTFORMS_EXTENSION.item));
    const extras = isRecord(settings) ? settings : {};
    const hint = this.hintAndChildren(item, path);
    const base = {
      id: located.id,
      label: item.text?.trim() || item.linkId,
      required: item.required ?? false,
      ...(hint.hint ? { hint: hint.hint } : {}),
      ...this.conditions(item, path),
    };
    if (item.type === 'group') {
      if (inGroup) {
        this.report(path, 'A group inside a repeating group cannot be converted: otforms repeating groups hold questions only', item.linkId);
        return undefined;
      }
      const children = hint.children
        .map(([child, index]) => this.item(child, `${path}.item[${index}]`, true))
        .filter((child): child is GroupMemberInput => child !== undefined && child.type !== 'group' && child.type !== 'photo');
      const min = findExtension(item.extension, FHIR_EXTENSION.minOccurs)?.valueInteger;
      const max = findExtension(item.extension, FHIR_EXTENSION.maxOccurs)?.valueInteger;
      return {
        ...base,
        type: 'group',
        entryLabel: typeof extras.entryLabel === 'string' ? extras.entryLabel : base.label,
        items: children,
        ...(min === undefined ? {} : { minEntries: min }),
        ...(max === undefined ? {} : { maxEntries: max }),
      };
    }
    if (hint.children.length > 0) {
      this.report(`${path}.item`, 'Questions nested under a question cannot be converted: otforms has no nested questions', item.linkId);
    }
    if (item.repeats && item.type !== 'choice' && item.type !== 'attachment') {
      this.report(path, `A repeating ${item.type} question cannot be converted: only choice and photo questions may have several answers in otforms`, item.linkId);
      return undefined;
    }
    return this.question(item, path, base, extras, inGroup);
  }

  private question(item: QuestionnaireItem, path: string, base: Omit<QuestionInput, 'type'>, extras: Record<string, unknown>, inGroup: boolean): QuestionInput | undefined {
    const ext = item.extension;
    const number = (url: string) => {
      const found = findExtension(ext, url);
      return found?.valueInteger ?? found?.valueDecimal;
    };
    const bounds = {
      ...(number(FHIR_EXTENSION.minValue) === undefined ? {} : { min: number(FHIR_EXTENSION.minValue) }),
      ...(number(FHIR_EXTENSION.maxValue) === undefined ? {} : { max: number(FHIR_EXTENSION.maxValue) }),
    };
    const unit = findExtension(ext, FHIR_EXTENSION.unit)?.valueCoding;
    const places = findExtension(ext, FHIR_EXTENSION.maxDecimalPlaces)?.valueInteger;
    switch (item.type) {
      case 'choice': {
        if (!item.answerOption?.length) {
          this.report(path, item.answerValueSet ? 'Choices from a value set (answerValueSet) cannot be converted: list them as answerOption' : 'A choice item needs its options in answerOption', item.linkId);
          return undefined;
        }
        const options = this.options(item, path);
        if (item.repeats) {
          return {
            ...base,
            type: 'multiple-choice',
            options,
            ...(typeof extras.minSelected === 'number' ? { minSelected: extras.minSelected } : {}),
            ...(typeof extras.maxSelected === 'number' ? { maxSelected: extras.maxSelected } : {}),
          };
        }
        return { ...base, type: 'single-choice', options, ...(extras.allowNotAssessed === true ? { allowNotAssessed: true } : {}) };
      }
      case 'boolean': {
        const scores = findExtension(ext, OTFORMS_EXTENSION.yesNoScores)?.extension;
        const yes = findExtension(scores, 'yes')?.valueDecimal;
        const no = findExtension(scores, 'no')?.valueDecimal;
        return { ...base, type: 'yes-no', ...(yes !== undefined && no !== undefined ? { scores: { yes, no } } : {}) };
      }
      case 'integer':
        return { ...base, type: 'integer', ...bounds, ...(unit?.display || unit?.code ? { unit: unit.display ?? unit.code } : {}) };
      case 'decimal':
        if (unit?.system === UCUM && unit.code === 's') {
          return { ...base, type: 'duration', ...bounds, ...(places === undefined ? {} : { decimalPlaces: places }) };
        }
        return {
          ...base,
          type: 'decimal',
          ...bounds,
          ...(unit?.display || unit?.code ? { unit: unit.display ?? unit.code } : {}),
          ...(places === undefined ? {} : { decimalPlaces: places }),
        };
      case 'string':
      case 'text': {
        const maxLength = item.maxLength === undefined ? {} : { maxLength: item.maxLength };
        if (findExtension(ext, OTFORMS_EXTENSION.ownWords)?.valueBoolean === true) return { ...base, type: 'own-words', ...maxLength };
        return { ...base, type: 'text', multiline: item.type === 'text', ...maxLength };
      }
      case 'quantity':
        return this.converted(readMeasurement(item, base, bounds, places), path, item.linkId);
      case 'attachment':
        return this.converted(readPhoto(item, base, inGroup), path, item.linkId);
      case 'date':
        return { ...base, type: 'date' };
      default:
        this.report(path, `Item type "${item.type}" cannot be converted: otforms has no ${unsupportedTypes[item.type] ?? `${item.type} questions`}`, item.linkId);
        return undefined;
    }
  }

  /** An item, or the reason it cannot be converted, reported against its path. */
  private converted(result: QuestionInput | string, path: string, linkId: string): QuestionInput | undefined {
    if (typeof result !== 'string') return result;
    this.report(path, result, linkId);
    return undefined;
  }

  /** Display children become the hint; the other children keep their place in the source for error paths. */
  private hintAndChildren(item: QuestionnaireItem, path: string): { hint?: string; children: [QuestionnaireItem, number][] } {
    let hint: string | undefined;
    const children: [QuestionnaireItem, number][] = [];
    for (const [child, index] of this.itemsOf(item.item, `${path}.item`)) {
      if (child.type === 'display' && !child.item?.length) hint = joinText(hint, child.text);
      else children.push([child, index]);
    }
    return { ...(hint ? { hint } : {}), children };
  }

  private options(item: QuestionnaireItem, path: string): { code: string; label: string; score?: number }[] {
    const located = this.byLinkId.get(item.linkId)!;
    return (item.answerOption ?? []).flatMap((option, index) => {
      const key = optionKey(option);
      if (key === undefined) {
        this.report(`${path}.answerOption[${index}]`, 'Only coded, text or whole-number options can be converted', item.linkId);
        return [];
      }
      const score = scoreOf(option.extension);
      return [{ code: located.codes.get(key)!, label: optionLabel(option) ?? key, ...(score === undefined ? {} : { score }) }];
    });
  }

  private conditions(item: QuestionnaireItem, path: string): Pick<ItemInput, 'enableWhen' | 'enableBehavior'> {
    if (!item.enableWhen?.length) return {};
    const enableWhen = item.enableWhen.flatMap((condition, index) => {
      const converted = this.condition(condition, `${path}.enableWhen[${index}]`, item.linkId);
      return converted ? [converted] : [];
    });
    return { enableWhen, enableBehavior: item.enableBehavior ?? 'all' };
  }

  private condition(condition: QuestionnaireEnableWhen, path: string, linkId: string): ConditionInput | undefined {
    const target = this.byLinkId.get(condition.question);
    if (!target) {
      this.report(path, `The condition refers to question "${condition.question}", which is not in the Questionnaire`, linkId);
      return undefined;
    }
    if (condition.operator === 'exists') return { item: target.id, operator: condition.answerBoolean === false ? 'notAnswered' : 'answered' };
    const operator = operators[condition.operator as keyof typeof operators];
    if (!operator) {
      this.report(path, `The condition operator "${condition.operator}" cannot be converted: otforms supports =, !=, >, < and exists`, linkId);
      return undefined;
    }
    let value: string | number | undefined;
    if (condition.answerCoding) {
      value = target.codes.get(codingKey(condition.answerCoding));
      if (value === undefined) {
        const code = condition.answerCoding.code ?? condition.answerCoding.display ?? '';
        this.report(path, `The condition compares with option "${code}", which question "${condition.question}" does not offer`, linkId);
        return undefined;
      }
    }
    else if (condition.answerBoolean !== undefined) value = condition.answerBoolean ? 'yes' : 'no';
    else value = condition.answerInteger ?? condition.answerDecimal ?? condition.answerQuantity?.value ?? condition.answerString ?? condition.answerDate;
    if (value === undefined) {
      this.report(path, 'The condition compares with an answer otforms cannot express (only options, yes/no, numbers, quantities, text and dates)', linkId);
      return undefined;
    }
    return { item: target.id, operator, value };
  }

  private scoring(sections: SectionInput[]): Pick<InstrumentDefinitionInput, 'scoring'> {
    const saved = readJson(findExtension(asExtensions(this.q.extension), OTFORMS_EXTENSION.scoring));
    if (isRecord(saved)) return { scoring: saved as InstrumentDefinitionInput['scoring'] };
    const choices = sections
      .flatMap((section) => section.items)
      .filter((item) => item.type === 'single-choice' || item.type === 'multiple-choice');
    const everyChoiceScored = choices.length > 0 && choices.every((item) => item.options.every((option) => option.score !== undefined));
    return everyChoiceScored ? { scoring: { method: 'sum' } } : {};
  }
}
