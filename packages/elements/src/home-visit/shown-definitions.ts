import { localiseDefinition, type InstrumentDefinition, type LocalisedDefinition, type Suggestion } from '@otforms/core';

/**
 * The visit's definitions as the page shows them: each one's text in the
 * interface's language when it carries a translation, else its own. The
 * machine and the record keep the source definitions (every record of an
 * instrument has the same titles and labels); only what is shown changes:
 * assessment titles, suggestions and their reasons, question labels.
 */
export interface ShownDefinitions {
  /** By the visit's order, as `localiseDefinition` found them. */
  readonly all: readonly LocalisedDefinition[];
  /** The `lang` an element holding a definition's text needs: its text's language when that is not the page's, else undefined (WCAG 3.1.2). */
  langOf(index: number): string | undefined;
  /** A suggestion with its words (what, why) in the language its definition is shown in, and that language when it is not the page's. */
  suggestion(suggestion: Suggestion): ShownSuggestion;
  /** A question's label as shown, or `fallback` (the source label the machine keeps) when its definition has none. */
  label(instrumentId: string, itemId: string, fallback: string): string;
}

/**
 * A suggestion as the page shows it: `lang` is its words' language when that
 * is not the page's. `sourceReason` is the rule's reason as the record keeps
 * it (an accepted suggestion's reason unless the OT gave their own), and
 * `reasonLang` the shown reason's language when not the page's: the source's
 * where a translation leaves the reason out.
 */
export type ShownSuggestion = Suggestion & { lang?: string; sourceReason: string; reasonLang?: string };

const sameLanguage = (a: string, b: string) => a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();

export function shownDefinitions(definitions: readonly InstrumentDefinition[], locale: string): ShownDefinitions {
  const all = definitions.map((definition) => localiseDefinition(definition, locale));
  const byId = new Map(all.map((shown) => [shown.definition.id, shown]));
  const sources = new Map(definitions.map((definition) => [definition.id, definition.languages[0] ?? 'en-GB']));
  const langOfShown = (shown: LocalisedDefinition | undefined) => (shown && !sameLanguage(shown.language, locale) ? shown.language : undefined);
  const labels = new Map<string, string>();
  for (const { definition } of all) {
    for (const item of definition.sections.flatMap((section) => section.items)) {
      labels.set(`${definition.id}/${item.id}`, item.label);
      if (item.type === 'group') for (const inner of item.items) labels.set(`${definition.id}/${inner.id}`, inner.label);
    }
  }
  return {
    all,
    langOf: (index) => langOfShown(all[index]),
    suggestion: (suggestion) => {
      const shown = byId.get(suggestion.instrumentId);
      const rule = shown?.definition.suggestions.find((one) => one.id === suggestion.ruleId);
      const lang = langOfShown(shown);
      const reason = rule?.reason ?? suggestion.reason;
      const sourceLanguage = sources.get(suggestion.instrumentId);
      const reasonLang = reason !== suggestion.reason || !sourceLanguage ? lang : sameLanguage(sourceLanguage, locale) ? undefined : sourceLanguage;
      return {
        ...suggestion,
        ...(rule ? { what: rule.recommend.what, reason } : {}),
        sourceReason: suggestion.reason,
        ...(lang ? { lang } : {}),
        ...(reasonLang ? { reasonLang } : {}),
      };
    },
    label: (instrumentId, itemId, fallback) => labels.get(`${instrumentId}/${itemId}`) ?? fallback,
  };
}
