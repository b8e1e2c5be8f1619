import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { validateOutcomeRecord } from '@otforms/core';
import { createEpisodeMachine, type EpisodeMachine } from './episode-machine.js';
import { assessmentChild, goalPlanChild, homeVisitChild } from './episode-selectors.js';
import { readEpisodeDraft } from './episode-snapshot.js';
import type { EpisodeInput } from './episode-types.js';
import { homeVisitDefinitions, visitChild } from './episode-home-visit.test-support.js';
import {
  afterClosure,
  afterGoals,
  afterInitial,
  afterIntervention,
  baselineAnswers,
  barthel,
  followUpSteps,
  goalSteps,
  input,
  openTask,
  referralSteps,
  sendSteps,
} from './episode-script.test-support.js';

/**
 * An episode carried on by a second OT: the host resumes the first OT's
 * draft and says who is assessing now (UPDATE_OPTIONS). The episode keeps
 * the new details, tells the children under way, and starts the later ones
 * with them, so the audit of answers names each OT for what they did.
 */

const first = { reference: 'Practitioner/ot-1', role: 'Occupational therapist' };
const second = { reference: 'Practitioner/ot-2', role: 'Occupational therapist' };
const start: EpisodeInput = { ...input, assessor: first };
const subjectReference = start.subjectReference!;
const plain = createEpisodeMachine([barthel]);
const withVisit = createEpisodeMachine([barthel], { homeVisit: homeVisitDefinitions });

/** An episode as a page reloads it: the stored draft read back and resumed (the host's details not yet sent). */
function resume(actor: Actor<EpisodeMachine>, machine = plain, given: EpisodeInput = start): Actor<EpisodeMachine> {
  const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  actor.stop();
  const reading = readEpisodeDraft(stored, [barthel], given.subjectReference, machine === withVisit ? homeVisitDefinitions : []);
  if (!reading.resumable) throw new Error(reading.detail);
  return createActor(machine, { snapshot: reading.snapshot as never, input: given }).start();
}

/** The first OT's episode, part way through the initial Barthel: two answers given on 4 November. */
function firstOtsEpisode(given: EpisodeInput = start): Actor<EpisodeMachine> {
  const actor = createActor(plain, { input: given }).start();
  sendSteps(actor, [...referralSteps, openTask]);
  const barthelChild = assessmentChild(actor.getSnapshot())!;
  barthelChild.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent', at: '2026-11-04T10:02:00.000Z' });
  barthelChild.send({ type: 'ANSWER', itemId: 'bladder', input: 'continent', at: '2026-11-04T10:03:00.000Z' });
  return actor;
}

/** Whoever carries on finishes the Barthel on 6 November: a changed answer, then the rest, then the record. */
function carryOn(actor: Actor<EpisodeMachine>) {
  const barthelChild = assessmentChild(actor.getSnapshot())!;
  barthelChild.send({ type: 'ANSWER', itemId: 'bladder', input: 'occasional-accident', at: '2026-11-06T14:30:00.000Z' });
  for (const [itemId, answer] of Object.entries(baselineAnswers)) {
    if (itemId !== 'bowels' && itemId !== 'bladder') barthelChild.send({ type: 'ANSWER', itemId, input: answer, at: '2026-11-06T14:35:00.000Z' });
  }
  for (const _section of barthel.sections) barthelChild.send({ type: 'CONTINUE' });
  barthelChild.send({ type: 'SUBMIT', completedAt: '2026-11-06T15:00:00.000Z', recordId: '1a2b3c4d-0000-4000-8000-000000000001' });
  const kept = actor.getSnapshot().context.assessments.at(-1)!.record;
  expect(validateOutcomeRecord(kept)).toMatchObject({ success: true });
  return kept;
}

/** The rest of the home visit, by whoever is assessing now: the conversation, the suggested rail accepted, finished. */
function finishVisit(actor: Actor<EpisodeMachine>) {
  const home = visitChild(actor, 'assessment');
  home.send({ type: 'CONTINUE' });
  home.send({ type: 'SUBMIT', completedAt: '2026-11-06T13:10:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000011' });
  const talk = visitChild(actor, 'assessment');
  talk.send({ type: 'ANSWER', itemId: 'mattersToMe', input: 'My allotment', at: '2026-11-06T13:20:00.000Z' });
  talk.send({ type: 'CONTINUE' });
  talk.send({ type: 'SUBMIT', completedAt: '2026-11-06T13:30:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000012' });
  const recommendations = visitChild(actor, 'recommendations');
  recommendations.send({ type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', instrumentId: 'episode-home-check', reason: 'Agreed with the person', on: '2026-11-06' });
  recommendations.send({ type: 'CONTINUE' });
  homeVisitChild(actor.getSnapshot())!.send({ type: 'FINISH', completedAt: '2026-11-06T14:00:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000013' });
}

describe('an episode resumed by another assessor', () => {
  it('audits the nested assessment’s answers as the second OT’s from the update on, and the first OT’s before it', () => {
    const actor = resume(firstOtsEpisode());
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor: second } });
    const record = carryOn(actor);
    expect(record.answerAudit!.bowels).toEqual({ firstBy: first.reference, firstAt: '2026-11-04T10:02:00.000Z', lastBy: first.reference, lastAt: '2026-11-04T10:02:00.000Z' });
    expect(record.answerAudit!.bladder).toEqual({ firstBy: first.reference, firstAt: '2026-11-04T10:03:00.000Z', lastBy: second.reference, lastAt: '2026-11-06T14:30:00.000Z' });
    expect(record.answerAudit!.stairs).toMatchObject({ firstBy: second.reference, lastBy: second.reference });
    expect(record.assessor).toEqual(second);
  });

  it('without the update, the draft’s assessor is still the one audited (what the element’s resumed hook is for)', () => {
    const record = carryOn(resume(firstOtsEpisode()));
    expect(record.answerAudit!.bladder!.lastBy).toBe(first.reference);
  });

  it('starts the later children with the new details: the goal plan, the interim and final assessments, and names them in its record', () => {
    const actor = resume(firstOtsEpisode());
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor: second } });
    carryOn(actor);
    expect(goalPlanChild(actor.getSnapshot())!.getSnapshot().context.options).toEqual({ startedAt: '2026-11-06T15:00:00.000Z', subjectReference, assessor: second });
    sendSteps(actor, afterClosure.slice(afterInitial.length));
    sendSteps(actor, followUpSteps);
    const record = actor.getSnapshot().output!;
    expect(validateOutcomeRecord(record)).toMatchObject({ success: true });
    expect([record.assessor, record.goalPlan!.assessor, ...record.assessments.map((one) => one.record.assessor)]).toEqual([second, second, second, second]);
  });

  it('tells the goal plan and an interim assessment under way, keeping the goal plan’s own settings', () => {
    const actor = createActor(plain, { input: { ...start, goalPlan: { maxGoals: 3 } } }).start();
    sendSteps(actor, [...afterIntervention.slice(0, afterGoals.length), openTask]);
    actor.send({ type: 'START_INTERIM', at: '2026-11-20T09:00:00.000Z' });
    const resumed = resume(actor, plain, { ...start, goalPlan: { maxGoals: 3 } });
    resumed.send({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor: second } });
    const snapshot = resumed.getSnapshot();
    expect(goalPlanChild(snapshot)!.getSnapshot().context.options).toEqual({ startedAt: '2026-11-04T11:00:00.000Z', subjectReference, assessor: second, maxGoals: 3 });
    expect(assessmentChild(snapshot)!.getSnapshot().context.options).toEqual({ startedAt: '2026-11-20T09:00:00.000Z', subjectReference, assessor: second });
    expect(snapshot.context.options).toEqual({ startedAt: start.startedAt, subjectReference, assessor: second, goalPlan: { maxGoals: 3 } });
  });

  it('is taken where no child is under way (the referral), and the update is saved with the draft', () => {
    const actor = createActor(plain, { input: start }).start();
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor: second } });
    const resumed = resume(actor);
    sendSteps(resumed, [...referralSteps, openTask]);
    expect(assessmentChild(resumed.getSnapshot())!.getSnapshot().context.options.assessor).toEqual(second);
  });

  it('tells the home visit under way, which tells its assessment', () => {
    const actor = createActor(withVisit, { input: start }).start();
    sendSteps(actor, [...afterInitial, openTask]);
    visitChild(actor, 'assessment').send({ type: 'ANSWER', itemId: 'rail', input: 'yes', at: '2026-11-04T13:00:00.000Z' });
    const resumed = resume(actor, withVisit);
    resumed.send({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor: second } });
    expect(homeVisitChild(resumed.getSnapshot())!.getSnapshot().context.options.assessor).toEqual(second);
    visitChild(resumed, 'assessment').send({ type: 'ANSWER', itemId: 'rail', input: 'no', at: '2026-11-06T13:00:00.000Z' });
    finishVisit(resumed);
    const visit = resumed.getSnapshot().context.homeVisit!;
    expect(visit.assessments[0]!.answerAudit!.rail).toEqual({ firstBy: first.reference, firstAt: '2026-11-04T13:00:00.000Z', lastBy: second.reference, lastAt: '2026-11-06T13:00:00.000Z' });
    expect(visit.assessments[1]!.answerAudit!.mattersToMe).toMatchObject({ firstBy: second.reference });
    expect(visit.assessor).toEqual(second);
  });
});

describe('an episode with the full history of answers', () => {
  it('passes auditHistory to its assessments and its home visit, not to the goal plan, and keeps it when an update leaves it out', () => {
    const given = { ...start, auditHistory: true };
    const actor = resume(firstOtsEpisode(given), plain, given);
    actor.send({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor: second } });
    expect(assessmentChild(actor.getSnapshot())!.getSnapshot().context.options.auditHistory).toBe(true);
    const record = carryOn(actor);
    expect(record.answerAudit!.bladder!.changes).toEqual([
      { by: first.reference, at: '2026-11-04T10:03:00.000Z', value: 'continent' },
      { by: second.reference, at: '2026-11-06T14:30:00.000Z', value: 'occasional-accident' },
    ]);
    expect(goalPlanChild(actor.getSnapshot())!.getSnapshot().context.options).not.toHaveProperty('auditHistory');
    sendSteps(actor, goalSteps);
    expect(actor.getSnapshot().context.options.auditHistory).toBe(true);

    const visiting = createActor(withVisit, { input: given }).start();
    sendSteps(visiting, afterInitial);
    expect(homeVisitChild(visiting.getSnapshot())!.getSnapshot().context.options.auditHistory).toBe(true);
  });

  it('is off unless asked for: no changes in the record', () => {
    const record = carryOn(resume(firstOtsEpisode()));
    expect(Object.values(record.answerAudit!).some((entry) => 'changes' in entry)).toBe(false);
  });
});
