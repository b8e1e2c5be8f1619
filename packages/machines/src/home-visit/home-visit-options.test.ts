import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import { OutcomeRecordSchema, validateOutcomeRecord } from '@otforms/core';
import type { AssessmentMachine } from '../assessment/assessment-machine.js';
import type { RecommendationsMachine } from '../recommendations/recommendations-machine.js';
import { createHomeVisitMachine } from './home-visit-machine.js';
import { homeVisitAssessmentChild, homeVisitRecommendationsChild } from './home-visit-selectors.js';
import { readHomeVisitDraft } from './home-visit-snapshot.js';
import type { HomeVisitInput } from './home-visit-types.js';
import { conversation, homeCheck, visitInput } from './home-visit.test-support.js';

/**
 * A home visit carried on by a second OT: the host resumes the first OT's
 * draft and says who is assessing now (UPDATE_OPTIONS), and the audit of
 * answers names each for what they did.
 */

const definitions = [homeCheck, conversation];
const machine = createHomeVisitMachine(definitions);
const first = { reference: 'Practitioner/ot-1', role: 'Occupational therapist' };
const second = { reference: 'Practitioner/ot-2', role: 'Occupational therapist' };
const start: HomeVisitInput = { ...visitInput, assessor: first };

type Visit = ReturnType<typeof resume>;
const assessment = (actor: Visit) => homeVisitAssessmentChild(actor.getSnapshot()) as ActorRefFrom<AssessmentMachine>;
const recommendations = (actor: Visit) => homeVisitRecommendationsChild(actor.getSnapshot()) as ActorRefFrom<RecommendationsMachine>;

/** The visit as a page reloads it: the stored draft read back, resumed, and the host's details sent now. */
function resume(stored: unknown, input: HomeVisitInput = start) {
  const reading = readHomeVisitDraft(JSON.parse(JSON.stringify(stored)), definitions, input.subjectReference);
  if (!reading.resumable) throw new Error(reading.detail);
  return createActor(machine, { snapshot: reading.snapshot as never, input }).start();
}

/** The first OT answers two questions of the home check (a low step, so no suggestion waits for a decision), then leaves the draft. */
function firstOtsDraft(input: HomeVisitInput = start): unknown {
  const actor = createActor(machine, { input }).start();
  assessment(actor).send({ type: 'ANSWER', itemId: 'stepHeight', input: '120', at: '2026-11-10T09:35:00.000Z' });
  assessment(actor).send({ type: 'ANSWER', itemId: 'rail', input: 'no', at: '2026-11-10T09:36:00.000Z' });
  const draft = actor.getPersistedSnapshot();
  actor.stop();
  return draft;
}

/** Whoever is assessing now finishes the visit: the home check's last answer, the conversation, the recommendations. */
function finish(actor: Visit) {
  const home = assessment(actor);
  home.send({ type: 'CONTINUE' });
  home.send({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes', at: '2026-11-12T14:05:00.000Z' });
  home.send({ type: 'CONTINUE' });
  home.send({ type: 'SUBMIT', completedAt: '2026-11-12T14:10:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
  const talk = assessment(actor);
  talk.send({ type: 'ANSWER', itemId: 'mattersToMe', input: 'My garden', at: '2026-11-12T14:20:00.000Z' });
  talk.send({ type: 'CONTINUE' });
  talk.send({ type: 'SUBMIT', completedAt: '2026-11-12T14:25:00.000Z', recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' });
  recommendations(actor).send({ type: 'CONTINUE' });
  actor.send({ type: 'FINISH', completedAt: '2026-11-12T14:40:00.000Z', recordId: '3d6f1c2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f' });
  const record = actor.getSnapshot().output!;
  expect(validateOutcomeRecord(record)).toMatchObject({ success: true });
  return record;
}

describe('a home visit resumed by another assessor', () => {
  it('audits what the second OT answers and changes as theirs, and what the first gave as the first’s', () => {
    const actor = resume(firstOtsDraft());
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference!, assessor: second } });
    assessment(actor).send({ type: 'ANSWER', itemId: 'rail', input: 'yes', at: '2026-11-12T14:00:00.000Z' });
    const record = finish(actor);
    const [home, talk] = record.assessments;
    expect(home!.answerAudit).toEqual({
      stepHeight: { firstBy: first.reference, firstAt: '2026-11-10T09:35:00.000Z', lastBy: first.reference, lastAt: '2026-11-10T09:35:00.000Z' },
      rail: { firstBy: first.reference, firstAt: '2026-11-10T09:36:00.000Z', lastBy: second.reference, lastAt: '2026-11-12T14:00:00.000Z' },
      smokeAlarm: { firstBy: second.reference, firstAt: '2026-11-12T14:05:00.000Z', lastBy: second.reference, lastAt: '2026-11-12T14:05:00.000Z' },
    });
    // The conversation started after the change: it is the second OT's from the start, and so are the records.
    expect(talk!.answerAudit).toEqual({ mattersToMe: { firstBy: second.reference, firstAt: '2026-11-12T14:20:00.000Z', lastBy: second.reference, lastAt: '2026-11-12T14:20:00.000Z' } });
    expect([record.assessor, home!.assessor, talk!.assessor]).toEqual([second, second, second]);
  });

  it('without the update, the draft’s assessor is still the one audited (what the element’s resumed hook is for)', () => {
    const actor = resume(firstOtsDraft());
    assessment(actor).send({ type: 'ANSWER', itemId: 'rail', input: 'yes', at: '2026-11-12T14:00:00.000Z' });
    expect(finish(actor).assessments[0]!.answerAudit!.rail!.lastBy).toBe(first.reference);
  });

  it('keeps the visit day, the goals and when it started; an assessor left out is none, and the update is saved with the draft', () => {
    const actor = resume(firstOtsDraft({ ...start, visitedOn: '2026-11-09' }));
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference! } });
    expect(actor.getSnapshot().context.options).toEqual({ startedAt: start.startedAt, visitedOn: '2026-11-09', subjectReference: start.subjectReference, goals: start.goals });
    expect(assessment(actor).getSnapshot().context.options).toEqual({ startedAt: start.startedAt, subjectReference: start.subjectReference });
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference!, assessor: second } });
    const again = resume(actor.getPersistedSnapshot());
    expect(assessment(again).getSnapshot().context.options.assessor).toEqual(second);
    assessment(again).send({ type: 'ANSWER', itemId: 'stepHeight', input: '130', at: '2026-11-12T14:01:00.000Z' });
    expect(finish(again).assessments[0]!.answerAudit!.stepHeight).toMatchObject({ firstBy: first.reference, lastBy: second.reference });
  });

  it('is told in the recommendations and the review too, where no assessment is under way, and the record names the new assessor', () => {
    const actor = createActor(machine, { input: start }).start();
    const home = assessment(actor);
    for (const [itemId, input] of [['stepHeight', '100'], ['rail', 'yes']] as const) home.send({ type: 'ANSWER', itemId, input });
    home.send({ type: 'CONTINUE' });
    home.send({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'yes' });
    home.send({ type: 'CONTINUE' });
    home.send({ type: 'SUBMIT', completedAt: '2026-11-10T10:00:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
    assessment(actor).send({ type: 'ANSWER', itemId: 'mattersToMe', input: 'My garden' });
    assessment(actor).send({ type: 'CONTINUE' });
    assessment(actor).send({ type: 'SUBMIT', completedAt: '2026-11-10T10:20:00.000Z', recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' });
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference!, assessor: second } });
    recommendations(actor).send({ type: 'CONTINUE' });
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference!, assessor: { role: 'Occupational therapist' } } });
    actor.send({ type: 'FINISH', completedAt: '2026-11-10T10:40:00.000Z', recordId: '3d6f1c2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f' });
    expect(actor.getSnapshot().output!.assessor).toEqual({ role: 'Occupational therapist' });
  });
});

describe('a home visit with the full history of answers', () => {
  it('passes auditHistory to each assessment, keeps it when an update leaves it out, and the records carry every change', () => {
    const input = { ...start, auditHistory: true };
    const actor = resume(firstOtsDraft(input), input);
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference!, assessor: second } });
    expect(actor.getSnapshot().context.options.auditHistory).toBe(true);
    assessment(actor).send({ type: 'ANSWER', itemId: 'rail', input: 'yes', at: '2026-11-12T14:00:00.000Z' });
    const record = finish(actor);
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
    expect(record.assessments[0]!.answerAudit!.rail!.changes).toEqual([
      { by: first.reference, at: '2026-11-10T09:36:00.000Z', value: 'no' },
      { by: second.reference, at: '2026-11-12T14:00:00.000Z', value: 'yes' },
    ]);
    expect(record.assessments[1]!.answerAudit!.mattersToMe!.changes).toEqual([{ by: second.reference, at: '2026-11-12T14:20:00.000Z', value: 'My garden' }]);
  });

  it('is off unless asked for: no changes in the records', () => {
    const record = finish(resume(firstOtsDraft()));
    expect(record.assessments.flatMap((one) => Object.values(one.answerAudit ?? {})).some((entry) => 'changes' in entry)).toBe(false);
  });

  it('can be turned off by an update that names it', () => {
    const input = { ...start, auditHistory: true };
    const actor = resume(firstOtsDraft(input), input);
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference: start.subjectReference!, assessor: second, auditHistory: false } });
    expect(assessment(actor).getSnapshot().context.options.auditHistory).toBe(false);
  });
});
