import { createActor } from 'xstate';
import { MemoryDraftStorage, type InstrumentDefinition } from '@otforms/core';
import { createAssessmentMachine, type AssessmentEvent, type AssessmentInput } from '@otforms/machines';

/**
 * Stories are fixtures: each one opens in the same state every time. A state
 * past the first page is reached the way a person would reach it, by sending
 * the machine's own events headlessly, and handed to the element as the saved
 * draft it resumes. No story drives the element's UI to get there.
 */

/** A fixed clock, so that a draft (and the record built from it) is the same on every run. */
export const storyStartedAt = '2026-03-02T09:30:00.000Z';

/** What the host would pass when the assessment starts, from the story's args. */
export type DraftInput = Omit<AssessmentInput, 'startedAt'>;

/** The persisted snapshot of an assessment of `definition` after `events`, as the element saves it. */
export function draftAfter(definition: InstrumentDefinition, events: readonly AssessmentEvent[], input: DraftInput = {}): unknown {
  const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: storyStartedAt, ...input } });
  actor.start();
  for (const event of events) actor.send(event);
  if (actor.getSnapshot().status !== 'active') {
    throw new Error(`The story's events ended the assessment; the element only resumes an unfinished one.`);
  }
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}

/** A story's own draft store, holding `draft` under `key` when there is one. */
export function storyStorage(key: string, draft?: unknown): MemoryDraftStorage {
  const storage = new MemoryDraftStorage();
  if (draft !== undefined) storage.write(key, draft);
  return storage;
}

/** ANSWER events for each `itemId: optionCode` pair. */
export function answers(choices: Readonly<Record<string, string>>): AssessmentEvent[] {
  return Object.entries(choices).map(([itemId, input]) => ({ type: 'ANSWER', itemId, input }));
}

/** Only the keys that have a value: the machine's input has optional fields, not empty ones. */
export function draftInput(options: { subjectReference?: string; bandSetId?: string; assessorRole?: string }): DraftInput {
  const { subjectReference, bandSetId, assessorRole } = options;
  return {
    ...(subjectReference ? { subjectReference } : {}),
    ...(bandSetId ? { bandSetId } : {}),
    ...(assessorRole ? { assessor: { role: assessorRole } } : {}),
  };
}
