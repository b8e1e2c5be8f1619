import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { HomeVisitRecordSchema, OUTCOME_RECORD_VERSION, OutcomeRecordV4Schema } from '@otforms/core';
import { createEpisodeMachine } from '../episode/episode-machine.js';
import { afterInitial, barthel, input, sendSteps as run } from '../episode/episode-script.test-support.js';
import { EpisodeSnapshotSchema, readEpisodeDraft } from '../episode/episode-snapshot.js';
import { homeVisitDefinitions, runHomeVisit } from '../episode/episode-home-visit.test-support.js';
import { homeVisitAssessmentChild } from '../home-visit/home-visit-selectors.js';
import { createHomeVisitMachine } from '../home-visit/home-visit-machine.js';
import { HomeVisitSnapshotSchema, readHomeVisitDraft } from '../home-visit/home-visit-snapshot.js';
import { conversation, homeCheck, visitInput } from '../home-visit/home-visit.test-support.js';
import { withCurrentRecords } from './current-records.js';

/**
 * A draft as a version 4 release saved it: every record in it, however deep,
 * stamped 4 and without the audit of answers, and no assessment under way
 * keeping one.
 */
function asVersion4Draft<T>(draft: T): T {
  const copy = structuredClone(draft);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    if (object.schemaVersion === OUTCOME_RECORD_VERSION) {
      object.schemaVersion = 4;
      delete object.answerAudit;
    }
    if ('responses' in object && 'instrument' in object) delete object.audit;
    Object.values(object).forEach(visit);
  };
  visit(copy);
  return copy;
}

/** Every record anywhere in a value: whatever has a `schemaVersion`. */
function recordsIn(value: unknown): { schemaVersion: unknown }[] {
  if (Array.isArray(value)) return value.flatMap(recordsIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'schemaVersion' in value ? [value as { schemaVersion: unknown }] : [];
  return [...own, ...Object.values(value).flatMap(recordsIn)];
}

const through = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('a draft saved when records were version 4', () => {
  it('of a home visit, holding the records of its finished assessments, resumes with them brought forward', () => {
    const machine = createHomeVisitMachine([homeCheck, conversation]);
    const actor = createActor(machine, { input: visitInput }).start();
    const home = homeVisitAssessmentChild(actor.getSnapshot())!;
    home.send({ type: 'ANSWER', itemId: 'stepHeight', input: '180' });
    home.send({ type: 'ANSWER', itemId: 'rail', input: 'no' });
    home.send({ type: 'CONTINUE' });
    home.send({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes' });
    home.send({ type: 'CONTINUE' });
    home.send({ type: 'SUBMIT', completedAt: '2026-11-10T10:15:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
    const draft = asVersion4Draft(through(actor.getPersistedSnapshot())) as unknown as { context: { assessments: unknown[] } };
    const [saved] = draft.context.assessments;
    expect(OutcomeRecordV4Schema.safeParse(saved).success).toBe(true);
    expect(HomeVisitSnapshotSchema.safeParse(draft).success, 'the schema alone refuses it').toBe(false);

    const before = structuredClone(draft);
    const reading = readHomeVisitDraft(draft, [homeCheck, conversation], visitInput.subjectReference);
    if (!reading.resumable) throw new Error(`${reading.reason}: ${reading.detail}`);
    expect(draft, 'the stored draft itself is left as it was').toEqual(before);
    expect(recordsIn(reading.snapshot.context).map((record) => record.schemaVersion)).toEqual([OUTCOME_RECORD_VERSION]);
    const resumed = createActor(machine, { input: visitInput, snapshot: reading.snapshot as never }).start();
    expect(homeVisitAssessmentChild(resumed.getSnapshot())?.getSnapshot().context.instrument.id).toBe(conversation.id);
  });

  it('of an episode in the middle of its home visit, or after it, resumes and closes the visit into a current record', () => {
    const machine = createEpisodeMachine([barthel], { homeVisit: homeVisitDefinitions });
    const during = createActor(machine, { input }).start();
    run(during, afterInitial);
    runHomeVisit(during, { finish: false });
    const after = createActor(machine, { input }).start();
    run(after, afterInitial);
    runHomeVisit(after);

    for (const [name, actor] of [['during', during], ['after', after]] as const) {
      const draft = asVersion4Draft(through(actor.getPersistedSnapshot()));
      expect(recordsIn(draft).length, name).toBeGreaterThan(1);
      expect(recordsIn(draft).every((record) => record.schemaVersion === 4), name).toBe(true);
      expect(EpisodeSnapshotSchema.safeParse(draft).success, `${name}: the schema alone refuses it`).toBe(false);
      const reading = readEpisodeDraft(draft, [barthel], input.subjectReference, homeVisitDefinitions);
      if (!reading.resumable) throw new Error(`${name}: ${reading.reason}: ${reading.detail}`);
      expect(recordsIn(reading.snapshot).every((record) => record.schemaVersion === OUTCOME_RECORD_VERSION), name).toBe(true);
      const resumed = createActor(machine, { input, snapshot: reading.snapshot as never }).start();
      if (name === 'during') {
        (resumed.getSnapshot().children.homeVisit as AnyActorRef).send({ type: 'FINISH', completedAt: '2026-11-04T15:00:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000013' });
      }
      const visit = HomeVisitRecordSchema.safeParse(resumed.getSnapshot().context.homeVisit);
      expect(visit.success, `${name}: ${JSON.stringify(visit.error?.issues)}`).toBe(true);
      expect(visit.data?.assessments.map((assessment) => assessment.schemaVersion)).toEqual([OUTCOME_RECORD_VERSION, OUTCOME_RECORD_VERSION]);
    }
  });

  it('hands back a current draft, or anything that is not a draft, exactly as given', () => {
    const actor = createActor(createHomeVisitMachine([homeCheck, conversation]), { input: visitInput }).start();
    const draft = through(actor.getPersistedSnapshot());
    expect(withCurrentRecords(draft)).toBe(draft);
    for (const other of [null, 'text', { context: 'none' }, []]) expect(withCurrentRecords(other)).toBe(other);
  });
});
