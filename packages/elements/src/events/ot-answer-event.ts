import type { Attachment } from '@otforms/core';
import type { EpisodeField, EpisodeList, GoalField } from '@otforms/machines';

/**
 * Where a question sits in the form that shows it, so that the form turns its answer into the
 * right machine event without looking anything up in the page:
 * - an assessment's question, or a question of one entry (counted from 0) of a repeating group;
 * - a field of one goal in a goal plan;
 * - one of an episode's own fields, or a field of one row (counted from 0) of an episode's list.
 */
export type OtAnswerPath =
  | { itemId: string }
  | { groupId: string; index: number; itemId: string }
  | { goalId: string; field: GoalField }
  | { field: EpisodeField }
  | { list: EpisodeList; index: number; field: string };

/**
 * Fired by a question when the person answers it. `input` is the option code
 * or the text typed; `notAssessed` is true when they chose "Not assessed".
 * `path` is there when the form that shows the question gave it one.
 * A photo question adds `attachments`: all its photos now (their ids are
 * `input`, joined by commas), for the form to keep with its record.
 */
export interface OtAnswerDetail {
  itemId: string;
  input: string;
  notAssessed: boolean;
  path?: OtAnswerPath;
  attachments?: readonly Attachment[];
}

export class OtAnswerEvent extends CustomEvent<OtAnswerDetail> {
  static readonly eventName = 'ot-answer';

  constructor(detail: OtAnswerDetail) {
    super(OtAnswerEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-answer': OtAnswerEvent;
  }
}
