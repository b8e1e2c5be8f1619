import { html, type TemplateResult } from 'lit';

/** One figure as a row of a GOV.UK summary list: what it is, and its value in words and numbers. */
export interface FigureRow {
  /** Stable within the list: `data-figure`. */
  key: string;
  term: string;
  value: string;
}

export function renderFigureList(rows: readonly FigureRow[]): TemplateResult {
  return html`<dl class="figure-list">
    ${rows.map(
      (row) => html`<div class="figure-row" data-figure=${row.key}>
        <dt>${row.term}</dt>
        <dd>${row.value}</dd>
      </div>`,
    )}
  </dl>`;
}
