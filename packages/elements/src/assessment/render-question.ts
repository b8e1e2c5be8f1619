import { html } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import type { AnswerError, QuestionItem } from '@otforms/core';
import type { OtAnswerPath } from '../events/ot-answer-event.js';
import { forwardedQuestionParts } from '../styles/parts.js';

/** The DOM id of a question: top-level, or one item of one entry of a repeating group. */
export function questionId(itemId: string, entry?: number, childId?: string): string {
  return entry === undefined || childId === undefined ? `question-${itemId}` : `question-${itemId}-${entry}-${childId}`;
}

/** Where an error summary link takes focus. */
export const errorTargetId = (error: AnswerError) => questionId(error.itemId, error.entry, error.childId);

export interface QuestionState {
  value: string;
  error: string;
  notAssessed: boolean;
  disabled: boolean;
  /** Set for an item of a repeating group's entry, so its answer reaches the right entry. */
  entry?: { group: string; index: number };
}

/**
 * One question element for an item. Guarded by what it shows, so that
 * answering one question of a long page does not re-render the others.
 * Each question is given its path, which its `ot-answer` carries back.
 */
export function renderQuestion(item: QuestionItem, state: QuestionState): DirectiveResult {
  const { value, error, notAssessed, disabled, entry } = state;
  return guard([item, value, error, notAssessed, disabled, entry?.group, entry?.index], () => {
    const id = questionId(entry?.group ?? item.id, entry?.index, entry ? item.id : undefined);
    const path: OtAnswerPath = entry ? { groupId: entry.group, index: entry.index, itemId: item.id } : { itemId: item.id };
    switch (item.type) {
      case 'single-choice':
      case 'yes-no':
        return html`<ot-choice-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${value} .error=${error} .notAssessed=${notAssessed} .disabled=${disabled}
        ></ot-choice-question>`;
      case 'multiple-choice':
        return html`<ot-checkboxes-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-checkboxes-question>`;
      default:
        return html`<ot-input-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-input-question>`;
    }
  });
}

/** The text form of an answer, as question elements take it. */
export function answerText(answer: unknown): string {
  if (answer === undefined || answer === null) return '';
  return Array.isArray(answer) ? answer.join(',') : String(answer);
}
