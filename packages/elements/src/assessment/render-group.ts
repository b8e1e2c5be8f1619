import { html, nothing, type TemplateResult } from 'lit';
import { entryInputKey, groupEntries, type GroupItem } from '@otforms/core';
import { answerFieldKey, type AssessmentContext } from '@otforms/machines';
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
 */
export function renderGroup(group: GroupItem, context: AssessmentContext, errors: ShownErrors, disabled: boolean, actions: GroupActions, words: GroupWords): TemplateResult {
  const { t, textLang } = words;
  const m = t.assessment;
  const groupLang = words.languages?.item(group.id) ?? textLang;
  const lang = groupLang || nothing;
  const entries = groupEntries(context.responses.answers[group.id]);
  const groupError = errors.byField.get(answerFieldKey(group.id)) ?? '';
  const canAdd = group.maxEntries === undefined || entries.length < group.maxEntries;
  const entryName = (index: number) => m.entryName(group.entryLabel, index + 1);
  return html`
    <div class="repeating ${groupError ? 'has-error' : ''}" id=${questionId(group.id)} tabindex="-1" role="group" aria-labelledby=${`${group.id}-label`}>
      <h3 class="group-label" id=${`${group.id}-label`} lang=${lang}>${group.label}</h3>
      ${group.hint ? html`<p class="hint" lang=${lang}>${group.hint}</p>` : nothing}
      ${groupError ? html`<p class="error-message"><span class="visually-hidden">${t.questions.errorPrefix}</span> ${groupError}</p>` : nothing}
      ${entries.map(
        (entry, index) => html`
          <fieldset class="entry">
            <legend lang=${lang}>${entryName(index)}</legend>
            ${group.items.map((child) => {
              return renderQuestion(child, {
                value: context.responses.invalidInputs[entryInputKey(group.id, index, child.id)] ?? answerText(entry[child.id]),
                error: errors.byField.get(answerFieldKey(group.id, index, child.id)) ?? '',
                notAssessed: false,
                disabled,
                entry: { group: group.id, index },
                textLang: words.languages?.item(child.id) ?? textLang,
              });
            })}
            <button type="button" class="secondary" ?disabled=${disabled} @click=${() => actions.remove(group.id, index)}>
              ${m.remove}<span class="visually-hidden" lang=${lang}> ${entryName(index)}</span>
            </button>
          </fieldset>
        `,
      )}
      ${canAdd
        ? html`<button type="button" class="secondary" data-add=${group.id} ?disabled=${disabled} @click=${() => actions.add(group.id)}>
            ${entries.length ? m.addAnother(group.entryLabel) : m.addFirst(group.entryLabel)}
          </button>`
        : html`<p class="hint">${m.entryLimit(group.maxEntries ?? entries.length, group.entryLabel)}</p>`}
    </div>
  `;
}
