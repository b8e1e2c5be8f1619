import { html, nothing } from 'lit';
import type { AnswerError } from '@otforms/core';
import { messages } from './messages.js';
import { errorTargetId } from './render-question.js';

/**
 * The GOV.UK error summary: a titled list of links, one per problem, each
 * moving focus to its question. The host moves focus to the summary itself.
 */
export function renderErrorSummary(errors: readonly AnswerError[], focusQuestion: (targetId: string) => void) {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, targetId: string) => {
    event.preventDefault();
    focusQuestion(targetId);
  };
  return html`
    <div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">${messages.errorSummaryTitle}</h2>
      <ul class="error-summary-list">
        ${errors.map(
          (error) => html`<li><a href=${`#${errorTargetId(error)}`} @click=${(event: Event) => follow(event, errorTargetId(error))}>${error.message}</a></li>`,
        )}
      </ul>
    </div>
  `;
}
