import { html, nothing } from 'lit';
import { entryInputKey, groupEntries, type GroupItem } from '@otforms/core';
import type { AssessmentContext } from '@otforms/machines';
import { answerText, questionId, renderQuestion } from './render-question.js';
import { messages } from './messages.js';

export interface GroupActions {
  add(groupId: string): void;
  remove(groupId: string, index: number): void;
}

/**
 * A repeating group, the GOV.UK "add another" way: each entry in its own
 * fieldset with a remove button that names it, then "Add another".
 */
export function renderGroup(group: GroupItem, context: AssessmentContext, disabled: boolean, actions: GroupActions) {
  const entries = groupEntries(context.responses.answers[group.id]);
  const groupError = context.errors.find((error) => error.itemId === group.id && error.entry === undefined)?.message;
  const canAdd = group.maxEntries === undefined || entries.length < group.maxEntries;
  const entryName = (index: number) => `${group.entryLabel} ${index + 1}`;
  return html`
    <div class="repeating ${groupError ? 'has-error' : ''}" id=${questionId(group.id)} tabindex="-1" role="group" aria-labelledby=${`${group.id}-label`}>
      <h3 class="group-label" id=${`${group.id}-label`}>${group.label}</h3>
      ${group.hint ? html`<p class="hint">${group.hint}</p>` : nothing}
      ${groupError ? html`<p class="error-message"><span class="visually-hidden">Error:</span> ${groupError}</p>` : nothing}
      ${entries.map(
        (entry, index) => html`
          <fieldset class="entry">
            <legend>${entryName(index)}</legend>
            ${group.items.map((child) => {
              const key = entryInputKey(group.id, index, child.id);
              const error = context.errors.find((candidate) => candidate.itemId === group.id && candidate.entry === index && candidate.childId === child.id);
              return renderQuestion(child, {
                value: context.responses.invalidInputs[key] ?? answerText(entry[child.id]),
                error: error?.message ?? '',
                notAssessed: false,
                disabled,
                entry: { group: group.id, index },
              });
            })}
            <button type="button" class="secondary" ?disabled=${disabled} @click=${() => actions.remove(group.id, index)}>
              ${messages.remove}<span class="visually-hidden"> ${entryName(index)}</span>
            </button>
          </fieldset>
        `,
      )}
      ${canAdd
        ? html`<button type="button" class="secondary" data-add=${group.id} ?disabled=${disabled} @click=${() => actions.add(group.id)}>
            ${entries.length ? messages.addAnother(group.entryLabel) : messages.addFirst(group.entryLabel)}
          </button>`
        : html`<p class="hint">${messages.entryLimit(group.maxEntries ?? entries.length, group.entryLabel)}</p>`}
    </div>
  `;
}
