import type { InstrumentDefinition, LocalisedDefinition } from '@otforms/core';

/**
 * The language of each piece of a definition's text as the form shows it. A
 * translation may leave some text out (parseDefinition accepts that); what it
 * leaves out is shown in the definition's own language, and is marked so
 * (WCAG 3.1.2). Decided by item and by section: an item is in the
 * translation's language when the translation gives its label, a section when
 * it gives its title.
 */
export interface TextLanguages {
  /** The language most of the text is in: the translation's, or the definition's own. */
  readonly main: string;
  item(itemId: string): string;
  section(sectionId: string): string;
  /**
   * A no-total reason as the form shows it, and its language. The review
   * scores the definition shown, so its reason is already the translation's; a
   * record keeps the source language's, which is shown as the translation's
   * reason of the same rule (by its place in `noTotalWhen`). A reason found in
   * neither (a record made with another version) is shown as it is, marked
   * with the definition's own language.
   */
  noTotalReason(reason: string): { text: string; lang: string };
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);

export function textLanguages(source: InstrumentDefinition, shown: LocalisedDefinition): TextLanguages {
  const main = shown.language;
  const translation = shown.translated ? own(source.translations, main) : undefined;
  if (!translation) return { main, item: () => main, section: () => main, noTotalReason: (reason) => ({ text: reason, lang: main }) };
  const sourceLanguage = source.languages[0] ?? 'en-GB';
  const sourceReasons = source.scoring?.noTotalWhen.map((rule) => rule.reason) ?? [];
  // localiseDefinition uses the translated reasons only whole, in order: so does this.
  const given = translation.scoring?.noTotalReasons;
  const translatedReasons = given && given.length === sourceReasons.length ? given : [];
  return {
    main,
    item: (itemId) => (own(translation.items, itemId)?.label !== undefined ? main : sourceLanguage),
    section: (sectionId) => (own(translation.sections, sectionId)?.title !== undefined ? main : sourceLanguage),
    noTotalReason: (reason) => {
      if (translatedReasons.includes(reason)) return { text: reason, lang: main };
      const translated = translatedReasons[sourceReasons.indexOf(reason)];
      return translated === undefined ? { text: reason, lang: sourceLanguage } : { text: translated, lang: main };
    },
  };
}
