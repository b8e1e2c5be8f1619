import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { QuestionElement } from './question-element.js';

/** The value a "Not assessed" choice has inside the radio group; never stored as an answer. */
const NOT_ASSESSED = '__not-assessed__';

/**
 * A single-choice or yes-no question: GOV.UK radios in a fieldset whose
 * legend is the question. When the item allows it, "Not assessed" follows an
 * "or" divider.
 *
 * @fires ot-answer - The person chose an option; `detail` is `{ itemId, input, notAssessed }`.
 * @csspart label - The legend.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart control - The group of options.
 */
export class OtChoiceQuestion extends QuestionElement {
  protected get validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (item?.type !== 'single-choice' && item?.type !== 'yes-no') return nothing;
    const words = this.t.questions;
    // Yes and No are the control's own words; a single choice's options are the definition's text.
    const options = item.type === 'yes-no' ? [{ code: 'yes', label: words.yes }, { code: 'no', label: words.no }] : item.options;
    const optionLang = item.type === 'yes-no' ? nothing : this.itemLang;
    const allowNotAssessed = item.type === 'single-choice' && item.allowNotAssessed;
    return html`
      <div class="group ${this.error ? 'has-error' : ''}">
        <fieldset aria-describedby=${this.describedBy()} ?disabled=${this.disabled}>
          <legend part="label" lang=${this.itemLang}>${item.label}</legend>
          ${this.renderHint()} ${this.renderError()}
          <div part="control" class=${item.type === 'yes-no' ? 'inline' : ''} @change=${this.onChange}>
            ${options.map((option, index) => this.renderOption(`option-${index}`, option.code, option.label, optionLang))}
            ${allowNotAssessed
              ? html`<div class="divider" aria-hidden="true">${words.or}</div>
                  ${this.renderOption('option-not-assessed', NOT_ASSESSED, words.notAssessed, nothing)}`
              : nothing}
          </div>
        </fieldset>
      </div>
    `;
  }

  /** `checked` is live: a click checks a radio before the answer comes back, so the DOM, not the last value given, is compared. */
  private renderOption(id: string, value: string, label: string, lang: string | typeof nothing) {
    const checked = value === NOT_ASSESSED ? this.notAssessed : !this.notAssessed && this.value === value;
    return html`<div class="option">
      <input type="radio" id=${id} name="choice" .value=${value} .checked=${live(checked)} />
      <label for=${id} lang=${lang}>${label}</label>
    </div>`;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.value === NOT_ASSESSED) this.answer('', true);
    else this.answer(input.value);
  }
}
