import type { Catalogue, LocaleMessages, MessageOverrides } from './catalogue.js';
import { cy } from './cy.js';
import { enGB } from './en-gb.js';
import { mergeMessages } from './merge-messages.js';

/**
 * The locales the elements can speak, and the words a host changed for all of
 * them. en-GB and Welsh are built in; `registerLocale` adds another, and
 * `overrideMessages` changes some words everywhere on the page. Elements ask
 * `catalogueFor` on every render, so the answer is cached until either changes.
 */

export const SOURCE_LOCALE = 'en-GB';

const catalogues = new Map<string, Catalogue>([
  [enGB.locale, enGB],
  [cy.locale, cy],
]);
/** Each locale's catalogue after `overrideMessages`; absent while the page has changed no words. */
const pageCatalogues = new Map<string, Catalogue>();
/**
 * `overrideMessages` words for a tag no catalogue speaks yet (a council's Gaelic before its `gd`
 * catalogue), by tag as given, in call order: laid over that catalogue when it is registered,
 * never over another language's.
 */
const waitingOverrides = new Map<string, MessageOverrides[]>();
const listeners = new Set<() => void>();
let withElementWords = new WeakMap<LocaleMessages, Map<string, Catalogue>>();

function changed(): void {
  withElementWords = new WeakMap();
  for (const listener of listeners) listener();
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The registered locale that speaks a BCP 47 tag's language: the same tag, else
 * one of the same language (the bare language first: `cy-GB` → `cy`, `en-US` →
 * `en-GB`), else undefined. Words given for a language use this: they must never
 * be laid over another language's catalogue.
 */
export function registeredLocaleFor(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  const wanted = lang.toLowerCase();
  const tags = [...catalogues.keys()];
  return (
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase() === primary(wanted)) ??
    tags.find((tag) => primary(tag) === primary(wanted))
  );
}

/** The locale an element speaks for a tag: as `registeredLocaleFor`, else en-GB. */
export function matchLocale(lang: string | null | undefined): string {
  return registeredLocaleFor(lang) ?? SOURCE_LOCALE;
}

/** The locales registered, en-GB first. */
export function availableLocales(): string[] {
  return [...catalogues.keys()];
}

/**
 * Adds a locale, or replaces one (a council's own Welsh, say). The catalogue must
 * be complete: `Catalogue` is checked by TypeScript, and a key missing at run time
 * falls back to en-GB's words rather than leaving a gap. Replacing a locale
 * forgets the words `overrideMessages` changed in it.
 */
export function registerLocale(catalogue: Catalogue): void {
  if (!catalogue || typeof catalogue.locale !== 'string' || !catalogue.locale) throw new TypeError('registerLocale needs a catalogue with its locale tag');
  const { value, problems } = mergeMessages(enGB as Catalogue, catalogue, catalogue.locale);
  if (problems.length) throw new TypeError(`The ${catalogue.locale} catalogue has messages that cannot be used: ${problems.join('; ')}`);
  catalogues.set(catalogue.locale, { ...value, locale: catalogue.locale });
  pageCatalogues.delete(catalogue.locale);
  applyWaitingOverrides(catalogue.locale);
  changed();
}

/**
 * Changes some words for every element on the page in one locale (its tag as
 * registered, or one that matches it). Later calls add to earlier ones. Words
 * for a language no catalogue speaks yet wait for `registerLocale` of it.
 * Throws, naming the path, when a key is not a message or has the wrong type.
 */
export function overrideMessages(locale: string, overrides: MessageOverrides): void {
  const tag = registeredLocaleFor(locale);
  // Checked against en-GB when no catalogue speaks the language yet: every catalogue has its shape.
  const { value, problems } = mergeMessages(tag ? pageCatalogue(tag) : (enGB as Catalogue), overrides);
  if (problems.length) throw new TypeError(`overrideMessages('${locale}'): ${problems.join('; ')}`);
  if (tag) pageCatalogues.set(tag, value);
  else waitingOverrides.set(locale, [...(waitingOverrides.get(locale) ?? []), overrides]);
  changed();
}

/** Lays the words waiting for a language over its catalogue, now registered: those under the bare language first. */
function applyWaitingOverrides(tag: string): void {
  const waiting = [...waitingOverrides.keys()].filter((given) => registeredLocaleFor(given) === tag).sort((a, b) => a.length - b.length);
  for (const given of waiting) {
    for (const overrides of waitingOverrides.get(given)!) pageCatalogues.set(tag, mergeMessages(pageCatalogue(tag), overrides).value);
    waitingOverrides.delete(given);
  }
}

/** Forgets every `overrideMessages` call (for tests, and hosts that switch councils). */
export function clearMessageOverrides(): void {
  pageCatalogues.clear();
  waitingOverrides.clear();
  changed();
}

/** A locale's catalogue with the page's words laid over it. */
function pageCatalogue(tag: string): Catalogue {
  return pageCatalogues.get(tag) ?? catalogues.get(tag)!;
}

/**
 * The element words that apply to a locale: those under its own tag, and under its bare language (`cy` applies to `cy-GB`).
 * Words under a tag no catalogue speaks (`gd`) apply to none until one is registered.
 */
function elementWordsFor(tag: string, words: LocaleMessages): MessageOverrides[] {
  return Object.keys(words)
    .filter((key) => registeredLocaleFor(key) === tag)
    .sort((a, b) => a.length - b.length)
    .map((key) => words[key]!);
}

/** What one locale's catalogue is with the page's and (optionally) an element's words laid over it, and any words that could not be used. */
export function catalogueFor(lang: string | null | undefined, words?: LocaleMessages): { catalogue: Catalogue; problems: string[] } {
  const tag = matchLocale(lang);
  const page = pageCatalogue(tag);
  // Words that are not an object by locale tag (JSON text, say) are none: the caller warns.
  if (!isLocaleMessages(words)) return { catalogue: page, problems: [] };
  let byTag = withElementWords.get(words);
  if (!byTag) withElementWords.set(words, (byTag = new Map()));
  const cached = byTag.get(tag);
  if (cached) return { catalogue: cached, problems: [] };
  let catalogue = page;
  const problems: string[] = [];
  for (const overrides of elementWordsFor(tag, words)) {
    const merged = mergeMessages(catalogue, overrides);
    catalogue = merged.value;
    problems.push(...merged.problems);
  }
  byTag.set(tag, catalogue);
  return { catalogue, problems };
}

/** Whether `words` can be a host's words by locale tag: a plain object, not a string, number or list. */
export function isLocaleMessages(words: unknown): words is LocaleMessages {
  return typeof words === 'object' && words !== null && !Array.isArray(words);
}

/** Calls `listener` whenever a locale is registered or the page's words change; returns the way to stop. */
export function onCataloguesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
