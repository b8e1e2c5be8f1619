import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { QuestionElement } from './question-element.js';

/**
 * A question answered by typing: whole numbers, decimals (with their unit),
 * measurements (a number in mm, cm, m or kg), durations in seconds, text (one line or several),
 * the person's own words and dates. Numbers use `inputmode` on a text input, as GOV.UK advises, so
 * that what was typed is never silently changed. Own words are kept exactly as typed, spaces and
 * line breaks included, and the box says so.
 *
 * @fires ot-answer - The person changed the answer; `detail` is `{ itemId, input, notAssessed }`, and `path` when the form gave one.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The input or text area.
 */
export class OtInputQuestion extends QuestionElement {
  /** While the person types, what they typed wins over the value echoed back by the form. */
  #editing = false;

  protected get validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input, textarea');
  }

  /**
   * Given another question (the form reuses the element for the next page's question in its place), the field is
   * a new one (`keyed` by the item's id): what the old one held beyond its value (its undo history, a date
   * half entered) belongs to the question before, and must never be typed, undone or completed into this one.
   * What was typed no longer wins over the value given either: the new field is not the one being typed into.
   * The same item given again (its text in another language) keeps its field.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('item') && changed.get('item')?.id !== this.item?.id) this.#editing = false;
  }

  override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item || item.type === 'single-choice' || item.type === 'multiple-choice' || item.type === 'yes-no' || item.type === 'photo') return nothing;
    // Live: checked against the field's own text, which the person changes; the value last given may equal the new
    // one while the field holds what was typed (the element given the next page's question, say).
    const shown = live(this.#editing ? this.currentText() : this.value);
    const ownWords = item.type === 'own-words';
    const common = {
      describedBy: this.describedBy(ownWords ? this.ids.ownWords : undefined),
      invalid: this.error ? 'true' : 'false',
    };
    let control;
    if ((item.type === 'text' && item.multiline) || ownWords) {
      control = html`<textarea
        id=${this.ids.control}
        part="control"
        rows="5"
        spellcheck=${ownWords ? 'false' : 'true'}
        autocorrect=${ifDefined(ownWords ? 'off' : undefined)}
        aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid}
        ?disabled=${this.disabled}
        .value=${shown}
        @input=${this.onInput}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      ></textarea>`;
    } else {
      const numeric = item.type === 'integer' || item.type === 'decimal' || item.type === 'duration' || item.type === 'measurement';
      control = html`<input
        id=${this.ids.control}
        part="control"
        class=${numeric ? 'number' : ''}
        type=${item.type === 'date' ? 'date' : 'text'}
        inputmode=${ifDefined(item.type === 'integer' ? 'numeric' : numeric ? 'decimal' : undefined)}
        spellcheck=${numeric ? 'false' : 'true'}
        autocomplete="off"
        aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid}
        ?disabled=${this.disabled}
        .value=${shown}
        @input=${this.onInput}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      />`;
    }
    const words = this.t.questions;
    const unitText = item.type === 'duration' ? words.seconds : 'unit' in item ? item.unit : undefined;
    // A measurement's unit is a symbol ("mm"); it is heard as its word, so "mm" is not read as letters.
    const unitHeard = item.type === 'measurement' ? words.unitName(item.unit) : unitText;
    // A decimal's or whole number's unit is the definition's text; a duration's and a measurement's are the control's.
    const unitLang = item.type === 'integer' || item.type === 'decimal' ? this.itemLang : nothing;
    const unit = unitText ? html`<span class="unit" aria-hidden="true" lang=${unitLang}>${unitText}</span>` : nothing;
    return html`
      <div class="group ${this.error ? 'has-error' : ''}">
        <label class="question" for=${this.ids.control} part="label"><span lang=${this.itemLang}>${item.label}</span>${
          unitHeard ? html`<span class="visually-hidden" lang=${unitLang}> (${unitHeard})</span>` : nothing
        }</label>
        ${this.renderHint()}
        ${ownWords ? html`<p id=${this.ids.ownWords} class="own-words">${words.ownWords}</p>` : nothing}
        ${this.renderError()}
        <div class="field">${keyed(item.id, control)} ${unit}</div>
      </div>
    `;
  }

  private currentText(): string {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')?.value ?? this.value;
  }

  private onInput(event: Event): void {
    this.answer((event.target as HTMLInputElement).value);
  }

  private onFocus(): void {
    this.#editing = true;
  }

  private onBlur(): void {
    this.#editing = false;
    this.requestUpdate();
  }
}
