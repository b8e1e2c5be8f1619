import { html, type TemplateResult } from 'lit';
import { goalWeight, type GasSummary, type GoalPlan } from '@otforms/core';
import { formatDate } from '@otforms/machines';
import { exportParts, gasChartParts } from '../styles/parts.js';
import { formatChange, formatTScore, goalMessages as m, levelLabel } from './goal-plan-messages.js';

/** The chart's parts, forwarded as `chart-figure`, `chart-caption` and so on (see styles/parts.ts). */
const chartParts = exportParts(gasChartParts, 'chart-');

/**
 * What an agreed plan looks like to the assessor: the T-scores (rounded for
 * display only), the chart, and each goal with the person's words first.
 */

/** T-score at baseline and, once reviewed, at the latest review with the change. */
export function renderScores(summary: GasSummary, title: string): TemplateResult {
  const latest = summary.reviews.at(-1);
  const rows: { label: string; value: string }[] =
    summary.tScoreBaseline === null ? [] : [{ label: m.tScoreAtBaseline, value: formatTScore(summary.tScoreBaseline) }];
  if (latest?.tScore != null) rows.push({ label: m.tScoreAtReview(latest.date), value: formatTScore(latest.tScore) });
  if (latest?.change != null) rows.push({ label: m.change, value: formatChange(latest.change) });
  return html`
    <section class="score" part="score" aria-labelledby="score-title">
      <h3 id="score-title">${title}</h3>
      ${rows.length
        ? html`<dl class="summary-list">
            ${rows.map((row) => html`<div class="summary-row"><dt>${row.label}</dt><dd data-score>${row.value}</dd></div>`)}
          </dl>`
        : html`<p>${m.noTScore}</p>`}
      <p class="hint">${m.scoresHint}</p>
    </section>
  `;
}

/** The chart of the plan, drawn by `<ot-gas-chart>` when the host has registered it. */
export function renderChart(plan: GoalPlan): TemplateResult {
  return html`<ot-gas-chart part="chart" exportparts=${chartParts} .plan=${plan}></ot-gas-chart>`;
}

/** Each agreed goal: its number, the person's words verbatim, then what was agreed and the latest review. */
export function renderGoalList(plan: GoalPlan, domains: readonly { code: string; label: string }[]): TemplateResult {
  const weighted = plan.weighting === 'importance-x-difficulty';
  return html`<ol class="goal-list">
    ${plan.goals.map((goal, index) => {
      const latest = goal.reviews.at(-1);
      const rows = [
        // The domain is optional: an empty row would read as if something failed to load.
        ...(goal.domain ? [{ label: m.domainTerm, value: domains.find((domain) => domain.code === goal.domain)?.label ?? goal.domain }] : []),
        { label: m.baselineTerm, value: m.baselineOptions.find((option) => option.code === String(goal.baseline))?.label ?? '' },
        { label: m.expectedTerm, value: goal.levels.expected },
        { label: m.dueDateTerm, value: formatDate(goal.dueDate) },
        ...(weighted ? [{ label: m.weightTerm, value: m.weight(goalWeight(plan, goal), goal.importance ?? null, goal.difficulty ?? null) }] : []),
        ...(latest ? [{ label: m.latestTerm(latest.date), value: levelLabel(latest.level, false) }] : []),
      ];
      return html`<li class="goal-summary">
        <h3>${m.goalLegend(index + 1)}</h3>
        <p class="statement">${goal.statement}</p>
        <dl class="summary-list">
          ${rows.map((row) => html`<div class="summary-row"><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}
        </dl>
      </li>`;
    })}
  </ol>`;
}
