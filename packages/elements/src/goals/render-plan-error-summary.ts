import { html, nothing } from 'lit';
import type { PlanError } from '@otforms/machines';
import { errorTargetId } from './goal-fields.js';
import { goalMessages } from './goal-plan-messages.js';

/**
 * The GOV.UK error summary for a goal plan: one link per problem, each moving
 * focus to the exact field of the exact goal. The element moves focus to the
 * summary itself after a failed attempt.
 */
export function renderPlanErrorSummary(errors: readonly PlanError[], focusTarget: (targetId: string) => void) {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, targetId: string) => {
    event.preventDefault();
    focusTarget(targetId);
  };
  return html`
    <div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">${goalMessages.errorSummaryTitle}</h2>
      <ul class="error-summary-list">
        ${errors.map((error) => {
          const targetId = errorTargetId(error);
          return html`<li><a href=${`#${targetId}`} @click=${(event: Event) => follow(event, targetId)}>${error.message}</a></li>`;
        })}
      </ul>
    </div>
  `;
}

/** An error beside what it is about, with the hidden prefix GOV.UK uses. */
export function renderErrorMessage(id: string, message: string) {
  return message
    ? html`<p id=${id} class="error-message"><span class="visually-hidden">${goalMessages.errorPrefix}</span> ${message}</p>`
    : nothing;
}
