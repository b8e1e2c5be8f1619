import { catalogueAreas, type SourceWords } from './areas.js';
import type { Catalogue, LocaleMessages, MessageOverrides } from './catalogue.js';
import { enGBBase } from './en-gb-base.js';
import { copyWords, isPlainObject, mergeMessages, type MergeResult } from './merge-messages.js';

/**
 * The locales the elements can speak, and the words a host changed for all of
 * them. en-GB is built in; Welsh is known from the start but loaded on demand
 * (its catalogue is as big as a form's code, and most pages never show it);
 * `registerLocale` adds another, and `overrideMessages` changes some words
 * everywhere on the page. Elements ask `catalogueFor` on every render, so the
 * answer is cached until either changes.
 */

export const SOURCE_LOCALE = 'en-GB';

/**
 * en-GB as far as the page's elements need it: the base (an assessment's words), and each other area
 * once an element that shows it is defined (`provideSourceWords`). Replaced, never changed, when an area joins.
 */
let source = enGBBase as unknown as Catalogue;
/** The catalogues registered, as given (`registerLocale`): laid over `source` again when an area joins it. */
const given = new Map<string, Catalogue>();
/** Each locale's catalogue, `given` laid over `source`, made when first asked for after a change. */
const catalogues = new Map<string, Catalogue>();
/**
 * Locales whose catalogue is fetched the first time it is wanted (a separate chunk in a host's
 * bundle). Known as soon as the page starts, so `lang="cy"` selects Welsh, not en-GB, and words given
 * for Welsh wait for its catalogue rather than being laid over English.
 */
const loaders = new Map<string, () => Promise<Catalogue>>([['cy', () => import('./cy.js').then((module) => module.cy)]]);
/**
 * Each load in flight, by tag: the load itself (for `loadLocale`), and the same never rejecting (for
 * elements, which show en-GB whatever happens). A load that failed is forgotten, so the next request tries again.
 */
const loads = new Map<string, { load: Promise<void>; settled: Promise<void> }>();
/** Every tag an element can speak, registered first: asked on every render, so kept rather than rebuilt. */
let knownTags: readonly string[] = [];
function knowTags(): void {
  knownTags = [...new Set([SOURCE_LOCALE, ...given.keys(), ...loaders.keys()])];
}
knowTags();
/** Each locale's `overrideMessages` words, in call order; absent while the page has changed none. */
const pageOverrides = new Map<string, MessageOverrides[]>();
/** Each locale's catalogue after `overrideMessages`, made when first asked for after a change. */
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

/** A locale's catalogue, with and without the page's words, is made again when next asked for. */
function forget(tag: string): void {
  catalogues.delete(tag);
  pageCatalogues.delete(tag);
}

/** Whether a locale's catalogue is here: en-GB, or one registered (not one still to be loaded). */
const isHere = (tag: string) => tag === SOURCE_LOCALE || given.has(tag);

/**
 * Words without the areas whose element is not on the page yet: those are kept as given, and
 * checked and laid over the catalogue when the area joins (`provideSourceWords`).
 */
function withoutAreasToCome(words: unknown): unknown {
  if (!isPlainObject(words)) return words;
  const toCome = Object.keys(words).filter((key) => catalogueAreas.has(key) && !Object.hasOwn(source, key));
  if (!toCome.length) return words;
  return Object.fromEntries(Object.entries(words).filter(([key]) => !toCome.includes(key)));
}

/** Lays words over a catalogue, leaving out the areas still to come (see `withoutAreasToCome`). */
function layOver(base: Catalogue, words: unknown, path?: string): MergeResult<Catalogue> {
  return mergeMessages(base, withoutAreasToCome(words), path);
}

const warned = new Set<string>();
/**
 * Words that could not be used, found only when their area joined: `registerLocale` and
 * `overrideMessages` had nothing to check them against, and nothing to throw to now.
 */
function warnLate(problems: readonly string[]): void {
  for (const problem of problems) {
    if (warned.has(problem)) continue;
    warned.add(problem);
    // Paths of keys only: never a person's data.
    console.warn(`otforms: ignored ${problem}`);
  }
}

/**
 * Adds the en-GB words of some areas, for an element class as it is defined (in its `static` block):
 * each area the first time only. Catalogues already registered and the page's words gain these areas
 * the next time they are asked for. Elements already rendered are not told: none of them shows these words.
 */
export function provideSourceWords(words: SourceWords): void {
  const joining = Object.entries(words).filter(([area]) => !Object.hasOwn(source, area));
  if (!joining.length) return;
  source = { ...source, ...Object.fromEntries(joining) };
  catalogues.clear();
  pageCatalogues.clear();
  withElementWords = new WeakMap();
}

/** A registered locale's catalogue: as given, over en-GB's words for what it leaves out. */
function catalogueOf(tag: string): Catalogue {
  const raw = given.get(tag);
  if (!raw) return source;
  let made = catalogues.get(tag);
  if (!made) {
    const { value, problems } = layOver(source, raw, tag);
    warnLate(problems);
    catalogues.set(tag, (made = { ...value, locale: tag }));
  }
  return made;
}

/** A tag's language, lower-cased: `cy-GB` → `cy`. */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The locale (registered, or loaded on demand) that speaks a BCP 47 tag's language: the same tag, else
 * one of the same language (the bare language first: `cy-GB` → `cy`, `en-US` →
 * `en-GB`), else undefined. Words given for a language use this: they must never
 * be laid over another language's catalogue.
 */
export function registeredLocaleFor(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  const wanted = lang.toLowerCase();
  const tags = knownTags;
  return (
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase() === primaryLanguage(wanted)) ??
    tags.find((tag) => primaryLanguage(tag) === primaryLanguage(wanted))
  );
}

/** The locale an element speaks for a tag: as `registeredLocaleFor`, else en-GB. */
export function matchLocale(lang: string | null | undefined): string {
  return registeredLocaleFor(lang) ?? SOURCE_LOCALE;
}

/** The locales an element can speak, en-GB first: those registered, then those loaded when first wanted. */
export function availableLocales(): string[] {
  return [...knownTags];
}

/**
 * Makes sure a locale's catalogue is here (for a tag as `lang` takes it: `cy-GB` loads `cy`): resolves
 * once it is, at once for one already registered. Rejects, with the tag, when no catalogue speaks that
 * language or when fetching it failed (asking again tries again). Elements load what they need
 * themselves; this lets a host load Welsh before it shows a form, or while it is still online.
 */
export function loadLocale(lang: string): Promise<void> {
  const tag = registeredLocaleFor(lang);
  if (!tag) return Promise.reject(new RangeError(`otforms has no catalogue for "${lang}": registerLocale one first (see docs/languages.md)`));
  return isHere(tag) ? Promise.resolve() : startLoading(tag).load;
}

/** The load of a locale that is loadable and not yet here: the one in flight, or a new one. */
function startLoading(tag: string): { load: Promise<void>; settled: Promise<void> } {
  const inFlight = loads.get(tag);
  if (inFlight) return inFlight;
  const load = startLoader(loaders.get(tag)!).then(
    (catalogue) => {
      loads.delete(tag);
      provideLocale(catalogue);
    },
    (error: unknown) => {
      loads.delete(tag);
      throw new Error(`otforms could not load the ${tag} catalogue`, { cause: error });
    },
  );
  // An element that asked renders en-GB and is not waiting on the load: its failure is not an unhandled rejection.
  const started = { load, settled: load.catch(() => undefined) };
  loads.set(tag, started);
  return started;
}

/** Calls a loader now (the fetch starts at once); one that throws fails as one that rejects does. */
function startLoader(load: () => Promise<Catalogue>): Promise<Catalogue> {
  try {
    return Promise.resolve(load());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Registers a catalogue the package ships (loaded on demand, or imported from `locales/*.js`) unless
 * its tag is here already: a host's own catalogue for the tag, registered meanwhile, stays, and so do
 * the words `overrideMessages` changed in one already loaded.
 */
export function provideLocale(catalogue: Catalogue): void {
  if (!given.has(catalogue.locale)) registerLocale(catalogue);
}

/**
 * Test seam, not exported from the package: makes a tag loadable with `load` (or no longer, given
 * undefined) and returns the way to put back what was there. The package's own locales are listed above.
 */
export function setLocaleLoader(tag: string, load: (() => Promise<Catalogue>) | undefined): () => void {
  const before = loaders.get(tag);
  const put = (loader: typeof load) => {
    if (loader) loaders.set(tag, loader);
    else loaders.delete(tag);
    knowTags();
  };
  put(load);
  return () => put(before);
}

/**
 * Adds a locale, or replaces one (a council's own Welsh, say). The catalogue must
 * be complete: `Catalogue` is checked by TypeScript, and a key missing at run time
 * falls back to en-GB's words rather than leaving a gap. Replacing a locale
 * forgets the words `overrideMessages` changed in it. The areas of elements not
 * on the page yet are checked when their element is defined (a problem there is
 * then a console warning, and en-GB's words for it).
 */
export function registerLocale(catalogue: Catalogue): void {
  if (!catalogue || typeof catalogue.locale !== 'string' || !catalogue.locale) throw new TypeError('registerLocale needs a catalogue with its locale tag');
  const { problems } = layOver(source, catalogue, catalogue.locale);
  if (problems.length) throw new TypeError(`The ${catalogue.locale} catalogue has messages that cannot be used: ${problems.join('; ')}`);
  given.set(catalogue.locale, copyWords(catalogue));
  knowTags();
  forget(catalogue.locale);
  pageOverrides.delete(catalogue.locale);
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
  const known = registeredLocaleFor(locale);
  // A locale still to be loaded (Welsh before anyone showed it) keeps its words waiting, as one not yet registered does.
  const tag = known && isHere(known) ? known : undefined;
  // Checked against en-GB when the language's catalogue is not here yet: every catalogue has its shape.
  const { problems } = layOver(tag ? pageCatalogue(tag) : source, overrides);
  if (problems.length) throw new TypeError(`overrideMessages('${locale}'): ${problems.join('; ')}`);
  if (tag) {
    pageOverrides.set(tag, [...(pageOverrides.get(tag) ?? []), copyWords(overrides)]);
    pageCatalogues.delete(tag);
  } else waitingOverrides.set(locale, [...(waitingOverrides.get(locale) ?? []), copyWords(overrides)]);
  changed();
}

/** Lays the words waiting for a language over its catalogue, now registered: those under the bare language first. */
function applyWaitingOverrides(tag: string): void {
  const waiting = [...waitingOverrides.keys()].filter((given) => registeredLocaleFor(given) === tag).sort((a, b) => a.length - b.length);
  for (const as of waiting) {
    pageOverrides.set(tag, [...(pageOverrides.get(tag) ?? []), ...waitingOverrides.get(as)!]);
    waitingOverrides.delete(as);
  }
  pageCatalogues.delete(tag);
}

/** Forgets every `overrideMessages` call (for tests, and hosts that switch councils). */
export function clearMessageOverrides(): void {
  pageOverrides.clear();
  pageCatalogues.clear();
  waitingOverrides.clear();
  changed();
}

/** A locale's catalogue with the page's words laid over it. */
function pageCatalogue(tag: string): Catalogue {
  const overrides = pageOverrides.get(tag);
  if (!overrides) return catalogueOf(tag);
  let made = pageCatalogues.get(tag);
  if (!made) {
    made = catalogueOf(tag);
    for (const words of overrides) {
      const { value, problems } = layOver(made, words);
      warnLate(problems);
      made = value;
    }
    pageCatalogues.set(tag, made);
  }
  return made;
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

/** What `catalogueFor` answers: the catalogue, words that could not be used, and a load the language is waiting for. */
export interface CatalogueAnswer {
  catalogue: Catalogue;
  problems: string[];
  /**
   * Set while the language's own catalogue is being loaded (`catalogue` is then en-GB's): settles when
   * the load ends. It never rejects: a failed load leaves en-GB, and is tried again when next asked for.
   */
  loading?: Promise<void>;
}

/**
 * What one locale's catalogue is with the page's and (optionally) an element's words laid over it, and
 * any words that could not be used. For a locale loaded on demand and not yet here, this starts its load
 * and answers with en-GB's words meanwhile; `onCataloguesChanged` tells when the locale arrives.
 */
export function catalogueFor(lang: string | null | undefined, words?: LocaleMessages): CatalogueAnswer {
  const wanted = matchLocale(lang);
  const loading = isHere(wanted) ? undefined : startLoading(wanted).settled;
  const tag = loading ? SOURCE_LOCALE : wanted;
  const answer = wordsFor(tag, words);
  return loading ? { ...answer, loading } : answer;
}

function wordsFor(tag: string, words: LocaleMessages | undefined): CatalogueAnswer {
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
    const merged = layOver(catalogue, overrides);
    catalogue = merged.value;
    problems.push(...merged.problems);
  }
  byTag.set(tag, catalogue);
  return { catalogue, problems };
}

/** Whether `words` can be a host's words by locale tag: a plain object, not a string, number or list. */
export function isLocaleMessages(words: unknown): words is LocaleMessages {
  return isPlainObject(words);
}

/** Calls `listener` whenever a locale is registered or the page's words change; returns the way to stop. */
export function onCataloguesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
