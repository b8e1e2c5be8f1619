import { html, nothing, type TemplateResult } from 'lit';
import type { PlanError } from '@otforms/machines';
import { errorTargetId } from './goal-fields.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { renderErrorSummary } from '../forms/render-error-summary.js';

/**
 * The GOV.UK error summary for a goal plan: one link per problem, each moving
 * focus to the exact field of the exact goal.
 */
export function renderPlanErrorSummary(m: Catalogue['goals'], errors: readonly PlanError[], focusTarget: (targetId: string) => void): TemplateResult | typeof nothing {
  return renderErrorSummary(errors, { title: m.errorSummaryTitle, targetId: errorTargetId, focusTarget });
}

/** An error beside what it is about, with the hidden prefix GOV.UK uses. */
export function renderErrorMessage(m: Catalogue['goals'], id: string, message: string): TemplateResult | typeof nothing {
  return message
    ? html`<p id=${id} class="error-message"><span class="visually-hidden">${m.errorPrefix}</span> ${message}</p>`
    : nothing;
}
