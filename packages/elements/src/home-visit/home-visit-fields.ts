import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * The GOV.UK fields the recommendations page is drawn with, native controls in
 * the home visit's own shadow root: a label, hint and error tied to the control
 * with `aria-describedby`, radios and checkboxes in a fieldset with a legend.
 * They are the visit's own inputs, not the host form's: only the record is.
 */

/** An id made of anything (a rule id, an error key) that is safe in a DOM id and a CSS selector. */
export const domId = (...parts: readonly (string | number)[]) => parts.map((part) => String(part).replace(/[^A-Za-z0-9_-]+/g, '-')).join('-');

/** Where an error summary link about the recommendations page takes focus. */
export function recommendationsTargetId(field: string): string {
  const suggestion = /^suggestions\.(.+)$/.exec(field);
  if (suggestion) return domId('suggestion', suggestion[1]!, 'reason');
  const recommendation = /^recommendations\[(\d+)\]\.(\w+)$/.exec(field);
  if (recommendation) return domId('recommendation', recommendation[1]!, recommendation[2]!);
  return 'recommendations';
}

interface FieldText {
  id: string;
  label: string;
  hint?: string;
  error: string;
  /** Visually hidden before the error ("Error:"), in the page's language. */
  errorPrefix: string;
  disabled: boolean;
}

const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

export function renderHint(id: string, hint?: string): TemplateResult | typeof nothing {
  return hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing;
}

export function renderError(id: string, error: string, errorPrefix: string): TemplateResult | typeof nothing {
  return error ? html`<p class="error-message" id=${`${id}-error`}><span class="visually-hidden">${errorPrefix}</span> ${error}</p>` : nothing;
}

export function renderTextField(field: FieldText & { value: string; multiline?: boolean; onInput(value: string): void }): TemplateResult {
  const { id, label, hint, error, errorPrefix, disabled, value, multiline } = field;
  const onInput = (event: Event) => field.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${renderHint(id, hint)} ${renderError(id, error, errorPrefix)}
    ${multiline
      ? html`<textarea id=${id} rows="3" .value=${live(value)} ?disabled=${disabled} aria-describedby=${describedBy(id, hint, error)} aria-invalid=${error ? 'true' : nothing} @input=${onInput}></textarea>`
      : html`<input type="text" id=${id} .value=${live(value)} ?disabled=${disabled} aria-describedby=${describedBy(id, hint, error)} aria-invalid=${error ? 'true' : nothing} @input=${onInput} />`}
  </div>`;
}

export interface Choice {
  code: string;
  label: string;
}

/** Radios (one answer) or checkboxes (any), in a fieldset whose id an error link focuses. */
export function renderChoices(
  field: FieldText & { type: 'radio' | 'checkbox'; choices: readonly Choice[]; isChosen(code: string): boolean; onChoose(code: string): void },
): TemplateResult {
  const { id, label, hint, error, errorPrefix, disabled, type } = field;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <fieldset id=${id} aria-describedby=${describedBy(id, hint, error)} ?disabled=${disabled}>
      <legend>${label}</legend>
      ${renderHint(id, hint)} ${renderError(id, error, errorPrefix)}
      ${field.choices.map((choice, index) => {
        const optionId = `${id}-${index}`;
        return html`<div class="option">
          <input type=${type} id=${optionId} name=${id} .value=${choice.code} .checked=${live(field.isChosen(choice.code))} @change=${() => field.onChoose(choice.code)} />
          <label for=${optionId}>${choice.label}</label>
        </div>`;
      })}
    </fieldset>
  </div>`;
}

/** A record of labels as the choices of a radio group, in the order of `codes`. */
export const choicesOf = <Code extends string>(codes: readonly Code[], labels: Record<Code, string>): Choice[] => codes.map((code) => ({ code, label: labels[code] }));

/** A need a suggestion came from, with the question's label to show. */
export interface NeedLabel {
  instrumentId: string;
  itemId: string;
  label: string;
}

/** The status date input: each change goes to the machine (`SET_NEXT_STATUS_DATE`), which keeps it in the draft until "Mark as …" uses it. */
export function renderStatusDate(
  field: { id: string; label: string; value: string; error: string; errorPrefix: string; disabled: boolean },
  onInput: (value: string) => void,
): TemplateResult {
  const { id, label, value, error, errorPrefix, disabled } = field;
  return html`<div class=${error ? 'has-error' : ''}>
    <label for=${id}>${label}</label>
    ${renderError(id, error, errorPrefix)}
    <input type="date" id=${id} .value=${live(value)} ?disabled=${disabled} aria-describedby=${error ? `${id}-error` : nothing}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}
