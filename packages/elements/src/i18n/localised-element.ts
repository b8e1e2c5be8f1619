import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalogue, LocaleMessages } from './catalogue.js';
import { LocaleController } from './locale-controller.js';

/**
 * What every otforms element is: a Lit element that speaks the language of the
 * page around it (see `LocaleController`) and takes the host's own words.
 */
export class LocalisedElement extends LitElement {
  /**
   * The host's words, by locale tag, laid over the catalogue for this element and
   * every otforms element it renders: `{ 'en-GB': { assessment: { submit: 'Save' } } }`.
   * Words for the page as a whole: `overrideMessages`. See docs/languages.md.
   */
  @property({ attribute: false }) messages?: LocaleMessages;

  /** False for an element that renders no other otforms element (a question, a chart): it then tells no one its language. */
  protected static readonly rendersOtformsElements: boolean = true;

  protected readonly localeController = new LocaleController(this, (this.constructor as typeof LocalisedElement).rendersOtformsElements);

  /** The words this element shows, in its language. */
  protected get t(): Catalogue {
    return this.localeController.catalogue;
  }
}
