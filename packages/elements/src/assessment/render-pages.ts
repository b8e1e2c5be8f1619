import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { attachmentBudget, photosCounted, type AnswerError, type AssessmentRecord, type DefinitionIssue, type InstrumentDefinition, type Item } from '@otforms/core';
import {
  answerFieldKey,
  currentSection,
  fieldMessage,
  progressOf,
  runningScoreOf,
  scoreOf,
  shownItemIds,
  visibleAnswerErrors,
  type AssessmentContext,
  type VisibleErrors,
} from '@otforms/machines';
import { messages } from './messages.js';
import { renderErrorSummary } from '../forms/render-error-summary.js';
import { renderGroup, type GroupActions } from './render-group.js';
import { answerText, errorTargetId, renderQuestion } from './render-question.js';
import { renderReview } from './render-review.js';
import { renderRunningScore, renderScore } from './render-score.js';

/**
 * The pages of `<ot-assessment>`, as functions of the machine's context and
 * the element's handlers: the element decides which page, these draw it.
 */

export interface SectionPageView {
  disabled: boolean;
  runningScore: boolean;
  groupActions: GroupActions;
  onBack(): void;
  onContinue(event: Event): void;
  focusTarget(targetId: string): void;
}

export function renderSectionPage(definition: InstrumentDefinition, context: AssessmentContext, view: SectionPageView): TemplateResult {
  const section = currentSection(definition, context);
  const progress = progressOf(definition, context);
  const canGoBack = context.sectionIndex > 0 || context.returnToReview;
  const errors = visibleAnswerErrors({ context });
  return html`
    ${canGoBack ? html`<button type="button" class="link back-link" @click=${view.onBack}>${messages.back}</button>` : nothing}
    ${renderErrorSummary(errors.summary, { title: messages.errorSummaryTitle, targetId: errorTargetId, focusTarget: view.focusTarget })}
    <form novalidate @submit=${view.onContinue}>
      ${progress.total > 1 ? html`<p class="caption">${messages.progress(progress.current, progress.total)}</p>` : nothing}
      <h2 data-page-heading tabindex="-1">${section.title}</h2>
      ${context.sectionIndex === 0 && definition.description ? html`<p class="description">${definition.description}</p>` : nothing}
      ${section.description ? html`<p class="description">${section.description}</p>` : nothing}
      ${renderItems(section.items, definition, context, errors, view)}
      ${view.runningScore ? renderRunningScore(runningScoreOf(definition, context)) : nothing}
      <button class="button" part="button" ?disabled=${view.disabled}>${messages.continue}</button>
    </form>
  `;
}

/** The questions shown now; one revealed by a condition sits indented under the one that revealed it (GOV.UK). */
function renderItems(items: readonly Item[], definition: InstrumentDefinition, context: AssessmentContext, errors: VisibleErrors<AnswerError>, view: SectionPageView) {
  const shown = shownItemIds(definition, context);
  const { answers, invalidInputs, notAssessed } = context.responses;
  const countedPhotos = photosCounted(definition, context.responses, shown);
  return repeat(
    items.filter((item) => shown.has(item.id)),
    (item) => item.id,
    (item) => {
      const question =
        item.type === 'group'
          ? renderGroup(item, context, errors, view.disabled, view.groupActions)
          : renderQuestion(item, {
              value: invalidInputs[item.id] ?? answerText(answers[item.id]),
              error: fieldMessage(errors, answerFieldKey(item.id)),
              notAssessed: notAssessed.includes(item.id),
              disabled: view.disabled,
              attachments: context.responses.attachments,
              countedPhotos,
              attachmentBudgetBytes: attachmentBudget(definition),
            });
      return item.enableWhen ? html`<div class="conditional">${question}</div>` : question;
    },
  );
}

export interface ReviewPageView {
  disabled: boolean;
  onBack(): void;
  onEdit(itemId: string): void;
  onSubmit(event: Event): void;
}

/** "Check your answers", the score, and a warning when the record will be incomplete. */
export function renderReviewPage(definition: InstrumentDefinition, context: AssessmentContext, view: ReviewPageView): TemplateResult {
  const score = scoreOf(definition, context);
  const missing = score.missingItems.length;
  return html`
    <button type="button" class="link back-link" @click=${view.onBack}>${messages.back}</button>
    <h2 data-page-heading tabindex="-1">${messages.checkAnswersTitle}</h2>
    ${renderReview(definition, context, view.onEdit)} ${renderScore(definition, score)}
    ${missing
      ? html`<div class="warning"><span class="warning-icon" aria-hidden="true">!</span>
          <strong><span class="visually-hidden">${messages.warningPrefix}: </span>${messages.incompleteWarning(missing)}</strong></div>`
      : nothing}
    <form novalidate @submit=${view.onSubmit}>
      <button class="button" part="button" ?disabled=${view.disabled}>${messages.submit}</button>
    </form>
  `;
}

/** The record made: its id, and its scores as the record holds them (the answers are not scored again). */
export function renderCompletedPage(definition: InstrumentDefinition, record: AssessmentRecord): TemplateResult {
  return html`
    <div class="panel">
      <h2 data-page-heading tabindex="-1">${messages.completedTitle}</h2>
      <p>${messages.recordId}: <strong>${record.recordId}</strong></p>
    </div>
    <p>${messages.completedBody}</p>
    ${renderScore(definition, record)}
  `;
}

/** The holder's attribution and terms, under every page. */
export function renderLicence(definition: InstrumentDefinition): TemplateResult {
  const { attribution, terms, holder, commercialUseNeedsPermission } = definition.licence;
  return html`<footer class="licence" part="licence">
    <h3 class="visually-hidden">${messages.licenceTitle}</h3>
    <p>${attribution}</p>
    <p>${terms}</p>
    ${commercialUseNeedsPermission ? html`<p>${messages.commercialUse(holder)}</p>` : nothing}
  </footer>`;
}

export function renderInvalidDefinition(issues: readonly DefinitionIssue[]): TemplateResult {
  return html`<div class="error-summary" role="alert" part="error-summary">
    <h2 class="error-summary-title">${messages.invalidDefinitionTitle}</h2>
    <p>${messages.invalidDefinitionBody}</p>
    <ul class="issues">
      ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
    </ul>
  </div>`;
}
