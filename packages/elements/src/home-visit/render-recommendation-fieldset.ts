import { html, nothing, type TemplateResult } from 'lit';
import {
  RECOMMENDATION_KINDS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_ROUTES,
  type RecommendationStatus,
} from '@otforms/core';
import { recommendationFieldKey, type VisibleErrors } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import { choicesOf, domId, renderChoices, renderStatusDate, renderTextField, type NeedLabel } from './home-visit-fields.js';

/** A recommendation as the machine keeps it while it is written (its `DraftRecommendation`): typed fields as typed. */
export interface RecommendationDraftView {
  id: string;
  kind: string;
  what: string;
  reason: string;
  priority: string;
  route: string;
  needs: readonly { instrumentId: string; itemId: string }[];
  goals: readonly string[];
  status: readonly { status: RecommendationStatus; on: string }[];
  fromSuggestion: string | null;
}

export type RecommendationTextField = 'kind' | 'what' | 'reason' | 'priority' | 'route';

/** A part of a recommendation the machine can name in an error (the key is the machine's `recommendationFieldKey`). */
type ErrorField = Parameters<typeof recommendationFieldKey>[1];

export interface RecommendationFieldsetView {
  /** The words of the page, in its language. */
  t: Catalogue;
  number: number;
  disabled: boolean;
  /** The errors shown, already in the page's words. */
  errors: VisibleErrors<{ field: string; message: string }>;
  /** The answered questions a recommendation can name as the need it meets. */
  needs: readonly NeedLabel[];
  goals: readonly { id: string; statement: string }[];
  /** The statuses it can move on to (the machine's `laterStatuses`), the usual next first. */
  laterStatuses(draft: RecommendationDraftView): readonly RecommendationStatus[];
  /** The date typed for the next status (kept by the element until "Mark as …" is pressed). */
  statusDate(index: number): string;
  onStatusDate(index: number, date: string): void;
  onSetField(index: number, field: RecommendationTextField, value: string): void;
  onToggleNeed(index: number, instrumentId: string, itemId: string): void;
  onToggleGoal(index: number, goalId: string): void;
  onSetStatus(index: number, status: RecommendationStatus): void;
  onRemove(index: number): void;
}

/**
 * One recommendation in its own fieldset "Recommendation N": kind, what, why,
 * the assessed needs and goals it meets, priority, route, then its progress:
 * each status reached with its date, then a date and "Mark as …" for each later status.
 */
export function renderRecommendationFieldset(draft: RecommendationDraftView, index: number, view: RecommendationFieldsetView): TemplateResult {
  const m = view.t.homeVisit;
  const r = view.t.recommendations;
  const id = (field: string) => domId('recommendation', index, field);
  const error = (field: ErrorField) => view.errors.byField.get(recommendationFieldKey(index, field)) ?? '';
  const common = (field: ErrorField) => ({ id: id(field), error: error(field), errorPrefix: m.errorPrefix, disabled: view.disabled });
  const radios = (field: 'kind' | 'priority' | 'route', label: string, choices: { code: string; label: string }[]) =>
    renderChoices({ ...common(field), label, type: 'radio', choices, isChosen: (code) => draft[field] === code, onChoose: (code) => view.onSetField(index, field, code) });
  // Usually the next status; a later one when a step does not happen (a self-purchase is never ordered).
  const later = view.laterStatuses(draft);
  return html`<fieldset class="recommendation" id=${domId('recommendation', index)}>
    <legend>${m.recommendationLegend(view.number)}</legend>
    ${draft.fromSuggestion ? html`<p class="caption">${m.fromSuggestion}</p>` : nothing}
    ${radios('kind', m.kindLabel, choicesOf(RECOMMENDATION_KINDS, r.kinds))}
    ${renderTextField({ ...common('what'), label: m.whatLabel, hint: m.whatHint, value: draft.what, onInput: (value) => view.onSetField(index, 'what', value) })}
    ${renderTextField({ ...common('reason'), label: m.reasonLabel, hint: m.reasonHint, value: draft.reason, multiline: true, onInput: (value) => view.onSetField(index, 'reason', value) })}
    ${view.needs.length
      ? renderChoices({
          ...common('needs'),
          label: m.needsLegend,
          type: 'checkbox',
          choices: view.needs.map((need) => ({ code: `${need.instrumentId}/${need.itemId}`, label: need.label })),
          isChosen: (code) => draft.needs.some((need) => `${need.instrumentId}/${need.itemId}` === code),
          onChoose: (code) => {
            const need = view.needs.find((one) => `${one.instrumentId}/${one.itemId}` === code)!;
            view.onToggleNeed(index, need.instrumentId, need.itemId);
          },
        })
      : nothing}
    ${view.goals.length
      ? renderChoices({
          ...common('goals'),
          label: m.goalsLegend,
          type: 'checkbox',
          choices: view.goals.map((goal) => ({ code: goal.id, label: goal.statement })),
          isChosen: (code) => draft.goals.includes(code),
          onChoose: (code) => view.onToggleGoal(index, code),
        })
      : nothing}
    ${radios('priority', m.priorityLabel, choicesOf(RECOMMENDATION_PRIORITIES, r.priorities))}
    ${radios('route', m.routeLabel, choicesOf(RECOMMENDATION_ROUTES, r.routes))}
    <div class="field">
      <h4 class="status-heading" id=${id('status-heading')}>${m.statusHeading}</h4>
      <!-- Focus comes here after the last status, so a second Enter lands on nothing that acts. -->
      <ol class="status-history" id=${id('status-history')} tabindex="-1" aria-labelledby=${id('status-heading')}>
        ${draft.status.map((entry) => html`<li>${r.statusOn(entry.status, view.t.format.date(entry.on))}</li>`)}
      </ol>
      ${later.length
        ? html`<div class="status-next">
            ${renderStatusDate({ ...common('status'), id: id('status'), label: m.statusDateLabel, value: view.statusDate(index) }, (date) => view.onStatusDate(index, date))}
            <div class="button-group">
              ${later.map(
                (status) => html`<button type="button" class="secondary" id=${id(`mark-${status}`)} ?disabled=${view.disabled} @click=${() => view.onSetStatus(index, status)}>
                  ${r.markAs(status)}<span class="visually-hidden">${m.ofRecommendation(view.number)}</span>
                </button>`,
              )}
            </div>
          </div>
          ${later.length > 1 ? html`<p class="hint">${m.skipHint}</p>` : nothing}`
        : nothing}
    </div>
    <button type="button" class="secondary" id=${id('remove')} ?disabled=${view.disabled} @click=${() => view.onRemove(index)}>${m.removeRecommendation(view.number)}</button>
  </fieldset>`;
}
