import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { QuestionElement } from './question-element.js';

/**
 * A question answered by typing: whole numbers, decimals (with their unit),
 * durations in seconds, text (one line or several) and dates. Numbers use `inputmode` on a text
 * input, as GOV.UK advises, so that what was typed is never silently changed.
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

  override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item || item.type === 'single-choice' || item.type === 'multiple-choice' || item.type === 'yes-no') return nothing;
    const shown = this.#editing ? live(this.currentText()) : this.value;
    const common = {
      describedBy: this.describedBy(),
      invalid: this.error ? 'true' : 'false',
    };
    let control;
    if (item.type === 'text' && item.multiline) {
      control = html`<textarea
        id=${this.ids.control}
        part="control"
        rows="5"
        aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid}
        ?disabled=${this.disabled}
        .value=${shown}
        @input=${this.onInput}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      ></textarea>`;
    } else {
      const numeric = item.type === 'integer' || item.type === 'decimal' || item.type === 'duration';
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
    const unitText = item.type === 'duration' ? 'seconds' : 'unit' in item ? item.unit : undefined;
    const unit = unitText ? html`<span class="unit" aria-hidden="true">${unitText}</span>` : nothing;
    return html`
      <div class="group ${this.error ? 'has-error' : ''}">
        <label class="question" for=${this.ids.control} part="label">${item.label}${
          unitText ? html`<span class="visually-hidden"> (${unitText})</span>` : nothing
        }</label>
        ${this.renderHint()} ${this.renderError()}
        <div class="field">${control} ${unit}</div>
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
