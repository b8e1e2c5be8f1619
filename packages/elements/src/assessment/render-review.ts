import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentContext } from '@otforms/machines';
import type { InstrumentDefinition } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';
import { reviewRows } from './review-list.js';
import type { TextLang } from './render-question.js';
import type { TextLanguages } from './text-language.js';

/**
 * "Check your answers": each section's answers with a change link that names the question.
 * `lang` marks what is the definition's text (titles, labels, options' labels in the answers),
 * and only that: an answer also holds the catalogue's words (yes, no, dates, "Not answered").
 * The rows are made as DOM (review-list.ts), again only when what they say changes: a change
 * button keeps its element, and focus, when the page renders for anything else, even when the
 * session has read the same answers back into new objects.
 */
export function renderReview(
  definition: InstrumentDefinition,
  context: AssessmentContext,
  edit: (itemId: string) => void,
  t: Catalogue,
  mainLang: TextLang,
  languages?: TextLanguages,
): TemplateResult {
  // One listener for every change link: a long instrument has hundreds of them.
  const onClick = (event: Event) => {
    const itemId = (event.target as Element).closest<HTMLElement>('[data-edit]')?.dataset.edit;
    if (itemId) edit(itemId);
  };
  return html`<div class="review" @click=${onClick}>${reviewRows({ definition, context, t, mainLang: mainLang === nothing ? undefined : mainLang, languages })}</div>`;
}
