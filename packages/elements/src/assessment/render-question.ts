import { html } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { attachmentsSize, DEFAULT_ATTACHMENT_BUDGET_BYTES, type AnswerError, type Attachment, type PhotoItem, type QuestionItem } from '@otforms/core';
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
  /** Every photo the responses hold, by id (`responses.attachments`): a photo question shows its own and counts the others against the budget. */
  attachments?: Readonly<Record<string, Attachment>>;
  /** The most the record's photos may add up to, in bytes (core's `attachmentBudget(definition)`). */
  attachmentBudgetBytes?: number;
}

/**
 * One question element for an item. Guarded by what it shows, so that
 * answering one question of a long page does not re-render the others.
 * Each question is given its path, which its `ot-answer` carries back.
 */
export function renderQuestion(item: QuestionItem, state: QuestionState): DirectiveResult {
  const { value, error, notAssessed, disabled, entry, attachments, attachmentBudgetBytes } = state;
  const photos = item.type === 'photo' ? attachments : undefined;
  return guard([item, value, error, notAssessed, disabled, entry?.group, entry?.index, photos, attachmentBudgetBytes], () => {
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
      case 'photo':
        return renderPhotoQuestion(item, id, path, state);
      default:
        return html`<ot-input-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-input-question>`;
    }
  });
}

/** A photo question gets its photos as the responses hold them, in the order of its answer's ids. */
function renderPhotoQuestion(item: PhotoItem, id: string, path: OtAnswerPath, state: QuestionState) {
  const all = Object.values(state.attachments ?? {});
  const ids = state.value ? state.value.split(',') : [];
  const own = ids.flatMap((photoId) => state.attachments?.[photoId] ?? []);
  const otherBytes = attachmentsSize(all.filter((photo) => photo.itemId !== item.id));
  return html`<ot-photo-question id=${id} exportparts=${forwardedQuestionParts}
    .item=${item} .path=${path} .attachments=${own} .value=${state.value} .otherBytes=${otherBytes}
    .budgetBytes=${state.attachmentBudgetBytes ?? DEFAULT_ATTACHMENT_BUDGET_BYTES} .error=${state.error} .disabled=${state.disabled}
  ></ot-photo-question>`;
}

/** The text form of an answer, as question elements take it. */
export function answerText(answer: unknown): string {
  if (answer === undefined || answer === null) return '';
  return Array.isArray(answer) ? answer.join(',') : String(answer);
}
