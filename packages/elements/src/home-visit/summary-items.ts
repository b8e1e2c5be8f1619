import type { Answer, InstrumentDefinition, Item } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * What a summary needs from the definitions a visit used: each question's
 * label, type, options and unit. A record keeps answers by item id only, so
 * without its definition a summary can show an answer but cannot name its
 * question, read an option code as words, give a measurement's unit or tell
 * the person's own words from other text. DOM-free.
 */

export interface ItemLookup {
  /** The question, from the definition of that instrument; undefined when the host gave none for it. */
  item(instrumentId: string, itemId: string): Item | QuestionInGroup | undefined;
  /** Whether the host gave the definition of this instrument. */
  knows(instrumentId: string): boolean;
  /** The instrument's top-level questions in the definition's order; empty when the host gave none for it. */
  itemsOf(instrumentId: string): readonly Item[];
}

/** A question inside a repeating group, as the definition writes it. */
export type QuestionInGroup = Extract<Item, { type: 'group' }>['items'][number];

export function itemLookup(definitions: readonly InstrumentDefinition[]): ItemLookup {
  const byInstrument = new Map<string, { ordered: Item[]; byId: Map<string, Item | QuestionInGroup> }>();
  for (const definition of definitions) {
    // The first definition given for an id wins, as a host lists the ones the visit used.
    if (byInstrument.has(definition.id)) continue;
    const ordered = definition.sections.flatMap((section) => section.items);
    const byId = new Map<string, Item | QuestionInGroup>();
    for (const item of ordered) {
      byId.set(item.id, item);
      if (item.type === 'group') for (const inner of item.items) byId.set(inner.id, inner);
    }
    byInstrument.set(definition.id, { ordered, byId });
  }
  return {
    item: (instrumentId, itemId) => byInstrument.get(instrumentId)?.byId.get(itemId),
    knows: (instrumentId) => byInstrument.has(instrumentId),
    itemsOf: (instrumentId) => byInstrument.get(instrumentId)?.ordered ?? [],
  };
}

/** What a summary writes answers with: the locale's numbers, dates and lists, and its words for yes, no and seconds. */
export interface AnswerWords {
  locale: string;
  format: Catalogue['format'];
  answers: Catalogue['homeVisitSummary']['answers'];
}

/** The words a summary writes answers with, from a catalogue. */
export const answerWordsOf = (t: Catalogue): AnswerWords => ({ locale: t.locale, format: t.format, answers: t.homeVisitSummary.answers });

/** A number as the item asks for it, as the catalogue's locale writes numbers (`format.number`): a measurement to its decimal places, with a true minus sign. */
export function formatNumber(value: number, words: AnswerWords, item?: Item | QuestionInGroup): string {
  const places = item && (item.type === 'measurement' || item.type === 'decimal') ? item.decimalPlaces : item?.type === 'integer' ? 0 : undefined;
  const options: Intl.NumberFormatOptions =
    places === undefined ? { maximumFractionDigits: 3, useGrouping: false } : { minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: false };
  return words.format.number(value, options).replace('-', '\u2212');
}

/** The unit an item's number is in, when its definition gives one. */
export function unitOf(item: Item | QuestionInGroup | undefined, words: AnswerWords): string | null {
  if (!item) return null;
  if (item.type === 'measurement') return item.unit;
  if ((item.type === 'integer' || item.type === 'decimal') && item.unit) return item.unit;
  if (item.type === 'duration') return words.answers.seconds;
  return null;
}

/**
 * An answer in words: an option's label rather than its code, yes or no,
 * a number with its unit, a date as people write it. Without the item, the
 * answer as it is stored. A repeating group's answer is not one value, so it
 * gives null (summaries list its entries' questions one by one).
 */
export function formatAnswer(answer: Answer | undefined, item: Item | QuestionInGroup | undefined, words: AnswerWords): string | null {
  if (answer === undefined) return null;
  if (typeof answer === 'number') {
    const unit = unitOf(item, words);
    return unit ? words.answers.withUnit(formatNumber(answer, words, item), unit) : formatNumber(answer, words, item);
  }
  if (typeof answer === 'string') {
    if (!item) return answer;
    if (item.type === 'single-choice') return item.options.find((option) => option.code === answer)?.label ?? answer;
    if (item.type === 'yes-no') return answer === 'yes' ? words.answers.yes : answer === 'no' ? words.answers.no : answer;
    if (item.type === 'date') return words.format.date(answer);
    return answer;
  }
  if (answer.every((entry): entry is string => typeof entry === 'string')) {
    const labels = item?.type === 'multiple-choice' ? answer.map((code) => item.options.find((option) => option.code === code)?.label ?? code) : answer;
    return words.format.list(labels);
  }
  return null;
}
