import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import type { ChartModel, GasLevel, GoalRow } from './gas-chart-model.js';
import { changeText, levelText, tScoreText } from './gas-format.js';

/**
 * The chart's text alternative: a real table of every goal's levels and the
 * T-scores, inside "Show the figures". Closed, it is still in the DOM and one
 * keypress away; the chart's name says where it is.
 */
export function renderGasTable(t: Catalogue, model: ChartModel): TemplateResult {
  const m = t.gasChart;
  const date = model.review ? t.format.date(model.review.date) : null;
  return html`<details class="figures" part="figures">
    <summary><span class="summary-text">${m.showFigures}</span></summary>
    <div class="figures-body">
      <table>
        <caption>${m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.columnGoal}</th>
            ${model.weighted ? html`<th scope="col">${m.columnWeight}</th>` : nothing}
            <th scope="col">${m.columnBaseline}</th>
            <th scope="col">${m.columnExpected}</th>
            <th scope="col">${m.columnAttained(date)}</th>
          </tr>
        </thead>
        <tbody>
          ${model.rows.map((row) => renderRow(t, row, model.weighted))}
        </tbody>
      </table>
      ${renderTScores(t, model)}
    </div>
  </details>`;
}

function renderRow(t: Catalogue, row: GoalRow, weighted: boolean) {
  const m = t.gasChart;
  return html`<tr data-goal-id=${row.goal.id}>
    <th scope="row" class="goal"><span class="goal-number">${m.goalNumber(row.number)}</span> ${row.goal.statement}</th>
    ${weighted ? html`<td class="weight">${m.weight(row.weight, row.goal.importance, row.goal.difficulty)}</td>` : nothing}
    <td class="baseline">${renderLevel(t, row.baseline)}</td>
    <td class="expected"><span class="level-value">${levelText(t.format, 0)}</span> <span class="level-description">${row.goal.levels.expected}</span></td>
    <td class="attained">${row.attained === null ? m.notReviewedYet : renderLevel(t, row.attained)}</td>
  </tr>`;
}

function renderLevel(t: Catalogue, level: GasLevel) {
  return html`<span class="level-value">${levelText(t.format, level)}</span> <span class="level-name">${t.gasChart.levelLabels[level]}</span>`;
}

function renderTScores(t: Catalogue, model: ChartModel) {
  const m = t.gasChart;
  const score = (value: number | null) => m.value(value === null ? null : tScoreText(t.format, value));
  if (model.tScoreBaseline === null) return html`<p class="t-scores">${m.noTScore}</p>`;
  return html`<dl class="t-scores">
      <div>
        <dt>${m.tScoreAtBaseline}</dt>
        <dd data-t="baseline">${score(model.tScoreBaseline)}</dd>
      </div>
      ${model.review
        ? html`<div>
              <dt>${m.tScoreAtReview(t.format.date(model.review.date))}</dt>
              <dd data-t="review">${score(model.review.tScore)}</dd>
            </div>
            <div>
              <dt>${m.change}</dt>
              <dd data-t="change">${m.value(model.review.change === null ? null : changeText(t.format, model.review.change))}</dd>
            </div>`
        : html`<div>
            <dt>${m.tScoreAtNextReview}</dt>
            <dd data-t="review">${m.notReviewedYet}</dd>
          </div>`}
    </dl>
    <p class="hint method">${m.method(model.plan.rho, model.weighted)}</p>`;
}
