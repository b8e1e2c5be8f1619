import { html, type TemplateResult } from 'lit';
import { summaryMessages } from './episode-summary-messages.js';
import type { EpisodeSummaryModel, MeasureRow, MeasureValue } from './episode-summary-model.js';

/**
 * The chart's text alternative: a real table with every value, when and at
 * what point of the episode it was taken, why one is missing, and each
 * change with its sign and unit. It sits inside "Show the figures", which
 * the chart's name points to.
 */
export function renderEpisodeTable(model: EpisodeSummaryModel): TemplateResult {
  const ended = model.endedOn !== null;
  return html`<details class="figures" part="figures">
    <summary><span class="summary-text">${summaryMessages.showFigures}</span></summary>
    <div class="figures-body">
      <table part="table">
        <caption>${summaryMessages.tableCaption(ended)}</caption>
        <thead>
          <tr>
            <th scope="col">${summaryMessages.columnMeasure}</th>
            <th scope="col">${summaryMessages.columnStart}</th>
            <th scope="col">${summaryMessages.columnEnd(ended)}</th>
            <th scope="col">${summaryMessages.columnChange}</th>
          </tr>
        </thead>
        <tbody>
          ${model.rows.map((row) => renderRow(row, ended))}
        </tbody>
      </table>
    </div>
  </details>`;
}

function renderRow(row: MeasureRow, ended: boolean) {
  const scale = summaryMessages.scale(row.scale, row.kind);
  return html`<tr data-measure=${row.id}>
    <th scope="row"><span class="measure-title">${row.title}</span>${scale ? html` <span class="note">${scale}</span>` : ''}</th>
    <td class="start">${renderValue(row, row.start, 'start', ended)}</td>
    <td class="end">${renderValue(row, row.end, 'end', ended)}</td>
    <td class="change">${summaryMessages.change(row)}</td>
  </tr>`;
}

function renderValue(row: MeasureRow, value: MeasureValue, side: 'start' | 'end', ended: boolean) {
  if (value.kind === 'missing') return html`<span class="missing">${summaryMessages.missing(value.reason, side, ended)}</span>`;
  return html`<span class="value">${summaryMessages.value(value.value, row.kind)}</span>
    <span class="note">${summaryMessages.taken(value.timepoint, value.date)}</span>`;
}
