import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Item } from '@otforms/core';
import type { AssessmentContext } from '@otforms/machines';

/**
 * One question element for an item, wired to the assessment's state. Guarded
 * by what it shows, so that answering one question of a long page does not
 * re-render the others.
 */
export function renderQuestion(item: Item, context: AssessmentContext, disabled: boolean) {
  const { answers, invalidInputs, notAssessed } = context.responses;
  const answer = answers[item.id];
  const value = invalidInputs[item.id] ?? (answer === undefined ? '' : String(answer));
  const error = context.errors.find((candidate) => candidate.itemId === item.id)?.message ?? '';
  const isNotAssessed = notAssessed.includes(item.id);
  return guard([item, value, error, isNotAssessed, disabled], () => questionTemplate(item, value, error, isNotAssessed, disabled));
}

function questionTemplate(item: Item, value: string, error: string, notAssessed: boolean, disabled: boolean) {
  return item.type === 'single-choice'
    ? html`<ot-choice-question
        id=${`question-${item.id}`}
        .item=${item}
        .value=${value}
        .error=${error}
        .notAssessed=${notAssessed}
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
