import { html, nothing } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { attachmentsSize, DEFAULT_ATTACHMENT_BUDGET_BYTES, type AnswerError, type Attachment, type PhotoItem, type QuestionItem } from '@otforms/core';
import type { OtAnswerPath } from '../events/ot-answer-event.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { forwardedQuestionParts } from '../styles/parts.js';
import { loadPhotoQuestion } from '../questions/load-photo-question.js';

/** The DOM id of a question: top-level, or one item of one entry of a repeating group. */
export function questionId(itemId: string, entry?: number, childId?: string): string {
  return entry === undefined || childId === undefined ? `question-${itemId}` : `question-${itemId}-${entry}-${childId}`;
}

/** Where an error summary link takes focus. */
export const errorTargetId = (error: AnswerError) => questionId(error.itemId, error.entry, error.childId);

/** The `lang` of an element holding the definition's text: the language that text is in, or none when it is the page's. */
export type TextLang = string | typeof nothing;

export interface QuestionState {
  value: string;
  /** The language of the item's text (the definition's, or its translation's), given to the question as `textLang`. */
  textLang: string;
  error: string;
  notAssessed: boolean;
  disabled: boolean;
  /** Set for an item of a repeating group's entry, so its answer reaches the right entry. */
  entry?: { group: string; index: number };
  /** Every photo the responses hold, by id (`responses.attachments`): a photo question shows its own from these. */
  attachments?: Readonly<Record<string, Attachment>>;
  /**
   * The photos that count against the budget (core's `photosCounted`: those
   * the record would carry), so a photo question counts the others as
   * validation does, and never those of a question hidden or not assessed.
   */
  countedPhotos?: readonly Attachment[] | undefined;
  /** The most the record's photos may add up to, in bytes (core's `attachmentBudget(definition)`). */
  attachmentBudgetBytes?: number;
  /**
   * The form's words, in the language it shows: given to the question as `words`, so it asks for no language and
   * watches none, and leaves validity to the form (a managed question). Without them the question works its language out.
   */
  t?: Catalogue;
}

/**
 * One question element for an item. Guarded by what it shows, so that
 * answering one question of a long page does not re-render the others.
 * Each question is given its path, which its `ot-answer` carries back.
 * A question sets its own value as it is answered, so the value (and "Not
 * assessed") is given `live`, checked against the element's own: the element
 * may be given another page's item in its place (item-place-keys.ts), whose
 * value can equal the one this binding last gave while the element holds
 * what was just typed.
 */
export function renderQuestion(item: QuestionItem, state: QuestionState): DirectiveResult {
  const { value, error, notAssessed, disabled, entry, attachments, attachmentBudgetBytes, textLang, t } = state;
  const photos = item.type === 'photo' ? attachments : undefined;
  const otherBytes = item.type === 'photo' ? otherPhotoBytes(value, state.countedPhotos ?? []) : 0;
  return guard([item, value, error, notAssessed, disabled, entry?.group, entry?.index, photos, otherBytes, attachmentBudgetBytes, textLang, t], () => {
    const id = questionId(entry?.group ?? item.id, entry?.index, entry ? item.id : undefined);
    const path = pathOf(item, entry);
    switch (item.type) {
      case 'single-choice':
      case 'yes-no':
        return html`<ot-choice-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${live(value)} .error=${error} .notAssessed=${live(notAssessed)} .disabled=${disabled} .textLang=${textLang} .words=${t}
        ></ot-choice-question>`;
      case 'multiple-choice':
        return html`<ot-checkboxes-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${live(value)} .error=${error} .disabled=${disabled} .textLang=${textLang} .words=${t}
        ></ot-checkboxes-question>`;
      case 'photo':
        return renderPhotoQuestion(item, id, path, state, otherBytes);
      default:
        return html`<ot-input-question id=${id} exportparts=${forwardedQuestionParts}
          .item=${item} .path=${path} .value=${live(value)} .error=${error} .disabled=${disabled} .textLang=${textLang} .words=${t}
        ></ot-input-question>`;
    }
  });
}

const topLevelPaths = new WeakMap<QuestionItem, OtAnswerPath>();
const entryPaths = new WeakMap<QuestionItem, Map<string, OtAnswerPath>>();

/**
 * The question's path, the same object every time it is asked for the same
 * place: a new one would count as a changed property, so the question just
 * answered would render a second time, after the page, for nothing. Frozen,
 * as it is shared by every render and every `ot-answer` of that question.
 */
function pathOf(item: QuestionItem, entry: QuestionState['entry']): OtAnswerPath {
  if (!entry) {
    let path = topLevelPaths.get(item);
    if (!path) topLevelPaths.set(item, (path = Object.freeze({ itemId: item.id })));
    return path;
  }
  let paths = entryPaths.get(item);
  if (!paths) entryPaths.set(item, (paths = new Map()));
  // Ids are letters, digits, hyphens and underscores (the definition rules), so this key names one place.
  const key = `${entry.group}\n${entry.index}`;
  let path = paths.get(key);
  if (!path) paths.set(key, (path = Object.freeze({ groupId: entry.group, index: entry.index, itemId: item.id })));
  return path;
}

/** A photo question gets its photos as the responses hold them, in the order of its answer's ids. */
function renderPhotoQuestion(item: PhotoItem, id: string, path: OtAnswerPath, state: QuestionState, otherBytes: number) {
  // Tried again on each render of the question, so a load that failed offline is retried once the page can reach the server.
  loadPhotoQuestion().catch(() => undefined);
  const own = photoIds(state.value).flatMap((photoId) => state.attachments?.[photoId] ?? []);
  return html`<ot-photo-question id=${id} exportparts=${forwardedQuestionParts}
    .item=${item} .path=${path} .attachments=${own} .value=${state.value} .otherBytes=${otherBytes}
    .budgetBytes=${state.attachmentBudgetBytes ?? DEFAULT_ATTACHMENT_BUDGET_BYTES} .error=${state.error} .disabled=${state.disabled} .textLang=${state.textLang} .words=${state.t}
  ></ot-photo-question>`;
}

/** A photo answer's ids, from its text form. */
const photoIds = (value: string): string[] => (value ? value.split(',') : []);

/** What the photos counted against the budget add up to, this question's own left out (it counts them itself). */
function otherPhotoBytes(value: string, counted: readonly Attachment[]): number {
  const own = new Set(photoIds(value));
  return attachmentsSize(counted.filter((photo) => !own.has(photo.id)));
}

/** The text form of an answer, as question elements take it. */
export function answerText(answer: unknown): string {
  if (answer === undefined || answer === null) return '';
  return Array.isArray(answer) ? answer.join(',') : String(answer);
}
