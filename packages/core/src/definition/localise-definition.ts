import type { InstrumentDefinition, Item, Scoring, Section } from './definition-shape.js';
import type { DefinitionTranslation, ItemTranslation, ScoringTranslation } from './translation-schema.js';
import type { SuggestionRule } from '../recommendations/suggestion-rule-schema.js';
import { adoptDefinition, isParsedDefinition } from './parse-definition.js';

/** What `localiseDefinition` found for a language. */
export interface LocalisedDefinition {
  /** The definition with its text in `language`; the very object given when nothing was translated. */
  definition: InstrumentDefinition;
  /** The BCP 47 tag of the language the definition's text is now in. */
  language: string;
  /** Whether the text is a translation (false: the definition's own language). */
  translated: boolean;
  /** Who made the translation and on what terms, to show with the licence; only when translated. */
  source?: string;
}

type Results = Map<string, LocalisedDefinition>;

// Keyed by the definition: elements call this on every render, and a new
// object each time would make every render look like a new definition.
const results = new WeakMap<InstrumentDefinition, Results>();
// A localised copy remembers where it came from, so localising it again starts from the source text.
const originals = new WeakMap<InstrumentDefinition, InstrumentDefinition>();

/**
 * The definition with its text in the language `lang` asks for, when the
 * definition carries a translation for it: the exact tag first, then the
 * language alone (`cy-GB` finds `cy`). Otherwise, or when `lang` is the
 * definition's own language, it returns the definition itself.
 *
 * A translated copy differs only in text: ids, codes, scores, conditions and
 * rules are the same, so answers, validation and scores are too, and every
 * core function accepts it. It is for showing the form; build records from
 * the source definition, so that every record of an instrument carries the
 * same titles and labels whatever language the form was shown in.
 *
 * Give it a parsed definition: the results are kept per definition object,
 * so one changed after it was localised would keep its first translation.
 */
export function localiseDefinition(definition: InstrumentDefinition, lang: string | undefined): LocalisedDefinition {
  const original = originals.get(definition) ?? definition;
  let known = results.get(original);
  if (!known) {
    known = new Map();
    results.set(original, known);
  }
  const wanted = `lang:${(lang ?? '').trim().toLowerCase()}`;
  let result = known.get(wanted);
  if (!result) {
    result = resolve(original, wanted.slice('lang:'.length), known);
    known.set(wanted, result);
  }
  return result;
}

function resolve(original: InstrumentDefinition, wanted: string, known: Results): LocalisedDefinition {
  const sourceLanguage = original.languages[0] ?? 'en-GB';
  const untranslated: LocalisedDefinition = { definition: original, language: sourceLanguage, translated: false };
  const tag = matchTag(sourceLanguage, Object.keys(original.translations ?? {}), wanted);
  const translation = tag === undefined ? undefined : ownValue(original.translations, tag);
  if (tag === undefined || !translation) return untranslated;
  // Two requests ('cy' and 'cy-GB') that find the same translation share one copy.
  const key = `tag:${tag}`;
  let result = known.get(key);
  if (!result) {
    const copy = translate(original, translation);
    originals.set(copy, original);
    result = {
      definition: isParsedDefinition(original) ? adoptDefinition(copy) : copy,
      language: tag,
      translated: true,
      source: translation.source,
    };
    known.set(key, result);
  }
  return result;
}

/** The translation's tag to use, or undefined for the source language (BCP 47 tags compare without case). */
function matchTag(sourceLanguage: string, tags: readonly string[], wanted: string): string | undefined {
  if (!wanted || wanted === sourceLanguage.toLowerCase()) return undefined;
  const exact = tags.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return exact;
  const language = primary(wanted);
  if (language === primary(sourceLanguage)) return undefined;
  return tags.find((tag) => tag.toLowerCase() === language) ?? tags.find((tag) => primary(tag) === language);
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

function translate(definition: InstrumentDefinition, translation: DefinitionTranslation): InstrumentDefinition {
  const items = translation.items;
  return {
    ...definition,
    title: translation.title ?? definition.title,
    ...(definition.description !== undefined ? { description: translation.description ?? definition.description } : {}),
    notes: inOrder(definition.notes, translation.notes),
    sections: definition.sections.map((section): Section => {
      const text = ownValue(translation.sections, section.id);
      return {
        ...section,
        title: text?.title ?? section.title,
        ...(section.description !== undefined ? { description: text?.description ?? section.description } : {}),
        items: section.items.map((item) => translateItem(item, items)),
      };
    }),
    ...(definition.scoring ? { scoring: translateScoring(definition.scoring, translation.scoring) } : {}),
    suggestions: definition.suggestions.map((rule): SuggestionRule => {
      const text = ownValue(translation.suggestions, rule.id);
      return { ...rule, recommend: { ...rule.recommend, what: text?.what ?? rule.recommend.what }, reason: text?.reason ?? rule.reason };
    }),
  };
}

function translateItem<I extends Item | Extract<Item, { type: 'group' }>['items'][number]>(item: I, items: Record<string, ItemTranslation> | undefined): I {
  const text = ownValue(items, item.id);
  // Loosely typed on purpose: each field is copied only where the item's type has it.
  const copy: Record<string, unknown> = { ...item, label: text?.label ?? item.label };
  if (item.hint !== undefined) copy['hint'] = text?.hint ?? item.hint;
  if ('options' in item) copy['options'] = item.options.map((option) => ({ ...option, label: ownValue(text?.options, option.code) ?? option.label }));
  if ((item.type === 'integer' || item.type === 'decimal') && item.unit !== undefined) copy['unit'] = text?.unit ?? item.unit;
  if (item.type === 'group') {
    copy['entryLabel'] = text?.entryLabel ?? item.entryLabel;
    copy['items'] = item.items.map((member) => translateItem(member, items));
  }
  return copy as I;
}

function translateScoring(scoring: Scoring, text: ScoringTranslation | undefined): Scoring {
  const relabel = <T extends { id: string; label: string }>(list: readonly T[], labels: Record<string, string> | undefined): T[] =>
    list.map((entry) => ({ ...entry, label: ownValue(labels, entry.id) ?? entry.label }));
  return {
    ...scoring,
    totalLabel: text?.totalLabel ?? scoring.totalLabel,
    alternativeScales: relabel(scoring.alternativeScales, text?.alternativeScales),
    bandSets: scoring.bandSets.map((bandSet) => {
      const set = ownValue(text?.bandSets, bandSet.id);
      const labels = inOrder(
        bandSet.bands.map((band) => band.label),
        set?.bands,
      );
      return {
        ...bandSet,
        label: set?.label ?? bandSet.label,
        ...(bandSet.source !== undefined ? { source: set?.source ?? bandSet.source } : {}),
        bands: bandSet.bands.map((band, b) => ({ ...band, label: labels[b] ?? band.label })),
      };
    }),
    subscales: relabel(scoring.subscales, text?.subscales),
    groupScores: relabel(scoring.groupScores, text?.groupScores),
    differences: relabel(scoring.differences, text?.differences),
    thresholds: relabel(scoring.thresholds, text?.thresholds),
    noTotalWhen: (() => {
      const reasons = inOrder(
        scoring.noTotalWhen.map((rule) => rule.reason),
        text?.noTotalReasons,
      );
      return scoring.noTotalWhen.map((rule, r) => ({ ...rule, reason: reasons[r] ?? rule.reason }));
    })(),
  };
}

/** A list translated in order, used only whole: parseDefinition refuses one of another length, but a definition not parsed may have one. */
function inOrder(source: readonly string[], translated: readonly string[] | undefined): string[] {
  return translated && translated.length === source.length ? [...translated] : [...source];
}

/** An own property only: ids come from data, and "constructor" must not read Object.prototype. */
function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
