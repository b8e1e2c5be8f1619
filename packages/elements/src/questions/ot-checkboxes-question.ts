import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { QuestionElement } from './question-element.js';

/**
 * A multiple-choice question: GOV.UK checkboxes in a fieldset whose legend is
 * the question. Its value is the chosen codes joined by commas (codes never
 * contain one); a native form receives one entry per chosen code.
 *
 * @fires ot-answer - The person changed the choice; `detail` is `{ itemId, input, notAssessed }` (and `path` when the form gave one), `input` the codes joined by commas.
 * @csspart label - The legend.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart control - The group of checkboxes.
 */
export class OtCheckboxesQuestion extends QuestionElement {
  protected get validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  private get chosen(): string[] {
    return this.value ? this.value.split(',') : [];
  }

  protected override formValue(): FormData | null {
    if (!this.chosen.length || !this.name) return null;
    const data = new FormData();
    for (const code of this.chosen) data.append(this.name, code);
    return data;
  }

  override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (item?.type !== 'multiple-choice') return nothing;
    const chosen = this.chosen;
    return html`
      <div class="group ${this.error ? 'has-error' : ''}">
        <fieldset aria-describedby=${this.describedBy()} ?disabled=${this.disabled}>
          <legend part="label" lang=${this.itemLang}>${item.label}</legend>
          ${this.renderHint()} ${this.renderError()}
          <div part="control" @change=${this.onChange}>
            ${item.options.map(
              (option, index) => html`<div class="option">
                <input type="checkbox" id=${`option-${index}`} .value=${option.code} .checked=${live(chosen.includes(option.code))} />
                <label for=${`option-${index}`} lang=${this.itemLang}>${option.label}</label>
              </div>`,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }

  private onChange(): void {
    const codes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((input) => input.value);
    this.answer(codes.join(','));
  }
}
