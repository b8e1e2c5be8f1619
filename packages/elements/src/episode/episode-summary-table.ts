import { html, type TemplateResult } from 'lit';
import type { EpisodeSummaryModel, MeasureRow, MeasureValue } from './episode-summary-model.js';
import { changeText, scaleText, taken, valueWithUnit, type SummaryWords } from './episode-summary-words.js';

/**
 * The chart's text alternative: a real table with every value, when and at
 * what point of the episode it was taken, why one is missing, and each
 * change with its sign and unit. It sits inside "Show the figures", which
 * the chart's name points to.
 */
export function renderEpisodeTable(t: SummaryWords, model: EpisodeSummaryModel): TemplateResult {
  const m = t.episodeSummary;
  const ended = model.endedOn !== null;
  return html`<details class="figures" part="figures">
    <summary><span class="summary-text">${m.showFigures}</span></summary>
    <div class="figures-body">
      <table part="table">
        <caption>${m.tableCaption(ended)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.columnMeasure}</th>
            <th scope="col">${m.columnStart}</th>
            <th scope="col">${m.columnEnd(ended)}</th>
            <th scope="col">${m.columnChange}</th>
          </tr>
        </thead>
        <tbody>
          ${model.rows.map((row) => renderRow(t, row, ended))}
        </tbody>
      </table>
    </div>
  </details>`;
}

function renderRow(t: SummaryWords, row: MeasureRow, ended: boolean) {
  const scale = scaleText(t, row.scale, row.kind);
  return html`<tr data-measure=${row.id}>
    <th scope="row"><span class="measure-title">${row.title}</span>${scale ? html` <span class="note">${scale}</span>` : ''}</th>
    <td class="start">${renderValue(t, row, row.start, 'start', ended)}</td>
    <td class="end">${renderValue(t, row, row.end, 'end', ended)}</td>
    <td class="change">${changeText(t, row)}</td>
  </tr>`;
}

function renderValue(t: SummaryWords, row: MeasureRow, value: MeasureValue, side: 'start' | 'end', ended: boolean) {
  if (value.kind === 'missing') return html`<span class="missing">${t.episodeSummary.missing(value.reason, side, ended)}</span>`;
  return html`<span class="value">${valueWithUnit(t, value.value, row.kind)}</span>
    <span class="note">${taken(t, value.timepoint, value.date)}</span>`;
}
