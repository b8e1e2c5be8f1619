import { html, nothing, type TemplateResult } from 'lit';
import { describeAnswer, describeEntries, shownItemIds, type AssessmentContext } from '@otforms/machines';
import type { InstrumentDefinition } from '@otforms/core';
import { messages } from './messages.js';

/** "Check your answers": each section's answers with a change link that names the question. */
export function renderReview(
  definition: InstrumentDefinition,
  context: AssessmentContext,
  edit: (itemId: string) => void,
): TemplateResult {
  const single = definition.sections.length === 1;
  const shown = shownItemIds(definition, context);
  // One listener for every change link: a long instrument has hundreds of them.
  const onClick = (event: Event) => {
    const itemId = (event.target as Element).closest<HTMLElement>('[data-edit]')?.dataset.edit;
    if (itemId) edit(itemId);
  };
  return html`<div class="review" @click=${onClick}>${definition.sections.map(
    (section) => html`
      ${single ? nothing : html`<h3>${section.title}</h3>`}
      <dl class="summary-list">
        ${section.items.filter((item) => shown.has(item.id)).map(
          (item) => html`<div class="summary-row">
            <dt>${item.label}</dt>
            <dd>${item.type === 'group' && describeEntries(item, context).length
              ? html`<ul class="entries">${describeEntries(item, context).map((entry) => html`<li>${entry}</li>`)}</ul>`
              : describeAnswer(item, context)}</dd>
            <dd class="actions">
              <button type="button" class="link" data-edit=${item.id}>
                ${messages.change}<span class="visually-hidden"> ${item.label}</span>
              </button>
            </dd>
          </div>`,
        )}
      </dl>
    `,
  )}</div>`;
}
