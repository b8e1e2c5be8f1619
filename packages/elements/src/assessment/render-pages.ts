import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { attachmentBudget, photosCounted, type AssessmentRecord, type DefinitionIssue, type InstrumentDefinition, type Item } from '@otforms/core';
import { answerFieldKey, currentSection, heldAnswer, photoResponses, progressOf, runningScoreOf, scoreOf, shownItems, visibleAnswerErrors, type AssessmentContext } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import { renderErrorSummary } from '../forms/render-error-summary.js';
import { renderGroup, type GroupActions } from './render-group.js';
import { itemPlaceKey } from './item-place-keys.js';
import { answerText, errorTargetId, renderQuestion } from './render-question.js';
import { renderReview } from './render-review.js';
import { renderRunningScore, renderScore } from './render-score.js';
import { shownErrors, type ShownErrors } from './shown-errors.js';
import type { TextLanguages } from './text-language.js';

/**
 * The pages of `<ot-assessment>`, as functions of the machine's context and
 * the element's handlers: the element decides which page, these draw it.
 * `definition` is the one shown (perhaps a translation); `textLang` is the
 * language its text is in, put as `lang` on every element that holds it.
 */

export interface PageWords {
  t: Catalogue;
  textLang: string;
  /** Where a translation leaves an item's or a section's text out, that text's own language; `textLang` for all otherwise. */
  languages?: TextLanguages;
}

export interface SectionPageView {
  disabled: boolean;
  runningScore: boolean;
  groupActions: GroupActions;
  onBack(): void;
  onContinue(event: Event): void;
  focusTarget(targetId: string): void;
}

export function renderSectionPage(definition: InstrumentDefinition, context: AssessmentContext, view: SectionPageView, words: PageWords): TemplateResult {
  const { t } = words;
  const m = t.assessment;
  const section = currentSection(definition, context);
  const lang = words.languages?.section(section.id) ?? (words.textLang || nothing);
  const progress = progressOf(definition, context);
  const canGoBack = context.sectionIndex > 0 || context.returnToReview;
  const errors = shownErrors(visibleAnswerErrors({ context }), t, definition);
  return html`
    ${canGoBack ? html`<button type="button" class="link back-link" @click=${view.onBack}>${m.back}</button>` : nothing}
    ${renderErrorSummary(errors.summary, { title: m.errorSummaryTitle, targetId: ({ error }) => errorTargetId(error), text: ({ text }) => text, focusTarget: view.focusTarget })}
    <form novalidate @submit=${view.onContinue}>
      ${progress.total > 1 ? guard([t, progress.current, progress.total], () => html`<p class="caption">${m.progress(progress.current, progress.total)}</p>`) : nothing}
      <h2 data-page-heading tabindex="-1" lang=${lang}>${section.title}</h2>
      ${context.sectionIndex === 0 && definition.description ? html`<p class="description" lang=${words.textLang || nothing}>${definition.description}</p>` : nothing}
      ${section.description ? html`<p class="description" lang=${lang}>${section.description}</p>` : nothing}
      ${renderItems(section.items, definition, context, errors, view, words)}
      ${view.runningScore ? renderRunningScore(runningScoreOf(definition, context), t) : nothing}
      <button class="button" part="button" ?disabled=${view.disabled}>${m.continue}</button>
    </form>
  `;
}

/**
 * The questions shown now; one revealed by a condition sits indented under the one that revealed it (GOV.UK).
 * This runs on every answer, for every question of the page: what does not change from one answer to the
 * next is worked out once (per section, per list of not-assessed ids) rather than per question.
 */
function renderItems(items: readonly Item[], definition: InstrumentDefinition, context: AssessmentContext, errors: ShownErrors, view: SectionPageView, words: PageWords) {
  // The view, not a copy: this runs on every answer, and only reads it.
  const shown = shownItems(definition, context);
  const { answers, invalidInputs } = context.responses;
  const notAssessed = idSet(context.responses.notAssessed);
  // Only a photo question reads the photos counted (and photos are never inside a group): a page without one skips counting them.
  const countedPhotos = hasPhotoQuestion(items) ? photosCounted(definition, photoResponses(definition, context.responses), shown) : undefined;
  const attachmentBudgetBytes = attachmentBudget(definition);
  return repeat(
    items.filter((item) => shown.has(item.id)),
    (item) => itemPlaceKey(items, item),
    (item) => {
      const question =
        item.type === 'group'
          ? renderGroup(item, context, errors, view.disabled, view.groupActions, words)
          : renderQuestion(item, {
              value: invalidInputs[item.id] ?? answerText(heldAnswer(answers, item.id)),
              error: errors.byField.size ? (errors.byField.get(answerFieldKey(item.id)) ?? '') : '',
              notAssessed: notAssessed.has(item.id),
              disabled: view.disabled,
              attachments: context.responses.attachments,
              countedPhotos,
              attachmentBudgetBytes,
              textLang: words.languages?.item(item.id) ?? words.textLang,
              t: words.t,
            });
      return item.enableWhen ? html`<div class="conditional">${question}</div>` : question;
    },
  );
}

const photoPages = new WeakMap<readonly Item[], boolean>();

/** Whether a section's items hold a photo question, found once per section (a parsed definition is frozen). */
function hasPhotoQuestion(items: readonly Item[]): boolean {
  let found = photoPages.get(items);
  if (found === undefined) photoPages.set(items, (found = items.some((item) => item.type === 'photo')));
  return found;
}

const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A list of ids as a set, made once per list: the machine gives a new list when it changes, and never changes one in place. */
function idSet(ids: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(ids);
  if (!set) idSets.set(ids, (set = new Set(ids)));
  return set;
}

export interface ReviewPageView {
  disabled: boolean;
  onBack(): void;
  onEdit(itemId: string): void;
  onSubmit(event: Event): void;
}

/** "Check your answers", the score, and a warning when the record will be incomplete. */
export function renderReviewPage(definition: InstrumentDefinition, context: AssessmentContext, view: ReviewPageView, words: PageWords): TemplateResult {
  const { t } = words;
  const m = t.assessment;
  const lang = words.textLang || nothing;
  const score = scoreOf(definition, context);
  const missing = score.missingItems.length;
  return html`
    <button type="button" class="link back-link" @click=${view.onBack}>${m.back}</button>
    <h2 data-page-heading tabindex="-1">${m.checkAnswersTitle}</h2>
    ${renderReview(definition, context, view.onEdit, t, lang, words.languages)} ${renderScore(definition, score, t, lang, words.languages)}
    ${missing
      ? html`<div class="warning"><span class="warning-icon" aria-hidden="true">!</span>
          <strong><span class="visually-hidden">${m.warningPrefix}: </span>${m.incompleteWarning(missing)}</strong></div>`
      : nothing}
    <form novalidate @submit=${view.onSubmit}>
      <button class="button" part="button" ?disabled=${view.disabled}>${m.submit}</button>
    </form>
  `;
}

/** The record made: its id, and its scores as the record holds them (the answers are not scored again). */
export function renderCompletedPage(definition: InstrumentDefinition, record: AssessmentRecord, words: PageWords): TemplateResult {
  const m = words.t.assessment;
  return html`
    <div class="panel">
      <h2 data-page-heading tabindex="-1">${m.completedTitle}</h2>
      <p>${m.recordId}: <strong>${record.recordId}</strong></p>
    </div>
    <p>${m.completedBody}</p>
    ${renderScore(definition, record, words.t, words.textLang || nothing, words.languages)}
  `;
}

/**
 * The holder's attribution and terms, under every page, in the definition's
 * language (a licence is not translated); with a translation, who made it.
 */
export function renderLicence(definition: InstrumentDefinition, words: PageWords & { licenceLang: string; translationSource?: string | undefined }): TemplateResult {
  const m = words.t.assessment;
  const { attribution, terms, holder, commercialUseNeedsPermission } = definition.licence;
  const lang = words.licenceLang || nothing;
  return html`<footer class="licence" part="licence">
    <h3 class="visually-hidden">${m.licenceTitle}</h3>
    <p lang=${lang}>${attribution}</p>
    <p lang=${lang}>${terms}</p>
    ${commercialUseNeedsPermission ? html`<p>${m.commercialUse(holder)}</p>` : nothing}
    ${words.translationSource ? html`<p><span class="visually-hidden">${m.translationTitle}: </span><span lang=${words.textLang || nothing}>${words.translationSource}</span></p>` : nothing}
  </footer>`;
}

/** Shown above the form when the instrument has no version in the interface's language: its text is in `language`. */
export function renderSourceLanguageNotice(language: string, t: Catalogue): TemplateResult {
  return html`<p class="inset-text" data-language-notice>${t.assessment.inSourceLanguage(language)}</p>`;
}

export function renderInvalidDefinition(issues: readonly DefinitionIssue[], t: Catalogue): TemplateResult {
  const m = t.assessment;
  return html`<div class="error-summary" role="alert" part="error-summary">
    <h2 class="error-summary-title">${m.invalidDefinitionTitle}</h2>
    <p>${m.invalidDefinitionBody}</p>
    <ul class="issues">
      ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
    </ul>
  </div>`;
}
