import type { OutcomeRecord } from '@otforms/core';
import type { DraftReading } from '@otforms/machines';
import type { AnyActorLogic, InputFrom, SnapshotFrom } from 'xstate';
import type { DraftStart } from '../controllers/actor-controller.js';

/** A machine the form can run now, with the machine's own reader of its saved drafts (`readAssessmentDraft`…) for what the host gave. */
export interface FormMachine<TLogic extends AnyActorLogic> {
  logic: TLogic;
  readDraft(stored: unknown): DraftReading<unknown>;
  /**
   * Each draft is saved as the change from the one before (where the store keeps changes): the machine's
   * context holds no actors, never changes in place, and notes its big copies (core's `noteCopy`).
   */
  draftsAsChanges?: boolean;
}

/** A saved draft that could not be used, so the form started afresh. */
export type RefusedDraft = Extract<DraftStart, { outcome: 'unusable' | 'failed' }>;

/** `refusedDraft` for a form that starts again in its place: the error that stopped the draft resuming, or why it is not one to resume. */
export function startedAgain(form: string, unusable: string): (refused: RefusedDraft) => string {
  return (refused) =>
    refused.outcome === 'failed'
      ? `The saved draft could not be resumed, so the ${form} started again: ${String(refused.error)}`
      : `The saved draft ${unusable}, so the ${form} started again.`;
}

/**
 * What makes one form's session differ from another's. The session calls these when it needs them,
 * so they read the element's attributes as they are then.
 */
export interface FormPolicy<TLogic extends AnyActorLogic, TRecord extends OutcomeRecord> {
  /** The machine to run, or `null` while there is none (no valid definition yet). */
  machine(): FormMachine<TLogic> | null;
  /** The machine's input from the element's attributes, started now. */
  input(): InputFrom<TLogic>;
  /** The record a snapshot holds, when it is not only a finished machine's output (an episode has one from closing until its follow-up). */
  record?(snapshot: SnapshotFrom<TLogic>): TRecord | null;
  /** After a draft was resumed: a draft keeps the details it started with, so the host's current ones are applied (`configure`). */
  resumed?(input: InputFrom<TLogic>): void;
  /** What `ot-error` says when a saved draft could not be used (it is kept aside, and the session says where). */
  refusedDraft(refused: RefusedDraft): string;
  /** The validation message while a required form has no record; a function is asked each time, so it follows the form's language. */
  incomplete: string | (() => string);
  /**
   * The machine's children change it too (an episode's nested forms): every snapshot after the start is a change
   * to save. Otherwise only what the element sends (`send`) is, and what the host configures is saved with it.
   */
  childrenChangeIt?: boolean;
  /** What page a snapshot shows. Given it, a new page takes focus at its heading (not on first load: the host's page has focus then). */
  page?(snapshot: SnapshotFrom<TLogic>): string;
}
