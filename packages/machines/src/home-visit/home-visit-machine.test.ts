import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import { HomeVisitRecordSchema, OutcomeRecordSchema } from '@otforms/core';
import type { AssessmentMachine } from '../assessment/assessment-machine.js';
import type { RecommendationsMachine } from '../recommendations/recommendations-machine.js';
import { createHomeVisitMachine } from './home-visit-machine.js';
import { homeVisitAssessmentChild, homeVisitInstrumentIndex, homeVisitRecommendationsChild, homeVisitStep } from './home-visit-selectors.js';
import { conversationSeeds } from './visit-parts.js';
import { conversation, homeCheck, photo, visitInput } from './home-visit.test-support.js';

const machine = createHomeVisitMachine([homeCheck, conversation]);
const recordId = '3d6f1c2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f';

type Visit = ReturnType<typeof startVisit>;
const startVisit = (input = visitInput) => createActor(machine, { input }).start();
const assessment = (actor: Visit) => homeVisitAssessmentChild(actor.getSnapshot()) as ActorRefFrom<AssessmentMachine>;
const recommendations = (actor: Visit) => homeVisitRecommendationsChild(actor.getSnapshot()) as ActorRefFrom<RecommendationsMachine>;

async function assessHome(actor: Visit) {
  const child = assessment(actor);
  child.send({ type: 'ANSWER', itemId: 'stepHeight', input: '180' });
  child.send({ type: 'ANSWER', itemId: 'rail', input: 'no' });
  child.send({ type: 'ANSWER', itemId: 'entrancePhotos', input: [await photo('p1', 'entrancePhotos')] });
  child.send({ type: 'CONTINUE' });
  child.send({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'no' });
  child.send({ type: 'CONTINUE' });
  child.send({ type: 'SUBMIT', completedAt: '2026-11-10T10:15:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
}

function talk(actor: Visit) {
  const child = assessment(actor);
  child.send({ type: 'ANSWER', itemId: 'mattersToMe', input: '  Seeing my grandchildren, and my garden  ' });
  child.send({ type: 'ANSWER', itemId: 'goodAt', input: '   ' });
  child.send({ type: 'CONTINUE' });
  child.send({ type: 'SUBMIT', completedAt: '2026-11-10T10:40:00.000Z', recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' });
}

describe('the home-visit machine', () => {
  it('assesses with each definition in order, each starting when the one before ended', async () => {
    const actor = startVisit();
    expect(homeVisitStep(actor.getSnapshot())).toBe('assessment');
    expect(homeVisitInstrumentIndex(actor.getSnapshot())).toBe(0);
    expect(assessment(actor).getSnapshot().context.instrument.id).toBe('home-check');
    expect(assessment(actor).getSnapshot().context.options).toEqual({ startedAt: visitInput.startedAt, subjectReference: visitInput.subjectReference, assessor: visitInput.assessor });
    await assessHome(actor);
    expect(homeVisitInstrumentIndex(actor.getSnapshot())).toBe(1);
    expect(assessment(actor).getSnapshot().context.instrument.id).toBe('conversation');
    expect(assessment(actor).getSnapshot().context.options.startedAt).toBe('2026-11-10T10:15:00.000Z');
    talk(actor);
    expect(homeVisitStep(actor.getSnapshot())).toBe('recommendations');
    expect(homeVisitInstrumentIndex(actor.getSnapshot())).toBeNull();
  });

  it('hands the recommendations the suggestions, the answered needs with their labels, the goals and the day of the visit', async () => {
    const actor = startVisit();
    await assessHome(actor);
    talk(actor);
    const { options } = recommendations(actor).getSnapshot().context;
    expect(options.today).toBe('2026-11-10');
    expect(options.startedAt).toBe('2026-11-10T10:40:00.000Z');
    expect(options.goals).toEqual(visitInput.goals);
    expect(options.suggestions.map((suggestion) => `${suggestion.instrumentId}/${suggestion.ruleId}`)).toEqual(['home-check/step-rail', 'home-check/smoke-alarm']);
    expect(options.suggestions[0]).toMatchObject({ needs: ['stepHeight', 'rail'], priority: 'high', route: 'minor-adaptations-service' });
    expect(options.needs).toEqual([
      { instrumentId: 'home-check', itemId: 'stepHeight', label: 'Height of the front step' },
      { instrumentId: 'home-check', itemId: 'rail', label: 'Is there a rail by the step?' },
      { instrumentId: 'home-check', itemId: 'entrancePhotos', label: 'Photos of the entrance' },
      { instrumentId: 'home-check', itemId: 'smokeAlarm', label: 'Is there a working smoke alarm?' },
      { instrumentId: 'conversation', itemId: 'mattersToMe', label: 'What matters to me' },
    ]);
  });

  it('walks a whole visit to a valid home-visit record carrying the photos, recommendations and decisions', async () => {
    const actor = startVisit({ ...visitInput, visitedOn: '2026-11-09' });
    await assessHome(actor);
    talk(actor);
    const child = recommendations(actor);
    child.send({ type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' });
    child.send({ type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Fitted last week; the battery was out on the day', on: '2026-11-10' });
    child.send({ type: 'CONTINUE' });
    expect(homeVisitStep(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'FINISH', completedAt: '2026-11-10T11:00:00.000Z', recordId });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(homeVisitStep(snapshot)).toBeNull();
    const record = snapshot.output!;
    expect(HomeVisitRecordSchema.safeParse(record).success).toBe(true);
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({ kind: 'home-visit', recordId, visitedOn: '2026-11-09', subject: { reference: 'Patient/ada-example' }, startedAt: visitInput.startedAt });
    expect(record.assessments.map((one) => one.instrument.id)).toEqual(['home-check', 'conversation']);
    expect(record.assessments[0]!.attachments.map((one) => one.id)).toEqual(['p1']);
    expect(record.assessments[0]!.answers.entrancePhotos).toEqual(['p1']);
    expect(record.recommendations).toEqual([
      {
        id: 'recommendation-1',
        kind: 'minor-adaptation',
        what: { text: 'Grab rail by the front step', code: { system: 'https://example.org/council-codes', code: 'MA-RAIL' } },
        reason: { text: 'The front step is high and has no rail to hold.', needs: [{ instrumentId: 'home-check', itemId: 'stepHeight' }, { instrumentId: 'home-check', itemId: 'rail' }], goals: [] },
        priority: 'high',
        route: 'minor-adaptations-service',
        status: [{ status: 'recommended', on: '2026-11-10' }],
        fromSuggestion: 'step-rail',
      },
    ]);
    expect(record.suggestionDecisions).toEqual([
      { ruleId: 'step-rail', instrumentId: 'home-check', decision: 'accepted', reason: 'The front step is high and has no rail to hold.', decidedOn: '2026-11-10', recommendationId: 'recommendation-1' },
      { ruleId: 'smoke-alarm', instrumentId: 'home-check', decision: 'dismissed', reason: 'Fitted last week; the battery was out on the day', decidedOn: '2026-11-10' },
    ]);
    // The conversation's words, exactly as said, are offered as seeds for goals; a blank answer is none.
    expect(conversationSeeds(record, [homeCheck, conversation])).toEqual([
      { id: 'conversation/mattersToMe', text: '  Seeing my grandchildren, and my garden  ', instrumentId: 'conversation', itemId: 'mattersToMe', label: 'What matters to me' },
    ]);
  });

  it('goes back from the review to the recommendations as they were, and on again', async () => {
    const actor = startVisit();
    await assessHome(actor);
    talk(actor);
    recommendations(actor).send({ type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: 'Agreed with Ada', on: '2026-11-10' });
    recommendations(actor).send({ type: 'ACCEPT_SUGGESTION', ruleId: 'smoke-alarm', reason: '', on: '2026-11-10' });
    recommendations(actor).send({ type: 'SET_FIELD', index: 1, field: 'route', value: 'housing-provider' });
    recommendations(actor).send({ type: 'CONTINUE' });
    const before = actor.getSnapshot().context.recommendations;
    actor.send({ type: 'BACK_TO_RECOMMENDATIONS' });
    expect(homeVisitStep(actor.getSnapshot())).toBe('recommendations');
    const again = recommendations(actor).getSnapshot().context;
    expect(again.recommendations.map((one) => one.id)).toEqual(['recommendation-1', 'recommendation-2']);
    expect(again.decisions).toEqual(before!.suggestionDecisions);
    // Taking one away puts its suggestion back to be decided; a new one never reuses an id.
    recommendations(actor).send({ type: 'REMOVE', index: 1 });
    recommendations(actor).send({ type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Landlord fits alarms', on: '2026-11-11' });
    recommendations(actor).send({ type: 'ADD' });
    expect(recommendations(actor).getSnapshot().context.recommendations.at(-1)!.id).toBe('recommendation-3');
    recommendations(actor).send({ type: 'REMOVE', index: 1 });
    recommendations(actor).send({ type: 'CONTINUE' });
    actor.send({ type: 'FINISH', completedAt: '2026-11-11T09:00:00.000Z', recordId });
    const record = actor.getSnapshot().output!;
    expect(record.recommendations.map((one) => one.id)).toEqual(['recommendation-1']);
    expect(record.suggestionDecisions.map((one) => one.decision)).toEqual(['accepted', 'dismissed']);
    expect(record.suggestionDecisions[0]!.reason).toBe('Agreed with Ada');
  });

  it('resumes a persisted visit with its children where they were', async () => {
    const actor = startVisit();
    await assessHome(actor);
    assessment(actor).send({ type: 'ANSWER', itemId: 'mattersToMe', input: 'My cat' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const resumed = createActor(machine, { input: visitInput, snapshot: saved }).start();
    expect(homeVisitInstrumentIndex(resumed.getSnapshot())).toBe(1);
    expect(assessment(resumed).getSnapshot().context.responses.answers).toEqual({ mattersToMe: 'My cat' });
    assessment(resumed).send({ type: 'CONTINUE' });
    assessment(resumed).send({ type: 'SUBMIT', completedAt: '2026-11-10T10:40:00.000Z', recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' });
    recommendations(resumed).send({ type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' });
    const savedAgain = JSON.parse(JSON.stringify(resumed.getPersistedSnapshot()));
    const third = createActor(machine, { input: visitInput, snapshot: savedAgain }).start();
    expect(recommendations(third).getSnapshot().context.recommendations).toHaveLength(1);
    expect(third.getSnapshot().context.assessments[0]!.attachments).toHaveLength(1);
  });

  it('makes a valid record whatever was answered and decided', async () => {
    const answerSets = [
      { stepHeight: '100', rail: 'yes', smokeAlarm: 'yes' },
      { stepHeight: '200', rail: 'no', smokeAlarm: 'yes' },
      { stepHeight: '200', rail: 'no', smokeAlarm: 'no' },
      { stepHeight: '90', rail: 'no', smokeAlarm: 'no' },
    ];
    let records = 0;
    for (const answers of answerSets) {
      for (const choice of ['accept', 'dismiss', 'write one'] as const) {
        const actor = startVisit();
        const child = assessment(actor);
        for (const [itemId, input] of Object.entries(answers)) child.send({ type: 'ANSWER', itemId, input });
        child.send({ type: 'CONTINUE' });
        child.send({ type: 'CONTINUE' });
        child.send({ type: 'SUBMIT', completedAt: '2026-11-10T10:15:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
        talk(actor);
        const recommending = recommendations(actor);
        for (const suggestion of recommending.getSnapshot().context.options.suggestions) {
          const decision = { ruleId: suggestion.ruleId, reason: 'Talked it through with Ada', on: '2026-11-10' };
          recommending.send(choice === 'dismiss' ? { type: 'DISMISS_SUGGESTION', ...decision } : { type: 'ACCEPT_SUGGESTION', ...decision });
          // A suggestion without a route needs one chosen.
          const index = recommending.getSnapshot().context.recommendations.length - 1;
          if (choice !== 'dismiss' && !suggestion.route) recommending.send({ type: 'SET_FIELD', index, field: 'route', value: 'housing-provider' });
        }
        if (choice === 'write one') {
          recommending.send({ type: 'ADD' });
          const index = recommending.getSnapshot().context.recommendations.length - 1;
          for (const [field, value] of [['kind', 'advice-signposting'], ['what', 'Local walking group'], ['reason', 'Wants to get out more'], ['priority', 'routine'], ['route', 'self-purchase-signposting']] as const) {
            recommending.send({ type: 'SET_FIELD', index, field, value });
          }
          recommending.send({ type: 'TOGGLE_NEED', index, instrumentId: 'conversation', itemId: 'mattersToMe' });
          recommending.send({ type: 'TOGGLE_GOAL', index, goalId: 'garden' });
        }
        recommending.send({ type: 'CONTINUE' });
        actor.send({ type: 'FINISH', completedAt: '2026-11-10T11:00:00.000Z', recordId });
        expect(actor.getSnapshot().status, JSON.stringify(answers) + choice).toBe('done');
        const parsed = HomeVisitRecordSchema.safeParse(actor.getSnapshot().output);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        records++;
      }
    }
    expect(records).toBe(12);
  });

  it('needs a definition to assess with', () => {
    expect(() => createHomeVisitMachine([])).toThrow(/at least one definition/);
  });
});
