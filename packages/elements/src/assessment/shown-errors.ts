import { indexDefinition, type AnswerError, type InstrumentDefinition } from '@otforms/core';
import { answerFieldKey, type VisibleErrors } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

/** The errors a page shows, in the interface's words: the summary's links in order, and the text beside each field by its key. */
export interface ShownErrors {
  readonly summary: readonly { error: AnswerError; text: string }[];
  readonly byField: ReadonlyMap<string, string>;
}

/**
 * What an error says in the interface's language: the catalogue's words for its
 * problem, with the label of the question as the form shows it (the definition
 * given may be a translation), prefixed by the entry inside a repeating group.
 */
export function answerErrorText(t: Catalogue, definition: InstrumentDefinition, error: AnswerError): string {
  const item = indexDefinition(definition).itemsById.get(error.itemId);
  if (!item) return error.message;
  if (item.type !== 'group') return t.answers.problem(error.problem, item.label);
  if (error.entry === undefined || error.childId === undefined) return t.answers.problem(error.problem, item.entryLabel);
  const child = item.items.find((member) => member.id === error.childId);
  return child ? t.answers.inEntry(item.entryLabel, error.entry, t.answers.problem(error.problem, child.label)) : error.message;
}

const made = new WeakMap<readonly AnswerError[], { t: Catalogue; definition: InstrumentDefinition; shown: ShownErrors }>();

/**
 * The visible errors (machines' `visibleAnswerErrors`) in the interface's words; the first error of a field wins, as there.
 * Worked out once per list of errors, words and definition: a page asks on every answer, and the machine gives a new
 * list only when the errors change (the empty one, while errors are hidden, is always the same).
 */
export function shownErrors(errors: VisibleErrors<AnswerError>, t: Catalogue, definition: InstrumentDefinition): ShownErrors {
  const known = made.get(errors.summary);
  if (known && known.t === t && known.definition === definition) return known.shown;
  const shown = wordErrors(errors, t, definition);
  made.set(errors.summary, { t, definition, shown });
  return shown;
}

function wordErrors(errors: VisibleErrors<AnswerError>, t: Catalogue, definition: InstrumentDefinition): ShownErrors {
  const summary = errors.summary.map((error) => ({ error, text: answerErrorText(t, definition, error) }));
  const byField = new Map<string, string>();
  for (const { error, text } of summary) {
    const key = answerFieldKey(error.itemId, error.entry, error.childId);
    if (!byField.has(key)) byField.set(key, text);
  }
  return { summary, byField };
}
