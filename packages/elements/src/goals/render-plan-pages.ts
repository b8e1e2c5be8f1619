import { html, nothing, type TemplateResult } from 'lit';
import { summariseGoalPlan, type GoalPlan, type GoalPlanRecord } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import type { GoalDomain } from './goal-fields.js';
import { renderChart, renderGoalList, renderScores } from './render-plan-summary.js';

type Domains = readonly GoalDomain[];

export interface ActivePageView {
  t: Catalogue;
  disabled: boolean;
  domains: Domains;
  onStartReview(): void;
  /** Absent when the host closes the plan itself. */
  onClose?(): void;
}

/** The agreed plan: T-scores so far, the chart, the goals, and what the assessor can do next. */
export function renderActivePage(plan: GoalPlan, view: ActivePageView): TemplateResult {
  const { t } = view;
  const m = t.goals;
  return html`
    <h2 data-page-heading tabindex="-1">${m.activeTitle}</h2>
    ${plan.agreedOn ? html`<p class="description">${m.agreedOn(t.format.date(plan.agreedOn))}</p>` : nothing}
    ${renderScores(t, summariseGoalPlan(plan), m.scoresTitle)} ${renderChart(plan)} ${renderGoalList(t, plan, view.domains)}
    <div class="button-group">
      <button type="button" class="button" part="button" ?disabled=${view.disabled} @click=${view.onStartReview}>${m.recordReview}</button>
      ${view.onClose ? html`<button type="button" class="secondary" ?disabled=${view.disabled} @click=${view.onClose}>${m.closePlan}</button>` : nothing}
    </div>
  `;
}

/** The closed plan: confirmation, the final T-scores from the record, the chart and the goals. */
export function renderClosedPage(t: Catalogue, record: GoalPlanRecord, domains: Domains): TemplateResult {
  const m = t.goals;
  return html`
    <div class="panel">
      <h2 data-page-heading tabindex="-1">${m.closedTitle}</h2>
      <p>${m.recordId} <strong>${record.recordId}</strong></p>
    </div>
    <p>${m.closedBody}</p>
    ${renderScores(t, record.gas, m.finalScoresTitle)} ${renderChart(record.goalPlan)} ${renderGoalList(t, record.goalPlan, domains)}
  `;
}
