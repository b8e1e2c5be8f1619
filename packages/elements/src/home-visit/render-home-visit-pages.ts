import { html, nothing, type TemplateResult } from 'lit';
import { currentStatus, type AssessmentRecord, type HomeVisitRecord, type InstrumentDefinition, type Recommendation, type SuggestionDecision } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import type { ShownDefinitions } from './shown-definitions.js';

/** Where the visit is: an assessment (by its definition's index), the recommendations, the review, or done. */
export type HomeVisitStep = { kind: 'assessment'; index: number } | { kind: 'recommendations' } | { kind: 'review' } | { kind: 'done' };

/**
 * The steps of the visit in a line: each assessment by its definition's
 * title, then the recommendations and the check. The current one is
 * `aria-current="step"`; each says whether it is done, for a screen reader.
 */
export function renderSteps(shown: ShownDefinitions, step: HomeVisitStep, t: Catalogue): TemplateResult {
  const m = t.homeVisit;
  const count = shown.all.length;
  // An assessment's title is its definition's text, marked with its language when that is not the page's.
  const names = [...shown.all.map((one, index) => html`<span lang=${shown.langOf(index) ?? nothing}>${one.definition.title}</span>`), m.stepRecommendations, m.stepReview];
  const at = step.kind === 'assessment' ? step.index : step.kind === 'recommendations' ? count : step.kind === 'review' ? count + 1 : names.length;
  return html`<ol class="steps" aria-label=${m.stepsLabel}>
    ${names.map((name, index) => {
      const state = index < at ? 'done' : index === at ? 'current' : 'todo';
      return html`<li class=${state} aria-current=${state === 'current' ? 'step' : nothing}>
        <span class="step-number">${m.stepNumber(index + 1)}</span> ${name}<span class="visually-hidden"> ${m.stepStatus[state]}</span>
      </li>`;
    })}
  </ol>`;
}

/** The caption above an assessment's heading: which step of how many. */
export function renderStepCaption(number: number, count: number, t: Catalogue): TemplateResult {
  return html`<p class="caption">${t.homeVisit.stepOf(number, count)}</p>`;
}

export interface ReviewView {
  t: Catalogue;
  /** The source definitions, which the records were made with. */
  definitions: readonly InstrumentDefinition[];
  /** The same definitions as the page shows them (in the interface's language when translated). */
  shown: ShownDefinitions;
  assessments: readonly AssessmentRecord[];
  recommendations: readonly Recommendation[];
  decisions: readonly SuggestionDecision[];
  disabled: boolean;
  onChangeRecommendations(): void;
  onFinish(): void;
}

/** "Check your answers" for the visit: each assessment, each decision, each recommendation, then "Finish visit". */
export function renderReviewPage(view: ReviewView): TemplateResult {
  const m = view.t.homeVisit;
  const change = html`<a href="#recommendations" @click=${(event: Event) => (event.preventDefault(), view.onChangeRecommendations())}
    >${m.change}<span class="visually-hidden">${m.changeRecommendations}</span></a
  >`;
  return html`
    <h2 data-page-heading tabindex="-1">${m.reviewTitle}</h2>
    <p class="description">${m.reviewIntro}</p>
    <h3>${m.assessmentsHeading}</h3>
    <dl class="summary-list">
      ${view.assessments.map((record, index) => {
        const photos = (record as { attachments?: readonly unknown[] }).attachments?.length ?? 0;
        return html`<div class="summary-row">
          <dt lang=${view.shown.langOf(index) ?? nothing}>${view.shown.all[index]?.definition.title ?? record.instrument.id}</dt>
          <dd>${m.assessed(Object.keys(record.answers).length, photos)}</dd>
          <dd></dd>
        </div>`;
      })}
    </dl>
    <h3>${m.suggestionsSummary}</h3>
    <dl class="summary-list">
      ${view.decisions.length === 0
        ? html`<div class="summary-row"><dt>${m.suggestionsSummary}</dt><dd>${m.noDecisions}</dd><dd>${change}</dd></div>`
        : view.decisions.map(
            (decision) => html`<div class="summary-row">
              <dt>${m.decided[decision.decision]}</dt>
              <dd>${decisionText(decision, view)}</dd>
              <dd>${change}</dd>
            </div>`,
          )}
    </dl>
    <h3>${m.recommendationsSummary}</h3>
    ${view.recommendations.length === 0
      ? html`<dl class="summary-list"><div class="summary-row"><dt>${m.recommendationsSummary}</dt><dd>${m.noRecommendations}</dd><dd>${change}</dd></div></dl>`
      : view.recommendations.map((recommendation, index) => renderRecommendationSummary(recommendation, index + 1, change, view.t))}
    <button type="button" class="button" part="button" ?disabled=${view.disabled} @click=${view.onFinish}>${m.finish}</button>
  `;
}

/** What the decision was about, in the rule's words (a recommendation accepted from it may have been reworded), then why. */
function decisionText(decision: SuggestionDecision, view: ReviewView): string {
  const rule = view.shown.all.find(({ definition }) => definition.id === decision.instrumentId)?.definition.suggestions.find((one) => one.id === decision.ruleId);
  const accepted = decision.recommendationId ? view.recommendations.find((one) => one.id === decision.recommendationId)?.what.text : undefined;
  return view.t.homeVisit.decision(rule?.recommend.what ?? accepted ?? decision.ruleId, decision.reason);
}

function renderRecommendationSummary(recommendation: Recommendation, number: number, change: TemplateResult, t: Catalogue): TemplateResult {
  const m = t.homeVisit;
  const r = t.recommendations;
  const status = currentStatus(recommendation);
  const row = (label: string, value: string | TemplateResult) => html`<div class="summary-row"><dt>${label}</dt><dd>${value}</dd><dd>${change}</dd></div>`;
  return html`<h4>${m.recommendationTitle(number, recommendation.what.text)}</h4>
    <dl class="summary-list">
      ${row(m.summaryKind, r.kinds[recommendation.kind])} ${row(m.summaryReason, recommendation.reason.text)}
      ${row(m.summaryPriority, r.priorities[recommendation.priority])} ${row(m.summaryRoute, r.routes[recommendation.route])}
      ${row(m.summaryStatus, r.statusOn(status.status, t.format.date(status.on)))}
    </dl>`;
}

/** The finished visit: a panel with the record's reference and the day of the visit. */
export function renderDonePage(record: HomeVisitRecord, t: Catalogue): TemplateResult {
  const m = t.homeVisit;
  return html`<div class="panel">
      <h2 data-page-heading tabindex="-1">${m.doneTitle}</h2>
      <p>${m.recordId} <strong>${record.recordId}</strong></p>
    </div>
    <p>${m.doneBody}</p>
    <p>${m.visitedOn(t.format.date(record.visitedOn))}</p>`;
}
