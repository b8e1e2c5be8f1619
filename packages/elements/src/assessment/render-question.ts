import { html } from 'lit';
import type { Item } from '@otforms/core';
import type { AssessmentContext } from '@otforms/machines';

/** One question element for an item, wired to the assessment's state. */
export function renderQuestion(item: Item, context: AssessmentContext, disabled: boolean) {
  const { answers, invalidInputs, notAssessed } = context.responses;
  const answer = answers[item.id];
  const value = invalidInputs[item.id] ?? (answer === undefined ? '' : String(answer));
  const error = context.errors.find((candidate) => candidate.itemId === item.id)?.message ?? '';
  return item.type === 'single-choice'
    ? html`<ot-choice-question
        id=${`question-${item.id}`}
        .item=${item}
        .value=${value}
        .error=${error}
        .notAssessed=${notAssessed.includes(item.id)}
        .disabled=${disabled}
      ></ot-choice-question>`
    : html`<ot-input-question
        id=${`question-${item.id}`}
        .item=${item}
        .value=${value}
        .error=${error}
        .disabled=${disabled}
      ></ot-input-question>`;
}
