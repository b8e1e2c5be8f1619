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
const listeners = new Set<() => void>();
let withElementWords = new WeakMap<LocaleMessages, Map<string, Catalogue>>();

function changed(): void {
  withElementWords = new WeakMap();
  for (const listener of listeners) listener();
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The registered locale for a BCP 47 tag: the same tag, else one of the same
 * language (the bare language first: `cy-GB` → `cy`, `en-US` → `en-GB`), else en-GB.
 */
export function matchLocale(lang: string | null | undefined): string {
  if (!lang) return SOURCE_LOCALE;
  const wanted = lang.toLowerCase();
  const tags = [...catalogues.keys()];
  return (
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase() === primary(wanted)) ??
    tags.find((tag) => primary(tag) === primary(wanted)) ??
    SOURCE_LOCALE
  );
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
  changed();
}

/**
 * Changes some words for every element on the page in one locale (its tag as
 * registered, or one that matches it). Later calls add to earlier ones.
 * Throws, naming the path, when a key is not a message or has the wrong type.
 */
export function overrideMessages(locale: string, overrides: MessageOverrides): void {
  const tag = matchLocale(locale);
  const { value, problems } = mergeMessages(pageCatalogue(tag), overrides);
  if (problems.length) throw new TypeError(`overrideMessages('${locale}'): ${problems.join('; ')}`);
  pageCatalogues.set(tag, value);
  changed();
}

/** Forgets every `overrideMessages` call (for tests, and hosts that switch councils). */
export function clearMessageOverrides(): void {
  pageCatalogues.clear();
  changed();
}

/** A locale's catalogue with the page's words laid over it. */
function pageCatalogue(tag: string): Catalogue {
  return pageCatalogues.get(tag) ?? catalogues.get(tag)!;
}

/** The element words that apply to a locale: those under its own tag, and under its bare language (`cy` applies to `cy-GB`). */
function elementWordsFor(tag: string, words: LocaleMessages): MessageOverrides[] {
  return Object.keys(words)
    .filter((key) => matchLocale(key) === tag)
    .sort((a, b) => a.length - b.length)
    .map((key) => words[key]!);
}

/** What one locale's catalogue is with the page's and (optionally) an element's words laid over it, and any words that could not be used. */
export function catalogueFor(lang: string | null | undefined, words?: LocaleMessages): { catalogue: Catalogue; problems: string[] } {
  const tag = matchLocale(lang);
  const page = pageCatalogue(tag);
  if (!words) return { catalogue: page, problems: [] };
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

/** Calls `listener` whenever a locale is registered or the page's words change; returns the way to stop. */
export function onCataloguesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
