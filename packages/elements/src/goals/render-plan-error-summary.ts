import { html, nothing, type TemplateResult } from 'lit';
import type { PlanError } from '@otforms/machines';
import { errorTargetId } from './goal-fields.js';
import { goalMessages } from './goal-plan-messages.js';
import { renderErrorSummary } from '../forms/render-error-summary.js';

/**
 * The GOV.UK error summary for a goal plan: one link per problem, each moving
 * focus to the exact field of the exact goal.
 */
export function renderPlanErrorSummary(errors: readonly PlanError[], focusTarget: (targetId: string) => void): TemplateResult | typeof nothing {
  return renderErrorSummary(errors, { title: goalMessages.errorSummaryTitle, targetId: errorTargetId, focusTarget });
}

/** An error beside what it is about, with the hidden prefix GOV.UK uses. */
export function renderErrorMessage(id: string, message: string): TemplateResult | typeof nothing {
  return message
    ? html`<p id=${id} class="error-message"><span class="visually-hidden">${goalMessages.errorPrefix}</span> ${message}</p>`
    : nothing;
}
