import { html, nothing, type TemplateResult } from 'lit';
import { entryInputKey, groupEntries, type AnswerError, type GroupItem } from '@otforms/core';
import { answerFieldKey, fieldMessage, type AssessmentContext, type VisibleErrors } from '@otforms/machines';
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
export function renderGroup(group: GroupItem, context: AssessmentContext, errors: VisibleErrors<AnswerError>, disabled: boolean, actions: GroupActions): TemplateResult {
  const entries = groupEntries(context.responses.answers[group.id]);
  const groupError = fieldMessage(errors, answerFieldKey(group.id));
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
              return renderQuestion(child, {
                value: context.responses.invalidInputs[entryInputKey(group.id, index, child.id)] ?? answerText(entry[child.id]),
                error: fieldMessage(errors, answerFieldKey(group.id, index, child.id)),
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
