import { ContextEvent, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Catalogue, LocaleMessages } from './catalogue.js';
import { localeContext, type LocaleState } from './locale-context.js';
import { catalogueFor, isLocaleMessages, onCataloguesChanged, primaryLanguage } from './registry.js';
import { combineWords } from './combine-words.js';
import { watchLanguageChanges } from './language-changes.js';

export interface LocalisedHost extends ReactiveElement {
  /** The host's words for this element and those it renders, by locale tag. */
  messages?: LocaleMessages;
}

/** A node's parent, or for a shadow root its host. */
const above = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/**
 * The nearest `lang` above a node, crossing shadow roots to their hosts, or null.
 * `provider` stops the walk early: the language an otforms element resolved for
 * itself (so for what it renders), used when the walk reaches it with no nearer `lang`.
 */
export function inheritedLang(node: Node, provider?: LocaleState): string | null {
  for (let current: Node | null = node; current; current = above(current)) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    if (provider?.from && current === provider.from) return provider.lang;
  }
  return null;
}

/**
 * Gives an element its words: `catalogue` is the catalogue of the language that
 * applies to it, with the host's words laid over. The language is, in order, the
 * element's own `lang`; the nearest `lang` above it (across shadow roots), where
 * the otforms element rendering it stands for its own (through the context); else
 * en-GB. It asks for a render whenever any of these, the host's words or the
 * registered catalogues change, and tells the otforms elements it renders.
 *
 * An element whose words an otforms element rendering it gives (`give`: a question of `<ot-assessment>`)
 * asks for no language and watches none: that element's language is the one it shows.
 */
export class LocaleController implements ReactiveController {
  catalogue: Catalogue;
  /**
   * Set while the element's language is being loaded (it shows en-GB meanwhile): settles, never
   * rejecting, when the load ends. The registry then tells every element, which renders again.
   */
  loading: Promise<void> | undefined;
  private inherited: LocaleState | undefined;
  private state: LocaleState = { lang: null, messages: undefined };
  private readonly provider: ContextProvider<typeof localeContext> | null;
  private stopWatching: (() => void) | null = null;
  private warned = new Set<string>();
  /** The catalogue the otforms element rendering the host gave it (`give`), or undefined. */
  #given: Catalogue | undefined;
  #connected = false;
  /** Ends the subscription to the otforms element rendering the host (its locale context), while one is held. */
  #unsubscribe: (() => void) | undefined;

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
  }

  /**
   * The locale context of the otforms element rendering the host (asked for as `ContextConsumer` does, subscribed;
   * the callback keeps one identity, so a provider re-asking for it does not subscribe it twice). Asked for only when
   * the host has no words given, so a given element sends no `context-request` at all.
   */
  readonly #onContext = (value: LocaleState | undefined, unsubscribe?: () => void): void => {
    // Another provider now (the element moved, or one appeared between): let go of the last.
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    this.inherited = value;
    this.host.requestUpdate();
  };

  /**
   * Words given by the otforms element that renders the host, in the language that element shows (the assessment
   * gives each question its own): the host then shows them as they are, asks no one for its language and watches
   * no `lang`, so a form of many questions does not pay for each. Undefined goes back to working it out. The host's
   * own `lang` and words are not consulted while words are given.
   */
  give(catalogue: Catalogue | undefined): void {
    if (catalogue === this.#given) return;
    const wasGiven = this.#given !== undefined;
    this.#given = catalogue;
    if (this.#connected && wasGiven !== (catalogue !== undefined)) {
      if (catalogue) this.#stop();
      else this.#watch();
    }
    this.host.requestUpdate();
  }

  /** The catalogue given with `give`, or undefined. */
  get given(): Catalogue | undefined {
    return this.#given;
  }

  /** The BCP 47 tag of the catalogue in use. */
  get locale(): string {
    return this.catalogue.locale;
  }

  /**
   * The catalogue's tag when its language is not the one asked for (a page in Gaelic, which has no
   * catalogue, gets en-GB's words), else undefined. The element marks its content with it, so a screen
   * reader reads English words with an English voice (WCAG 3.1.1, 3.1.2).
   */
  get contentLang(): string | undefined {
    // Given words are the rendering element's, whose own content already says their language.
    if (this.#given) return undefined;
    const { lang } = this.state;
    return lang && primaryLanguage(lang) !== primaryLanguage(this.catalogue.locale) ? this.catalogue.locale : undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    if (!this.#given) this.#watch();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  /** Asks for the locale context and watches the trees above as the element is placed now: a move disconnects, then connects here again. */
  #watch(): void {
    this.host.dispatchEvent(new ContextEvent(localeContext, this.host, this.#onContext, true));
    const unwatchLanguage = watchLanguageChanges(this.host, () => this.languageMayHaveChanged());
    const unwatchCatalogues = onCataloguesChanged(() => this.host.requestUpdate());
    this.stopWatching = () => {
      unwatchLanguage();
      unwatchCatalogues();
    };
    // Lit does not update an element on reconnecting; moved under another `lang`, it must.
    const before = this.catalogue;
    this.resolve();
    if (this.catalogue !== before) this.host.requestUpdate();
  }

  #stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // Elsewhere in the page it may have another provider, or none.
    this.inherited = undefined;
  }

  /** Before each render: the catalogue is worked out again (cheaply: every step is cached). */
  hostUpdate(): void {
    this.resolve();
  }

  /**
   * A `lang` changed somewhere above, or on the host: a render only if the element's language did
   * change, so a rich-text editor's `lang` in the host page does not re-render every question.
   */
  languageMayHaveChanged(): void {
    if (!this.#given && this.lang() !== this.state.lang) this.host.requestUpdate();
  }

  private lang(): string | null {
    return this.host.getAttribute('lang') ?? inheritedLang(this.host.parentNode ?? this.host, this.inherited);
  }

  /** The host's own words; anything but an object by locale tag (their JSON text, say) is none, with one warning. */
  private ownWords(): LocaleMessages | undefined {
    const words: unknown = this.host.messages;
    if (words === undefined || words === null) return undefined;
    if (isLocaleMessages(words)) return words;
    this.warnOnce('its messages: they must be an object by locale tag, such as { cy: { … } }');
    return undefined;
  }

  private warnOnce(problem: string): void {
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    // Paths of keys only: never a person's data.
    console.warn(`otforms: ${this.host.localName} ignored ${problem}`);
  }

  private resolve(): void {
    if (this.#given) {
      this.catalogue = this.#given;
      // The element that gave the words waits for its own language to load.
      this.loading = undefined;
      return;
    }
    const lang = this.lang();
    const messages = combineWords(this.inherited?.messages, this.ownWords());
    const { catalogue, problems, loading } = catalogueFor(lang, messages);
    this.catalogue = catalogue;
    this.loading = loading;
    for (const problem of problems) this.warnOnce(problem);
    if (lang !== this.state.lang || messages !== this.state.messages) {
      this.state = { lang, messages, from: this.host };
      this.provider?.setValue(this.state);
    }
  }
}
