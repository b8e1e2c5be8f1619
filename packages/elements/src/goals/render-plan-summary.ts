import { html, type TemplateResult } from 'lit';
import { goalWeight, type GasSummary, type GoalPlan } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import { exportParts, gasChartParts } from '../styles/parts.js';
import { changeText, tScoreText } from './gas-format.js';
import { domainLabel, levelLabel, type GoalDomain } from './goal-fields.js';

/** The chart's parts, forwarded as `chart-figure`, `chart-caption` and so on (see styles/parts.ts). */
const chartParts = exportParts(gasChartParts, 'chart-');

/**
 * What an agreed plan looks like to the assessor: the T-scores (rounded for
 * display only), the chart, and each goal with the person's words first.
 */

/** T-score at baseline and, once reviewed, at the latest review with the change. */
export function renderScores(t: Catalogue, summary: GasSummary, title: string): TemplateResult {
  const m = t.goals;
  const latest = summary.reviews.at(-1);
  const rows: { label: string; value: string }[] =
    summary.tScoreBaseline === null ? [] : [{ label: m.tScoreAtBaseline, value: tScoreText(t.format, summary.tScoreBaseline) }];
  if (latest?.tScore != null) rows.push({ label: m.tScoreAtReview(t.format.date(latest.date)), value: tScoreText(t.format, latest.tScore) });
  if (latest?.change != null) rows.push({ label: m.change, value: changeText(t.format, latest.change) });
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

/**
 * The chart of the plan, drawn by `<ot-gas-chart>` when the host has
 * registered it. It speaks the plan's language and takes the host's words by
 * locale context, as every nested otforms element does.
 */
export function renderChart(plan: GoalPlan): TemplateResult {
  return html`<ot-gas-chart part="chart" exportparts=${chartParts} .plan=${plan}></ot-gas-chart>`;
}

/** Each agreed goal: its number, the person's words verbatim, then what was agreed and the latest review. */
export function renderGoalList(t: Catalogue, plan: GoalPlan, domains: readonly GoalDomain[]): TemplateResult {
  const m = t.goals;
  const weighted = plan.weighting === 'importance-x-difficulty';
  const nameOf = (code: string) => {
    const domain = domains.find((candidate) => candidate.code === code);
    return domain ? domainLabel(m, domain) : (m.domains[code] ?? code);
  };
  return html`<ol class="goal-list">
    ${plan.goals.map((goal, index) => {
      const latest = goal.reviews.at(-1);
      const rows = [
        // The domain is optional: an empty row would read as if something failed to load.
        ...(goal.domain ? [{ label: m.domainTerm, value: nameOf(goal.domain) }] : []),
        { label: m.baselineTerm, value: m.baselineOptions.find((option) => option.code === String(goal.baseline))?.label ?? '' },
        { label: m.expectedTerm, value: goal.levels.expected },
        { label: m.dueDateTerm, value: t.format.date(goal.dueDate) },
        ...(weighted ? [{ label: m.weightTerm, value: m.weight(goalWeight(plan, goal), goal.importance ?? null, goal.difficulty ?? null) }] : []),
        ...(latest ? [{ label: m.latestTerm(t.format.date(latest.date)), value: levelLabel(t, latest.level, false) }] : []),
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
