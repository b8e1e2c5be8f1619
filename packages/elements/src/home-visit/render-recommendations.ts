import { html, nothing, type TemplateResult } from 'lit';
import { suggestionFieldKey, suggestionKey, type VisibleErrors } from '@otforms/machines';
import type { Suggestion, SuggestionDecision } from '@otforms/core';
import type { ShownSuggestion } from './shown-definitions.js';
import { renderErrorSummary } from '../forms/render-error-summary.js';
import { markDefinitionText, renderMarked } from '../forms/definition-text-marks.js';
import { domId, recommendationsTargetId, renderTextField } from './home-visit-fields.js';
import { renderRecommendationFieldset, type RecommendationFieldsetView, type RecommendationDraftView } from './render-recommendation-fieldset.js';

/** What the recommendations page shows, read from the recommendations machine's snapshot by the element. */
export interface RecommendationsPageView extends Omit<RecommendationFieldsetView, 'number'> {
  /** Each with its definition's words in the page's language where it has them (`lang` otherwise). */
  pending: readonly ShownSuggestion[];
  decisions: readonly SuggestionDecision[];
  recommendations: readonly RecommendationDraftView[];
  /** Every suggestion, as shown, to name the one a decision was about. */
  suggestions: readonly ShownSuggestion[];
  errors: VisibleErrors<{ field: string; message: string }>;
  /** The reason typed for a suggestion not yet decided, kept by the machine (in the draft) as it is typed. */
  decisionReason(suggestion: Suggestion): string;
  onDecisionReason(suggestion: Suggestion, text: string): void;
  onAccept(suggestion: Suggestion): void;
  onDismiss(suggestion: Suggestion): void;
  /** A dismissed suggestion is to be decided again (an accepted one goes back when its recommendation is removed). */
  onReconsider(decision: SuggestionDecision): void;
  onAdd(): void;
  onContinue(): void;
  focusTarget(targetId: string): void;
}

/**
 * The recommendations page: the suggestions still to decide, each with why it
 * is suggested and the answers it came from, a reason and "Accept" or
 * "Dismiss"; what was decided; then each recommendation in its own fieldset,
 * "Add a recommendation", and "Continue".
 */
export function renderRecommendationsPage(view: RecommendationsPageView): TemplateResult {
  const m = view.t.homeVisit;
  return html`
    ${renderErrorSummary(view.errors.summary, { title: m.errorSummaryTitle, targetId: (error) => recommendationsTargetId(error.field), focusTarget: view.focusTarget })}
    <h2 data-page-heading tabindex="-1">${m.recommendationsTitle}</h2>
    <p class="description">${m.recommendationsIntro}</p>
    <section class="section" id="suggestions" tabindex="-1" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">${m.suggestionsHeading}</h3>
      ${view.pending.length === 0 ? html`<p class="caption">${m.noSuggestions}</p>` : view.pending.map((suggestion, index) => renderSuggestion(suggestion, index + 1, view))}
      ${renderDecisions(view)}
    </section>
    <section class="section" id="recommendations" tabindex="-1" aria-labelledby="recommendations-heading">
      <h3 id="recommendations-heading">${m.recommendationsHeading}</h3>
      ${view.recommendations.length === 0 ? html`<p class="caption">${m.noRecommendations}</p>` : nothing}
      ${view.recommendations.map((draft, index) => renderRecommendationFieldset(draft, index, { ...view, number: index + 1 }))}
      <button type="button" class="secondary" id="add-recommendation" ?disabled=${view.disabled} @click=${view.onAdd}>${m.addRecommendation}</button>
    </section>
    <button type="button" class="button" part="button" ?disabled=${view.disabled} @click=${view.onContinue}>${m.continue}</button>
  `;
}

function renderSuggestion(suggestion: ShownSuggestion, number: number, view: RecommendationsPageView): TemplateResult {
  const m = view.t.homeVisit;
  const r = view.t.recommendations;
  // The machine's own keys: the suggestion's, and that of its errors.
  const id = domId('suggestion', suggestionKey(suggestion));
  const error = view.errors.byField.get(suggestionFieldKey(suggestion)) ?? '';
  const needs = suggestion.needs.map((itemId) => view.needs.find((need) => need.instrumentId === suggestion.instrumentId && need.itemId === itemId)?.label ?? itemId);
  const lang = suggestion.lang ?? nothing;
  const named = html`<span class="visually-hidden">${m.ofSuggestion(suggestion.what)}</span>`;
  return html`<section class="suggestion ${error ? 'has-error' : ''}" id=${id} aria-labelledby=${`${id}-title`}>
    <h4 id=${`${id}-title`}>${m.suggestionLegend(number)}</h4>
    <p class="suggestion-what" lang=${lang}>${suggestion.what}</p>
    <dl class="facts">
      <dt>${m.suggestionWhy}</dt>
      <dd lang=${lang}>${suggestion.reason}</dd>
      ${needs.length
        ? html`<dt>${m.suggestionNeeds}</dt>
            <dd lang=${lang}>
              <ul>
                ${needs.map((label) => html`<li>${label}</li>`)}
              </ul>
            </dd>`
        : nothing}
      <dt>${m.suggestionPriority}</dt>
      <dd>${r.priorities[suggestion.priority]}</dd>
      ${suggestion.route ? html`<dt>${m.suggestionRoute}</dt><dd>${r.routes[suggestion.route]}</dd>` : nothing}
    </dl>
    ${renderTextField({
      id: `${id}-reason`,
      label: m.decisionReasonLabel,
      hint: m.decisionReasonHint,
      error,
      errorPrefix: m.errorPrefix,
      disabled: view.disabled,
      value: view.decisionReason(suggestion),
      multiline: true,
      onInput: (text) => view.onDecisionReason(suggestion, text),
    })}
    <div class="button-group">
      <button type="button" class="secondary" id=${`${id}-accept`} ?disabled=${view.disabled} @click=${() => view.onAccept(suggestion)}>${m.accept}${named}</button>
      <button type="button" class="secondary" id=${`${id}-dismiss`} ?disabled=${view.disabled} @click=${() => view.onDismiss(suggestion)}>${m.dismiss}${named}</button>
    </div>
  </section>`;
}

function renderDecisions(view: RecommendationsPageView): TemplateResult | typeof nothing {
  if (view.decisions.length === 0) return nothing;
  const m = view.t.homeVisit;
  const about = (decision: SuggestionDecision) => view.suggestions.find((one) => one.ruleId === decision.ruleId && one.instrumentId === decision.instrumentId);
  const what = (decision: SuggestionDecision) => about(decision)?.what ?? decision.ruleId;
  // The record keeps an accepted suggestion's default reason (the rule's) in its definition's language: shown as the page shows the rule.
  // The OT's own reason is shown as they wrote it. What was suggested and the rule's reason carry their `lang` when not the page's.
  const sentence = (decision: SuggestionDecision) => {
    const suggestion = about(decision);
    if (!suggestion) return m.decision(decision.ruleId, decision.reason);
    const ruleReason = decision.reason === suggestion.sourceReason;
    return m.decision(markDefinitionText(suggestion.what, suggestion.lang), ruleReason ? markDefinitionText(suggestion.reason, suggestion.reasonLang) : decision.reason);
  };
  return html`<h4>${m.decidedHeading}</h4>
    <ul class="decisions">
      ${view.decisions.map(
        (decision) => html`<li>
          <strong>${m.decidedAs[decision.decision]}</strong> ${renderMarked(sentence(decision), nothing)}
          <span class="caption">${m.decidedOn(view.t.format.date(decision.decidedOn))}</span>
          ${decision.decision === 'dismissed'
            ? html`<div>
                <button type="button" class="secondary" ?disabled=${view.disabled} @click=${() => view.onReconsider(decision)}>
                  ${m.reconsider}<span class="visually-hidden">${m.ofReconsidered(what(decision))}</span>
                </button>
              </div>`
            : nothing}
        </li>`,
      )}
    </ul>`;
}
