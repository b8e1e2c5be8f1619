import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { entryInputKey, groupEntries, type GroupItem } from '@otforms/core';
import { answerFieldKey, heldAnswer, type AssessmentContext } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import { answerText, questionId, renderQuestion } from './render-question.js';
import type { ShownErrors } from './shown-errors.js';

export interface GroupActions {
  add(groupId: string): void;
  remove(groupId: string, index: number): void;
}

/** The interface's words, and the language of the definition's text (for `lang`), as a group needs them. */
export interface GroupWords {
  t: Catalogue;
  textLang: string;
  /** Each item's language, where a translation leaves some out. */
  languages?: { item(itemId: string): string };
}

/**
 * A repeating group, the GOV.UK "add another" way: each entry in its own
 * fieldset with a remove button that names it, then "Add another".
 *
 * This runs on every answer of the page. Each entry is guarded by what it
 * shows (its answers, the unreadable text typed into it, its errors, its
 * place, the page's words and `disabled`), so an answer in one entry leaves
 * the others alone; the machine keeps an entry's object when another entry
 * changes. Entries stay in place by position, as their ids, legends and paths
 * are by position; the buttons' handlers are the same functions on every
 * render, and read the entry from the button.
 */
export function renderGroup(group: GroupItem, context: AssessmentContext, errors: ShownErrors, disabled: boolean, actions: GroupActions, words: GroupWords): TemplateResult {
  const { t, textLang } = words;
  const m = t.assessment;
  const groupLang = words.languages?.item(group.id) ?? textLang;
  const lang = groupLang || nothing;
  const entries = groupEntries(heldAnswer(context.responses.answers, group.id));
  const groupError = errors.byField.get(answerFieldKey(group.id)) ?? '';
  const canAdd = group.maxEntries === undefined || entries.length < group.maxEntries;
  const handlers = handlersFor(actions);
  // The same for every entry: worked out once per render of the group.
  const childLangs = group.items.map((child) => words.languages?.item(child.id) ?? textLang);
  const { invalidInputs } = context.responses;
  return html`
    <div class="repeating ${groupError ? 'has-error' : ''}" id=${questionId(group.id)} tabindex="-1" role="group" aria-labelledby=${`${group.id}-label`}>
      <h3 class="group-label" id=${`${group.id}-label`} lang=${lang}>${group.label}</h3>
      ${group.hint ? html`<p class="hint" lang=${lang}>${group.hint}</p>` : nothing}
      ${groupError ? html`<p class="error-message"><span class="visually-hidden">${t.questions.errorPrefix}</span> ${groupError}</p>` : nothing}
      ${entries.map((entry, index) => {
        const typed = group.items.map((child) => invalidInputs[entryInputKey(group.id, index, child.id)]);
        const shownErrors = errors.byField.size ? group.items.map((child) => errors.byField.get(answerFieldKey(group.id, index, child.id)) ?? '') : [];
        return guard([group, entry, index, disabled, t, groupLang, handlers, ...childLangs, ...typed, ...shownErrors], () => {
          const entryName = m.entryName(group.entryLabel, index + 1);
          return html`
            <fieldset class="entry">
              <legend lang=${lang}>${entryName}</legend>
              ${group.items.map((child, at) =>
                renderQuestion(child, {
                  value: typed[at] ?? answerText(entry[child.id]),
                  error: shownErrors[at] ?? '',
                  notAssessed: false,
                  disabled,
                  entry: { group: group.id, index },
                  textLang: childLangs[at] ?? textLang,
                  t,
                }),
              )}
              <button type="button" class="secondary" data-group=${group.id} data-index=${index} ?disabled=${disabled} @click=${handlers.remove}>
                ${m.remove}<span class="visually-hidden" lang=${lang}> ${entryName}</span>
              </button>
            </fieldset>
          `;
        });
      })}
      ${canAdd
        ? html`<button type="button" class="secondary" data-add=${group.id} ?disabled=${disabled} @click=${handlers.add}>
            ${entries.length ? m.addAnother(group.entryLabel) : m.addFirst(group.entryLabel)}
          </button>`
        : html`<p class="hint">${m.entryLimit(group.maxEntries ?? entries.length, group.entryLabel)}</p>`}
    </div>
  `;
}

interface GroupHandlers {
  add(event: Event): void;
  remove(event: Event): void;
}

const handlers = new WeakMap<GroupActions, GroupHandlers>();

/** The buttons' click handlers, one pair per set of actions: the group and the entry are read from the button clicked. */
function handlersFor(actions: GroupActions): GroupHandlers {
  let made = handlers.get(actions);
  if (!made) {
    made = {
      add: (event) => {
        const groupId = (event.currentTarget as HTMLElement).dataset['add'];
        if (groupId !== undefined) actions.add(groupId);
      },
      remove: (event) => {
        const { group: groupId, index } = (event.currentTarget as HTMLElement).dataset;
        if (groupId !== undefined && index !== undefined) actions.remove(groupId, Number(index));
      },
    };
    handlers.set(actions, made);
  }
  return made;
}
