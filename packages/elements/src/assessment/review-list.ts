import { noChange } from 'lit';
import { directive, Directive, type DirectiveResult } from 'lit/directive.js';
import type { InstrumentDefinition, Item } from '@otforms/core';
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
 *
 * `reviewRows` makes the rows again only when what they say changes, not
 * whenever an object holding the same answers is new: the session makes new
 * ones when it restarts for a changed setting, and new rows would lose the
 * focus on a change button.
 */
export interface ReviewListInput {
  definition: InstrumentDefinition;
  context: AssessmentContext;
  t: Catalogue;
  mainLang: string | undefined;
  languages: TextLanguages | undefined;
}

interface ReviewSection {
  /** Absent when the definition has one section. */
  heading?: { text: string; lang: string | undefined };
  rows: ReviewRow[];
}

interface ReviewRow {
  itemId: string;
  label: string;
  lang: string | undefined;
  /** The answer, with the definition's words marked (definition-text-marks.ts); or, for a group with entries, one line each. */
  answer: string;
  entries: string[];
  /** The change button's word, in the interface's language. */
  change: string;
}

/** What every section's heading and rows say: the shown items, each answer as the catalogue words it. */
function reviewSections({ definition, context, t, mainLang, languages }: ReviewListInput): ReviewSection[] {
  const single = definition.sections.length === 1;
  // Only read: the view needs no copy.
  const shown = shownItems(definition, context);
  return definition.sections.map((section) => ({
    ...(single ? {} : { heading: { text: section.title, lang: languages?.section(section.id) ?? mainLang } }),
    rows: section.items.filter((item) => shown.has(item.id)).map((item) => reviewRow(item, t, context, languages?.item(item.id) ?? mainLang)),
  }));
}

function reviewRow(item: Item, t: Catalogue, context: AssessmentContext, lang: string | undefined): ReviewRow {
  const entries = item.type === 'group' ? reviewEntryLines(t, item, context, markDefinitionText) : [];
  const answer = entries.length ? '' : reviewAnswerText(t, item, context, markDefinitionText);
  return { itemId: item.id, label: item.label, lang, answer, entries, change: t.assessment.change };
}

/**
 * The rows as a directive of the part they fill, which remembers what it was last given (the answers the
 * machine holds now, nothing more). The same definition, words and answers keep the rows as they are; answers
 * in new objects are compared by what the rows would say, worked out for both and then let go (the new rows'
 * data is the one the rows are then made from, if they differ).
 */
class ReviewRows extends Directive {
  #shown: ReviewListInput | undefined;

  render(input: ReviewListInput): DocumentFragment {
    return reviewList(reviewSections(input));
  }

  override update(_part: unknown, [input]: [ReviewListInput]): DocumentFragment | typeof noChange {
    const shown = this.#shown;
    this.#shown = input;
    if (!shown || !sameSource(shown, input)) return this.render(input);
    if (shown.context.responses === input.context.responses) return noChange;
    const sections = reviewSections(input);
    // One string for everything the rows say: equal strings, equal rows.
    return JSON.stringify(reviewSections(shown)) === JSON.stringify(sections) ? noChange : reviewList(sections);
  }
}

/** Whether the rows read the same definition in the same words: `languages` follows from the definition shown. */
function sameSource(shown: ReviewListInput, next: ReviewListInput): boolean {
  return shown.definition === next.definition && shown.t === next.t && shown.mainLang === next.mainLang;
}

// Typed here so the declarations name lit's own entry point, which the package depends on, not lit-html's.
export const reviewRows: (input: ReviewListInput) => DirectiveResult<typeof ReviewRows> = directive(ReviewRows);

/** Every section's heading and its list of rows, each with a change button (`data-edit`). */
function reviewList(sections: readonly ReviewSection[]): DocumentFragment {
  const list = document.createDocumentFragment();
  for (const section of sections) {
    if (section.heading) list.append(element('h3', section.heading.text, section.heading.lang));
    const dl = element('dl');
    dl.className = 'summary-list';
    for (const row of section.rows) dl.append(rowElement(row));
    list.append(dl);
  }
  return list;
}

function rowElement(row: ReviewRow): HTMLElement {
  const div = element('div');
  div.className = 'summary-row';
  div.append(element('dt', row.label, row.lang), answerCell(row), actionsCell(row));
  return div;
}

/** The answer, with the definition's words in it (options' labels, an entry's labels) in spans with the item's `lang`. */
function answerCell(row: ReviewRow): HTMLElement {
  const dd = element('dd');
  if (!row.entries.length) {
    appendMarked(dd, row.answer, row.lang);
    return dd;
  }
  const ul = element('ul');
  ul.className = 'entries';
  for (const entry of row.entries) {
    const li = element('li');
    appendMarked(li, entry, row.lang);
    ul.append(li);
  }
  dd.append(ul);
  return dd;
}

/** "Change", naming the question to a screen reader (GOV.UK's visually hidden text). */
function actionsCell(row: ReviewRow): HTMLElement {
  const dd = element('dd');
  dd.className = 'actions';
  const button = element('button', row.change);
  button.type = 'button';
  button.className = 'link';
  button.dataset.edit = row.itemId;
  const named = element('span', ` ${row.label}`, row.lang);
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
