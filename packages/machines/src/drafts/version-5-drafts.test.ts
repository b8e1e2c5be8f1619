import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { OUTCOME_RECORD_VERSION, OutcomeRecordV5Schema } from '@otforms/core';
import { createEpisodeMachine } from '../episode/episode-machine.js';
import { afterClosure, afterReview, barthel, closureSteps, input, runEpisode } from '../episode/episode-script.test-support.js';
import { EpisodeSnapshotSchema, readEpisodeDraft } from '../episode/episode-snapshot.js';

/** A draft as a version 5 release saved it: the same, every record in it, however deep, stamped 5. */
function asVersion5Draft<T>(draft: T): T {
  const copy = structuredClone(draft);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    if (object.schemaVersion === OUTCOME_RECORD_VERSION) object.schemaVersion = 5;
    Object.values(object).forEach(visit);
  };
  visit(copy);
  return copy;
}

function versionsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(versionsIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'schemaVersion' in value ? [(value as { schemaVersion: unknown }).schemaVersion] : [];
  return [...own, ...Object.values(value).flatMap(versionsIn)];
}

describe('a draft saved when records were version 5', () => {
  it('of an episode, before or after closing, resumes with its records brought forward to the same record', () => {
    for (const steps of [afterReview, afterClosure]) {
      const reference = runEpisode(steps);
      const draft = asVersion5Draft(JSON.parse(JSON.stringify(reference.getPersistedSnapshot())));
      expect(versionsIn(draft).length).toBeGreaterThan(1);
      expect(versionsIn(draft).every((version) => version === 5)).toBe(true);
      expect(OutcomeRecordV5Schema.safeParse(draft.context.assessments[0].record).success).toBe(true);
      expect(EpisodeSnapshotSchema.safeParse(draft).success, 'the schema alone refuses it').toBe(false);
      const reading = readEpisodeDraft(draft, [barthel], input.subjectReference);
      if (!reading.resumable) throw new Error(`${reading.reason}: ${reading.detail}`);
      expect(versionsIn(reading.snapshot).every((version) => version === OUTCOME_RECORD_VERSION)).toBe(true);
      const resumed = createActor(createEpisodeMachine([barthel]), { input, snapshot: reading.snapshot as never }).start();
      if (steps === afterReview) {
        for (const step of closureSteps) if (step.to === 'episode') resumed.send(step.event);
      }
      const expected = steps === afterReview ? runEpisode([...afterReview, ...closureSteps]) : reference;
      expect(resumed.getSnapshot().context.record).toEqual(expected.getSnapshot().context.record);
      expect(resumed.getSnapshot().context.record?.schemaVersion).toBe(OUTCOME_RECORD_VERSION);
    }
  });
});
