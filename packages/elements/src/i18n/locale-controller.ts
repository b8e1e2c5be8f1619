import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Catalogue, LocaleMessages } from './catalogue.js';
import { localeContext, type LocaleState } from './locale-context.js';
import { catalogueFor, onCataloguesChanged } from './registry.js';
import { watchLanguageChanges } from './language-changes.js';

export interface LocalisedHost extends ReactiveElement {
  /** The host's words for this element and those it renders, by locale tag. */
  messages?: LocaleMessages;
}

/** The nearest `lang` above a node, crossing shadow roots to their hosts, or null. */
export function inheritedLang(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

const mergedWords = new WeakMap<LocaleMessages, WeakMap<LocaleMessages, LocaleMessages>>();

/** The outer element's words with the inner one's laid over, by locale; the same object while neither changes, so catalogues stay cached. */
function combineWords(outer: LocaleMessages | undefined, inner: LocaleMessages | undefined): LocaleMessages | undefined {
  if (!outer || !inner || outer === inner) return inner ?? outer;
  let byInner = mergedWords.get(outer);
  if (!byInner) mergedWords.set(outer, (byInner = new WeakMap()));
  let combined = byInner.get(inner);
  if (!combined) {
    const tags = new Set([...Object.keys(outer), ...Object.keys(inner)]);
    combined = Object.fromEntries([...tags].map((tag) => [tag, deepCombine(outer[tag], inner[tag])]));
    byInner.set(inner, combined);
  }
  return combined;
}

function deepCombine(outer: unknown, inner: unknown): never {
  if (inner === undefined) return outer as never;
  if (outer === undefined || typeof outer !== 'object' || typeof inner !== 'object' || outer === null || inner === null) return inner as never;
  const result: Record<string, unknown> = { ...(outer as Record<string, unknown>) };
  for (const [key, value] of Object.entries(inner)) result[key] = deepCombine(result[key], value);
  return result as never;
}

/**
 * Gives an element its words: `catalogue` is the catalogue of the language that
 * applies to it, with the host's words laid over. The language is, in order, the
 * element's own `lang`; that of the otforms element rendering it; the nearest
 * `lang` above it in the page (across shadow roots); else en-GB. It asks for a
 * render whenever any of these, the host's words or the registered catalogues
 * change, and tells the otforms elements it renders.
 */
export class LocaleController implements ReactiveController {
  catalogue: Catalogue;
  private inherited: LocaleState | undefined;
  private state: LocaleState = { lang: null, messages: undefined };
  private readonly provider: ContextProvider<typeof localeContext> | null;
  private stopWatching: (() => void) | null = null;
  private warned = new Set<string>();

  /**
   * `provides`: whether the host renders other otforms elements and so tells them its language. A leaf (a
   * question) does not: each provider that appears re-parents the subscriptions of the providers above it,
   * so a provider per question made a form's first render grow with the square of its questions.
   */
  constructor(
    private readonly host: LocalisedHost,
    provides = true,
  ) {
    this.catalogue = catalogueFor(null).catalogue;
    host.addController(this);
    this.provider = provides ? new ContextProvider(host, { context: localeContext, initialValue: this.state }) : null;
    new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: (value) => {
        this.inherited = value;
        this.host.requestUpdate();
      },
    });
  }

  /** The BCP 47 tag of the catalogue in use. */
  get locale(): string {
    return this.catalogue.locale;
  }

  hostConnected(): void {
    const unwatchLanguage = watchLanguageChanges(() => this.host.requestUpdate());
    const unwatchCatalogues = onCataloguesChanged(() => this.host.requestUpdate());
    this.stopWatching = () => {
      unwatchLanguage();
      unwatchCatalogues();
    };
    this.resolve();
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    // Elsewhere in the page it may have another provider, or none.
    this.inherited = undefined;
  }

  /** Before each render: the catalogue is worked out again (cheaply: every step is cached). */
  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): void {
    const own = this.host.getAttribute('lang');
    const lang = own ?? this.inherited?.lang ?? inheritedLang(this.host.parentNode ?? this.host);
    const messages = combineWords(this.inherited?.messages, this.host.messages);
    const { catalogue, problems } = catalogueFor(lang, messages);
    this.catalogue = catalogue;
    for (const problem of problems) {
      if (this.warned.has(problem)) continue;
      this.warned.add(problem);
      // Paths of keys only: never a person's data.
      console.warn(`otforms: ${this.host.localName} ignored ${problem}`);
    }
    if (lang !== this.state.lang || messages !== this.state.messages) {
      this.state = { lang, messages };
      this.provider?.setValue(this.state);
    }
  }
}
