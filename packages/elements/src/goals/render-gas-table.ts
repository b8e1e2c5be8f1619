import { html, nothing, type TemplateResult } from 'lit';
import { formatLevel, levelLabels, type ChartModel, type GasLevel, type GoalRow } from './gas-chart-model.js';
import { gasMessages } from './gas-chart-messages.js';

/**
 * The chart's text alternative: a real table of every goal's levels and the
 * T-scores, inside "Show the figures". Closed, it is still in the DOM and one
 * keypress away; the chart's name says where it is.
 */
export function renderGasTable(model: ChartModel): TemplateResult {
  const date = model.review?.date ?? null;
  return html`<details class="figures" part="figures">
    <summary><span class="summary-text">${gasMessages.showFigures}</span></summary>
    <div class="figures-body">
      <table>
        <caption>${gasMessages.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${gasMessages.columnGoal}</th>
            ${model.weighted ? html`<th scope="col">${gasMessages.columnWeight}</th>` : nothing}
            <th scope="col">${gasMessages.columnBaseline}</th>
            <th scope="col">${gasMessages.columnExpected}</th>
            <th scope="col">${gasMessages.columnAttained(date)}</th>
          </tr>
        </thead>
        <tbody>
          ${model.rows.map((row) => renderRow(row, model.weighted))}
        </tbody>
      </table>
      ${renderTScores(model)}
    </div>
  </details>`;
}

function renderRow(row: GoalRow, weighted: boolean) {
  return html`<tr data-goal-id=${row.goal.id}>
    <th scope="row" class="goal"><span class="goal-number">${row.number}.</span> ${row.goal.statement}</th>
    ${weighted ? html`<td class="weight">${gasMessages.weight(row.weight, row.goal.importance, row.goal.difficulty)}</td>` : nothing}
    <td class="baseline">${renderLevel(row.baseline)}</td>
    <td class="expected"><span class="level-value">${formatLevel(0)}</span> <span class="level-description">${row.goal.levels.expected}</span></td>
    <td class="attained">${row.attained === null ? gasMessages.notReviewedYet : renderLevel(row.attained)}</td>
  </tr>`;
}

function renderLevel(level: GasLevel) {
  return html`<span class="level-value">${formatLevel(level)}</span> <span class="level-name">${levelLabels[level]}</span>`;
}

function renderTScores(model: ChartModel) {
  if (model.tScoreBaseline === null) return html`<p class="t-scores">${gasMessages.noTScore}</p>`;
  return html`<dl class="t-scores">
      <div>
        <dt>${gasMessages.tScoreAtBaseline}</dt>
        <dd data-t="baseline">${gasMessages.value(model.tScoreBaseline)}</dd>
      </div>
      ${model.review
        ? html`<div>
              <dt>${gasMessages.tScoreAtReview(model.review.date)}</dt>
              <dd data-t="review">${gasMessages.value(model.review.tScore)}</dd>
            </div>
            <div>
              <dt>${gasMessages.change}</dt>
              <dd data-t="change">${gasMessages.changeValue(model.review.change)}</dd>
            </div>`
        : html`<div>
            <dt>${gasMessages.tScoreAtNextReview}</dt>
            <dd data-t="review">${gasMessages.notReviewedYet}</dd>
          </div>`}
    </dl>
    <p class="hint method">${gasMessages.method(model.plan.rho, model.weighted)}</p>`;
}
