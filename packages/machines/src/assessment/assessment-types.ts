import type { AdministrationMode, AnswerError, AssessmentRecord } from '@otforms/core';
import type { AnswerAuditTrail } from './answer-audit.js';
import type { HeldResponses } from './held-answers.js';

/** What a host supplies when an assessment starts. */
export interface AssessmentInput {
  /** ISO date-time; the host passes the clock so the machine stays deterministic. */
  startedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  administrationMode?: AdministrationMode;
  /** Which of the definition's band sets the record's `band` uses. */
  bandSetId?: string;
  /**
   * Keep every change of every answer, with its value, in the record's
   * `answerAudit` (`changes`). Off, the audit says only who gave each answer
   * first and who changed it last, and when.
   */
  auditHistory?: boolean;
}

export interface AssessmentContext {
  /** Which definition this progress belongs to, so a saved draft is never resumed against another. */
  instrument: { id: string; version: string };
  /**
   * Everything entered so far. Its `answers` are bucketed in memory so that an answer does not copy every
   * answer (flat in drafts, and so until the first answer after a resume): read them with `heldAnswer`,
   * `flatAnswers` or `flatResponses` (`held-answers.ts`).
   */
  responses: HeldResponses;
  sectionIndex: number;
  /** Errors being shown. Empty until the person first tries to continue or submit (GOV.UK). */
  errors: AnswerError[];
  /** Set after a failed attempt; from then on errors update live as answers change. */
  showErrors: boolean;
  /** True when the person came from "Check your answers" to change something. */
  returnToReview: boolean;
  options: AssessmentInput;
  /**
   * Who gave and changed each answer, and when, by answer key (the record's
   * `answerAudit` before it keeps only the answers it holds). Bucketed in
   * memory so that noting an answer does not copy every entry, flat in the
   * machine's drafts (and so until the first answer after a resume): read it
   * with `auditEntries` or `auditEntryOf`. Drafts saved before the audit
   * existed have none: their answers so far are unaudited.
   */
  audit?: AnswerAuditTrail;
  record: AssessmentRecord | null;
}

export type AssessmentEvent =
  /**
   * `input` is the option code, or the text typed into a field; it is read by `readInput`.
   * For a photo question it is the item's whole list of `Attachment`s as it is now.
   * `at` is when the person answered (ISO date-time, the view's clock), for the
   * record's `answerAudit`; without it the machine takes its own clock.
   */
  | { type: 'ANSWER'; itemId: string; input: unknown; at?: string }
  | { type: 'NOT_ASSESSED'; itemId: string; at?: string }
  /** Repeating groups: add an entry, remove one, or answer a question of one entry. */
  | { type: 'ADD_ENTRY'; itemId: string }
  | { type: 'REMOVE_ENTRY'; itemId: string; index: number }
  | { type: 'ANSWER_ENTRY'; itemId: string; index: number; childId: string; input: unknown; at?: string }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'EDIT'; itemId: string }
  /**
   * The host's details changed (or a draft was resumed under new ones); `startedAt` stays as it was,
   * and so does `auditHistory` unless the new options name it.
   */
  | { type: 'UPDATE_OPTIONS'; options: Omit<AssessmentInput, 'startedAt'> }
  /** The host stamps the record: the time it was completed and a fresh UUID. */
  | { type: 'SUBMIT'; completedAt: string; recordId: string };

/**
 * What the machine tells its views as it happens, outside its snapshot:
 * `ATTEMPT_FAILED` when Continue or Submit was refused because of errors
 * (GOV.UK: the error summary then takes focus). Listen with `actor.on`.
 */
export type AssessmentEmitted = { type: 'ATTEMPT_FAILED'; attempt: 'CONTINUE' | 'SUBMIT' };
