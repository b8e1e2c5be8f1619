import type { InstrumentDefinition, Item, Section } from '@otforms/core';
import { shownItems, type AssessmentContext } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import { appendMarked, markDefinitionText } from '../forms/definition-text-marks.js';
import { reviewAnswerText, reviewEntryLines } from './answer-text.js';
import type { TextLanguages } from './text-language.js';

/**
 * The rows of "Check your answers", made as DOM rather than as Lit templates.
 *
 * Once shown they do not change (changing an answer goes back to its page),
 * and a long instrument has hundreds: as templates, each row held a dozen
 * template parts for as long as the page was shown, most of the JS heap Lit
 * used there (about 0.2 MB on the bench's 300 items). Here each row is its
 * elements and text nodes only. Every text is set as text (`textContent`,
 * text nodes), never parsed as HTML; `lang` marks the definition's text
 * exactly as the templates did (undefined: no `lang`, the page's language).
 */
export interface ReviewListInput {
  definition: InstrumentDefinition;
  context: AssessmentContext;
  t: Catalogue;
  mainLang: string | undefined;
  languages: TextLanguages | undefined;
}

/** Every section's heading (unless there is one section) and its list of shown items, each with a change button (`data-edit`). */
export function reviewList({ definition, context, t, mainLang, languages }: ReviewListInput): DocumentFragment {
  const list = document.createDocumentFragment();
  const single = definition.sections.length === 1;
  // Only read: the view needs no copy.
  const shown = shownItems(definition, context);
  for (const section of definition.sections) {
    if (!single) list.append(element('h3', section.title, languages?.section(section.id) ?? mainLang));
    list.append(sectionList(section, shown, { definition, context, t, mainLang, languages }));
  }
  return list;
}

function sectionList(section: Section, shown: ReadonlySet<string>, input: ReviewListInput): HTMLElement {
  const { t, context, languages, mainLang } = input;
  const dl = element('dl');
  dl.className = 'summary-list';
  for (const item of section.items) {
    if (!shown.has(item.id)) continue;
    const lang = languages?.item(item.id) ?? mainLang;
    const row = element('div');
    row.className = 'summary-row';
    row.append(element('dt', item.label, lang), answerCell(item, t, context, lang), actionsCell(item, t, lang));
    dl.append(row);
  }
  return dl;
}

/** The answer, with the definition's words in it (options' labels, an entry's labels) in spans with the item's `lang`. */
function answerCell(item: Item, t: Catalogue, context: AssessmentContext, lang: string | undefined): HTMLElement {
  const dd = element('dd');
  const entries = item.type === 'group' ? reviewEntryLines(t, item, context, markDefinitionText) : [];
  if (!entries.length) {
    appendMarked(dd, reviewAnswerText(t, item, context, markDefinitionText), lang);
    return dd;
  }
  const ul = element('ul');
  ul.className = 'entries';
  for (const entry of entries) {
    const li = element('li');
    appendMarked(li, entry, lang);
    ul.append(li);
  }
  dd.append(ul);
  return dd;
}

/** "Change", naming the question to a screen reader (GOV.UK's visually hidden text). */
function actionsCell(item: Item, t: Catalogue, lang: string | undefined): HTMLElement {
  const dd = element('dd');
  dd.className = 'actions';
  const button = element('button', t.assessment.change);
  button.type = 'button';
  button.className = 'link';
  button.dataset.edit = item.id;
  const named = element('span', ` ${item.label}`, lang);
  named.className = 'visually-hidden';
  button.append(named);
  dd.append(button);
  return dd;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, lang?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (lang !== undefined) made.lang = lang;
  return made;
}
