import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkItem, emptyResponseState, readInput, type Attachment, type QuestionItem } from '@otforms/core';
import { OtAnswerEvent, type OtAnswerPath } from '../events/ot-answer-event.js';
import { reflectOwnDisabled } from '../forms/own-disabled.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { questionStyles } from './question-styles.js';
import { optionTargetStyles } from '../styles/option-styles.js';
import { LocalisedElement } from '../i18n/localised-element.js';
import type { Catalogue } from '../i18n/catalogue.js';

/** The names of the entries of a question's kept form state. */
const STATE_VALUE = 'value';
const STATE_NOT_ASSESSED = 'not-assessed';

/**
 * What every question shares: it is form-associated (value, validity, reset,
 * restore, disabled), keeps its label, hint and error in its own shadow root,
 * and reports answers with `ot-answer`. Validity comes from core's rules, so
 * a question used on its own in a native form validates exactly as it does
 * inside `<ot-assessment>`.
 *
 * @fires ot-answer - The person answered; `detail` is `{ itemId, input, notAssessed }`, and `path` when the form gave one.
 * @csspart label - The question's label or legend.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The input, or the group of options.
 * @cssprop --ot-color-text - Text colour.
 * @cssprop --ot-color-secondary-text - The hint.
 * @cssprop --ot-color-error - The error message and the bar beside a question in error.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - The inner ring of a focused radio or checkbox.
 * @cssprop --ot-color-border - Borders of inputs.
 * @cssprop --ot-color-surface - Background of inputs.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 */
export abstract class QuestionElement extends LocalisedElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LocalisedElement.shadowRootOptions, delegatesFocus: true };
  protected static override readonly rendersOtformsElements = false;
  static override styles = [sharedStyles, optionTargetStyles, questionStyles];

  /** The item from the definition that this question asks. */
  @property({ attribute: false }) item?: QuestionItem;

  /** The current answer as text: an option code, or what was typed. */
  @property() value = '';

  /** The name under which a surrounding native form submits the value. */
  @property({ reflect: true }) name = '';

  /**
   * When set, the question cannot be answered. A disabled ancestor `<fieldset>` sets it too, and clears it
   * again when it is enabled; only a host's own setting is reflected to the `disabled` attribute.
   */
  @property({ type: Boolean }) disabled = false;

  /** The error to show. Empty until the form decides errors are due (GOV.UK: after an attempt to continue). */
  @property() error = '';

  /** True when "Not assessed" was chosen instead of an answer. */
  @property({ type: Boolean, attribute: 'not-assessed' }) notAssessed = false;

  /**
   * The language of the item's text (label, hint, options, unit), when it is not the page's: a form showing an
   * instrument that has no version in the interface's language sets it to the definition's, so each piece of that
   * text carries it as `lang` (WCAG 3.1.2) while the control's own words stay in the interface's language.
   */
  @property({ attribute: 'text-lang' }) textLang = '';

  /** Where the question sits in the form that shows it, passed on as each `ot-answer`'s `detail.path`. Not needed on its own. */
  @property({ attribute: false }) path?: OtAnswerPath;

  /**
   * The words to show, given by the form that renders this question, in the language it shows (`<ot-assessment>`
   * gives its own). A question given its words is managed by that form: it asks no one for its language and watches
   * no `lang` (its own `lang` and `messages` are not consulted), and leaves validity and the submitted value to the
   * form, which validates the answers and shows each error through `error`. Leave it unset for a question used on its own.
   */
  get words(): Catalogue | undefined {
    return this.localeController.given;
  }

  set words(catalogue: Catalogue | undefined) {
    const managed = catalogue !== undefined;
    if (managed && this.localeController.given === undefined) {
      // What it reported on its own no longer stands: the form validates now.
      this.internals.setFormValue(null);
      this.internals.setValidity({});
    }
    this.localeController.give(catalogue);
  }

  protected readonly internals: ElementInternals = this.attachInternals();
  #defaultValue: string | null = null;

  constructor() {
    super();
    // Given before this class was defined (the photo question loads on demand), the words are an own property hiding the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'words')) {
      const words = (this as { words?: Catalogue }).words;
      delete (this as { words?: Catalogue }).words;
      this.words = words;
    }
  }

  protected readonly ids = { hint: 'hint', error: 'error', control: 'control', ownWords: 'own-words' } as const;

  /** The element that validity messages point at. */
  protected abstract get validationAnchor(): HTMLElement | null;

  /** The hint, then `extra` (a note the control adds under the hint), then the error: GOV.UK's order. */
  protected describedBy(extra?: string): string | typeof nothing {
    const ids = [this.item?.hint ? this.ids.hint : '', extra ?? '', this.shownError ? this.ids.error : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.item?.hint ? html`<div id=${this.ids.hint} class="hint" part="hint" lang=${this.itemLang}>${this.item.hint}</div>` : nothing;
  }

  /** The `lang` of an element holding the item's text: the one given, else none (it is the page's). */
  protected get itemLang(): string | typeof nothing {
    return this.textLang || nothing;
  }

  /** The error shown: the form's. A control with problems of its own (a photo that cannot be read) adds them. */
  protected get shownError(): string {
    return this.error;
  }

  protected renderError(): TemplateResult | typeof nothing {
    const error = this.shownError;
    return error ? html`<p id=${this.ids.error} class="error-message" part="error"><span class="visually-hidden">${this.t.questions.errorPrefix}</span> ${error}</p>` : nothing;
  }

  /** `attachments` go with a photo question's answer: the photos themselves, whose ids `input` lists. */
  protected answer(input: string, notAssessed = false, attachments?: readonly Attachment[]): void {
    this.value = notAssessed ? '' : input;
    this.notAssessed = notAssessed;
    if (this.item) {
      this.dispatchEvent(
        new OtAnswerEvent({ itemId: this.item.id, input, notAssessed, ...(this.path ? { path: this.path } : {}), ...(attachments ? { attachments } : {}) }),
      );
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#defaultValue ??= this.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('disabled')) reflectOwnDisabled(this, this.disabled);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Managed by a form (words given), the form is the one control a surrounding form sees: the question reports nothing itself.
    if (this.words) return;
    this.internals.setFormValue(this.formValue(), this.formState());
    this.updateValidity();
  }

  /** What a surrounding native form submits for this question. */
  protected formValue(): string | FormData | null {
    return this.value === '' ? null : this.value;
  }

  /**
   * What the browser keeps for this question and hands back to `formStateRestoreCallback` after
   * back/forward navigation: the answer as text, and whether "Not assessed" was chosen, which the
   * submitted value alone cannot say (a checkbox group submits one entry per code, "Not assessed" none).
   */
  protected formState(): FormData {
    const state = new FormData();
    state.set(STATE_VALUE, this.value);
    if (this.notAssessed) state.set(STATE_NOT_ASSESSED, 'true');
    return state;
  }

  /** Core's verdict on the answer held now, as the form would reach it: whether it is empty, and what is wrong in the question's language. */
  protected checkAnswer(item: QuestionItem): { empty: boolean; message: string | null } {
    const read = readInput(item, this.value);
    const found = checkItem(item, {
      ...emptyResponseState(),
      answers: read.kind === 'answer' ? { [item.id]: read.value } : {},
      invalidInputs: read.kind === 'invalid' ? { [item.id]: read.text } : {},
      notAssessed: this.notAssessed ? [item.id] : [],
    });
    return { empty: read.kind === 'empty', message: found && this.t.answers.problem(found.problem, item.label) };
  }

  private updateValidity(): void {
    if (!this.item) return;
    const checked = this.checkAnswer(this.item);
    const message = this.error || checked.message;
    if (!message) this.internals.setValidity({});
    else if (!this.error && checked.empty) this.internals.setValidity({ valueMissing: true }, message, this.validationAnchor ?? undefined);
    else this.internals.setValidity({ customError: true }, message, this.validationAnchor ?? undefined);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** False while the question is disabled: a disabled question is neither validated nor submitted. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.#defaultValue ?? '';
    this.notAssessed = false;
  }

  /**
   * After back/forward navigation (`restore`) the browser hands back the state this question kept;
   * for `autocomplete` it hands a value as text.
   */
  formStateRestoreCallback(state: string | File | FormData | null, _reason?: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') {
      this.value = state;
      this.notAssessed = false;
    } else if (state instanceof FormData) {
      const value = state.get(STATE_VALUE);
      this.value = typeof value === 'string' ? value : '';
      this.notAssessed = state.get(STATE_NOT_ASSESSED) === 'true';
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }
}
