import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalogue, LocaleMessages } from './catalogue.js';
import { LocaleController } from './locale-controller.js';

const languageAttribute = ['lang'];

/**
 * What every otforms element is: a Lit element that speaks the language of the
 * page around it (see `LocaleController`) and takes the host's own words.
 */
export class LocalisedElement extends LitElement {
  /**
   * `lang` is observed, not a reactive property: a property would hide HTMLElement's own `lang`.
   * (Named through a constant so the manifest does not list a global attribute as each element's own.)
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...languageAttribute];
  }

  /**
   * The host's words, by locale tag, laid over the catalogue for this element and
   * every otforms element it renders: `{ 'en-GB': { assessment: { submit: 'Save' } } }`.
   * Words for the page as a whole: `overrideMessages`. See docs/languages.md.
   */
  @property({ attribute: false }) messages?: LocaleMessages;

  /** False for an element that renders no other otforms element (a question, a chart): it then tells no one its language. */
  protected static readonly rendersOtformsElements: boolean = true;

  protected readonly localeController = new LocaleController(this, (this.constructor as typeof LocalisedElement).rendersOtformsElements);

  /**
   * What the element renders into: a `<div>` in its shadow root, the one place that can say the
   * language of everything rendered (a shadow root cannot carry `lang`). It has `lang` only when the
   * catalogue's language is not the page's (see `LocaleController.contentLang`).
   */
  #content: HTMLElement | undefined;

  constructor() {
    super();
    // After the locale controller's own hostUpdate, so before each render with the language it settled.
    this.addController({ hostUpdate: () => this.#markContentLang() });
  }

  /** The words this element shows, in its language. */
  protected get t(): Catalogue {
    return this.localeController.catalogue;
  }

  /**
   * Also waits for a catalogue the element's language is loading (Welsh, the first time it is shown) and
   * the render that follows, so `await el.updateComplete` sees the element in its own language. A load
   * that fails leaves the element in en-GB, and this resolves all the same.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    let awaited: Promise<void> | undefined;
    // A new load may start in the render after one (the language changed meanwhile); one that settled is not waited on twice.
    while (this.localeController.loading && this.localeController.loading !== awaited) {
      awaited = this.localeController.loading;
      await awaited;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.localeController.languageMayHaveChanged();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Lit renders before its fallback <style> elements, which are the shadow root's children, not the wrapper's.
    this.renderOptions.renderBefore = null;
    this.#content = document.createElement('div');
    root.append(this.#content);
    return this.#content;
  }

  #markContentLang(): void {
    const lang = this.localeController.contentLang;
    if (!this.#content || (this.#content.getAttribute('lang') ?? undefined) === lang) return;
    if (lang) this.#content.setAttribute('lang', lang);
    else this.#content.removeAttribute('lang');
  }
}
