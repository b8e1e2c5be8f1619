import { html, nothing, type TemplateResult } from 'lit';
import { shownItems, type AssessmentContext } from '@otforms/machines';
import type { InstrumentDefinition } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import { reviewAnswerText, reviewEntryLines } from './answer-text.js';
import { markDefinitionText, renderMarked } from '../forms/definition-text-marks.js';
import type { TextLang } from './render-question.js';
import type { TextLanguages } from './text-language.js';

/**
 * "Check your answers": each section's answers with a change link that names the question.
 * `lang` marks what is the definition's text (titles, labels, options' labels in the answers),
 * and only that: an answer also holds the catalogue's words (yes, no, dates, "Not answered").
 */
export function renderReview(
  definition: InstrumentDefinition,
  context: AssessmentContext,
  edit: (itemId: string) => void,
  t: Catalogue,
  mainLang: TextLang,
  languages?: TextLanguages,
): TemplateResult {
  const single = definition.sections.length === 1;
  // Only read: the view needs no copy.
  const shown = shownItems(definition, context);
  // One listener for every change link: a long instrument has hundreds of them.
  const onClick = (event: Event) => {
    const itemId = (event.target as Element).closest<HTMLElement>('[data-edit]')?.dataset.edit;
    if (itemId) edit(itemId);
  };
  return html`<div class="review" @click=${onClick}>${definition.sections.map(
    (section) => html`
      ${single ? nothing : html`<h3 lang=${languages?.section(section.id) ?? mainLang}>${section.title}</h3>`}
      <dl class="summary-list">
        ${section.items.filter((item) => shown.has(item.id)).map((item) => {
          const entries = item.type === 'group' ? reviewEntryLines(t, item, context, markDefinitionText) : [];
          const lang = languages?.item(item.id) ?? mainLang;
          // The answer's definition text (options' labels, an entry's labels) in spans with the item's `lang`.
          const marked = (sentence: string) => renderMarked(sentence, lang);
          return html`<div class="summary-row">
            <dt lang=${lang}>${item.label}</dt>
            <dd>${entries.length
              ? html`<ul class="entries">${entries.map((entry) => html`<li>${marked(entry)}</li>`)}</ul>`
              : marked(reviewAnswerText(t, item, context, markDefinitionText))}</dd>
            <dd class="actions">
              <button type="button" class="link" data-edit=${item.id}>
                ${t.assessment.change}<span class="visually-hidden" lang=${lang}> ${item.label}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
    `,
  )}</div>`;
}
