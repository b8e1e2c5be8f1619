import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OUTCOME_RECORD_VERSION, OutcomeRecordSchema, parseDefinition } from '@otforms/core';
import { lawtonDefinition } from '@otforms/instruments';
import { createEpisodeMachine, type EpisodeMachine } from './episode-machine.js';
import { assessmentChild, currentAssessment, currentTask, goalPlanChild, reviewStage, taskStatuses } from './episode-selectors.js';
import { assessmentSteps, barthel, baselineAnswers, closureSteps, input, interventionSteps, referralSteps, sendSteps as run, wholeEpisode } from './episode-script.test-support.js';

const machine = createEpisodeMachine([barthel]);

const start = () => createActor(machine, { input }).start();
const fieldsOf = (actor: Actor<EpisodeMachine>) => actor.getSnapshot().context.errors.map((error) => error.field);

describe('episode machine', () => {
  it('runs a whole episode to a record valid by zod and by the committed JSON Schema', () => {
    const actor = start();
    run(actor, wholeEpisode);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    const record = snapshot.output!;
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL(`../../../core/schemas/outcome-record.v${OUTCOME_RECORD_VERSION}.json`, import.meta.url), 'utf8')));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.assessments.map((assessment) => [assessment.timepoint, assessment.record.total])).toEqual([['baseline', 12], ['discharge', 17]]);
    expect(record.goalPlan?.goalPlan.goals.map((goal) => [goal.statement, goal.lifecycleStatus, goal.achievementStatus])).toEqual([
      ['I want to have a shower on my own again', 'completed', 'achieved'],
    ]);
    expect(record.episode).toMatchObject({
      request: { date: '2026-11-02', routeOfAccess: 'Discharge from Hospital', dischargePathway: '1' },
      startedOn: '2026-11-04',
      endedOn: '2026-12-10',
      endOutcome: 'NFA: Support ended as planned',
      plannedHoursPerWeek: { atStart: 10.5, atEnd: 0 },
      minorAdaptations: [{ description: 'Grab rail by the shower', cost: 85 }],
      followUp: [{ kind: '84-day', date: '2027-01-26', status: 'at-home' }],
    });
    // The record made at closure is brought up to date with the follow-up: same id, new time.
    expect(record).toMatchObject({ recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40', startedAt: input.startedAt, completedAt: '2027-01-26T12:00:00.000Z' });
  });

  it('changes its own snapshot whenever a child changes, so saving the episode saves the child', () => {
    const actor = start();
    run(actor, referralSteps);
    const seen: unknown[] = [];
    actor.subscribe((snapshot) => seen.push(snapshot.context));
    assessmentChild(actor.getSnapshot())!.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent' });
    expect(seen).toHaveLength(1);
    const saved = actor.getPersistedSnapshot() as unknown as { children: { assessment: { snapshot: { context: { responses: { answers: object } } } } } };
    expect(saved.children.assessment.snapshot.context.responses.answers).toEqual({ bowels: 'continent' });
  });

  it('moves through the tasks in order and returns to the task list after each', () => {
    const actor = start();
    expect(taskStatuses(actor.getSnapshot()).map(({ status }) => status)).toEqual(['not-started', ...Array(6).fill('cannot-start')]);
    run(actor, referralSteps);
    const snapshot = actor.getSnapshot();
    expect([currentTask(snapshot), snapshot.context.view]).toEqual(['initial-assessment', 'tasks']);
    expect(taskStatuses(snapshot).slice(0, 3).map(({ status }) => status)).toEqual(['completed', 'not-started', 'cannot-start']);
    expect(currentAssessment(snapshot)).toEqual({ timepoint: 'baseline', instrumentIndex: 0 });
    // The baseline assessment starts when the referral is done, with the person's and assessor's details.
    expect(snapshot.children.assessment?.getSnapshot().context.options).toEqual({ startedAt: '2026-11-04T10:00:00.000Z', subjectReference: input.subjectReference, assessor: input.assessor });
  });

  it('names what is missing in the referral, in GOV.UK words, and then follows every change', () => {
    const actor = start();
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.errors).toEqual([
      { field: 'request.date', code: 'missing', message: 'Enter the date of the request' },
      { field: 'startedOn', code: 'missing', message: 'Enter the date reablement started' },
    ]);
    actor.send({ type: 'SET_FIELD', field: 'request.date', value: '2026-11-31' });
    actor.send({ type: 'SET_FIELD', field: 'hoursAtStart', value: 'ten' });
    expect(actor.getSnapshot().context.errors).toEqual([
      { field: 'request.date', code: 'invalid', message: 'The date of the request must be a real date, like 2026-11-22' },
      { field: 'startedOn', code: 'missing', message: 'Enter the date reablement started' },
      { field: 'hoursAtStart', code: 'invalid', message: 'Enter the planned care hours a week at the start as a number, like 10 or 10.5' },
    ]);
    actor.send({ type: 'SET_FIELD', field: 'request.date', value: '2026-11-05' });
    actor.send({ type: 'SET_FIELD', field: 'startedOn', value: '2026-11-04' });
    actor.send({ type: 'SET_FIELD', field: 'hoursAtStart', value: '10' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'startedOn', code: 'episode-started-before-request', message: 'The episode must start on or after the request' }]);
    expect(actor.getSnapshot().value).toBe('referral');
  });

  it('refuses a minor adaptation over £1,000 and equipment returned before it was issued', () => {
    const actor = start();
    const upToIntervention = wholeEpisode.slice(0, wholeEpisode.indexOf(interventionSteps[0]!));
    run(actor, upToIntervention);
    expect(currentTask(actor.getSnapshot())).toBe('intervention');
    run(actor, [
      { to: 'episode', event: { type: 'ADD_ROW', list: 'minorAdaptations' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'description', value: 'Ramp' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'cost', value: '£1,250' } },
      { to: 'episode', event: { type: 'ADD_ROW', list: 'equipment' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'equipment', index: 0, field: 'item', value: 'Frame' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'equipment', index: 0, field: 'issuedOn', value: '2026-11-10' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'equipment', index: 0, field: 'returnedOn', value: '2026-11-09' } },
      { to: 'episode', event: { type: 'ADD_ROW', list: 'advice' } },
      { to: 'episode', event: { type: 'CONTINUE' } },
    ]);
    // In the order of the page: equipment, then minor adaptations, then advice.
    expect(actor.getSnapshot().context.errors).toEqual([
      { field: 'equipment[0].returnedOn', code: 'equipment-returned-before-issued', message: 'Equipment must be returned on or after the day it was issued' },
      { field: 'minorAdaptations[0].cost', code: 'minor-adaptation-over-limit', message: 'A minor adaptation costs £1,000 or less; record this one as a major adaptation' },
      { field: 'advice[0].text', code: 'missing', message: 'Enter the advice or signposting given' },
    ]);
    actor.send({ type: 'REMOVE_ROW', list: 'advice', index: 0 });
    actor.send({ type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'cost', value: '1000' });
    expect(fieldsOf(actor)).toEqual(['equipment[0].returnedOn']);
    expect(currentTask(actor.getSnapshot())).toBe('intervention');
  });

  it('shows the £1,000 rule at once, even while another row is still empty', () => {
    const actor = start();
    run(actor, wholeEpisode.slice(0, wholeEpisode.indexOf(interventionSteps[0]!)));
    run(actor, [
      { to: 'episode', event: { type: 'ADD_ROW', list: 'equipment' } },
      { to: 'episode', event: { type: 'ADD_ROW', list: 'minorAdaptations' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'description', value: 'Stair lift' } },
      { to: 'episode', event: { type: 'SET_ROW', list: 'minorAdaptations', index: 0, field: 'cost', value: '1500' } },
      { to: 'episode', event: { type: 'CONTINUE' } },
    ]);
    expect(fieldsOf(actor)).toEqual(['equipment[0].item', 'equipment[0].issuedOn', 'minorAdaptations[0].cost']);
  });

  it('opens a completed task again: saving keeps its changes once they are right, going back discards them', () => {
    const actor = start();
    const reviewAt = wholeEpisode.findIndex((step) => step.to === 'goalPlan' && (step.event as { type: string }).type === 'START_REVIEW');
    run(actor, wholeEpisode.slice(0, reviewAt));
    expect(actor.getSnapshot().context.revisitable).toEqual(['referral', 'intervention']);

    actor.send({ type: 'REVISIT', task: 'intervention' });
    expect(actor.getSnapshot().context).toMatchObject({ revisiting: 'intervention', view: 'task' });
    actor.send({ type: 'SET_ROW', list: 'equipment', index: 0, field: 'returnedOn', value: '2026-11-01' });
    actor.send({ type: 'SAVE_REVISIT' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'equipment[0].returnedOn', code: 'equipment-returned-before-issued', message: 'Equipment must be returned on or after the day it was issued' }]);
    // A step of the episode cannot be left from a task opened again.
    actor.send({ type: 'CONTINUE', at: '2026-12-09T10:00:00.000Z' });
    expect(reviewStage(actor.getSnapshot())).toBe('goals');
    actor.send({ type: 'SET_ROW', list: 'equipment', index: 0, field: 'returnedOn', value: '2026-12-08' });
    actor.send({ type: 'SAVE_REVISIT' });
    expect(actor.getSnapshot().context).toMatchObject({ revisiting: null, view: 'tasks', errors: [] });
    expect(actor.getSnapshot().context.draft.equipment[0]?.returnedOn).toBe('2026-12-08');

    actor.send({ type: 'REVISIT', task: 'referral' });
    actor.send({ type: 'SET_FIELD', field: 'request.date', value: 'last week' });
    actor.send({ type: 'SHOW_TASKS' });
    expect(actor.getSnapshot().context).toMatchObject({ revisiting: null, view: 'tasks' });
    expect(actor.getSnapshot().context.draft.request.date).toBe('2026-11-02');
  });

  it('says of the start date, on the referral page, that it cannot be after the episode ended', () => {
    const actor = start();
    run(actor, wholeEpisode.slice(0, wholeEpisode.length - 1));
    actor.send({ type: 'REVISIT', task: 'referral' });
    actor.send({ type: 'SET_FIELD', field: 'startedOn', value: '2026-12-20' });
    actor.send({ type: 'SAVE_REVISIT' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'startedOn', code: 'episode-started-after-end', message: 'The date reablement started must be on or before the day the episode ended' }]);
    expect(actor.getSnapshot().context.revisiting).toBe('referral');
  });

  it('does not finish the review while a goal review is open', () => {
    const actor = start();
    const finishAt = wholeEpisode.findIndex((step) => step.to === 'episode' && step.event.type === 'FINISH_REVIEW');
    run(actor, wholeEpisode.slice(0, finishAt));
    expect(reviewStage(actor.getSnapshot())).toBe('ready');
    goalPlanChild(actor.getSnapshot())!.send({ type: 'START_REVIEW', date: '2026-12-10' });
    run(actor, [wholeEpisode[finishAt]!]);
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'goals', code: 'goals-review-open', message: 'Save or cancel the review of the goals before finishing' }]);
    expect(reviewStage(actor.getSnapshot())).toBe('ready');
    goalPlanChild(actor.getSnapshot())!.send({ type: 'CANCEL_REVIEW' });
    run(actor, [wholeEpisode[finishAt]!]);
    expect(currentTask(actor.getSnapshot())).toBe('closure');
  });

  it('cannot open a task again before it is completed', () => {
    const actor = start();
    run(actor, referralSteps);
    actor.send({ type: 'REVISIT', task: 'intervention' });
    expect(actor.getSnapshot().context.revisiting).toBeNull();
    actor.send({ type: 'REVISIT', task: 'referral' });
    expect(actor.getSnapshot().context.revisiting).toBe('referral');
  });

  it('brings the record up to date with equipment returned after closing', () => {
    const actor = start();
    run(actor, wholeEpisode.slice(0, wholeEpisode.length - 1));
    expect(currentTask(actor.getSnapshot())).toBe('follow-up');
    actor.send({ type: 'REVISIT', task: 'intervention' });
    actor.send({ type: 'SET_ROW', list: 'equipment', index: 0, field: 'returnedOn', value: '2027-01-20' });
    actor.send({ type: 'SET_ROW', list: 'equipment', index: 0, field: 'recycled', value: 'yes' });
    actor.send({ type: 'SAVE_REVISIT' });
    actor.send({ type: 'FINISH', completedAt: '2027-01-26T12:00:00.000Z' });
    expect(actor.getSnapshot().output?.episode.equipment).toEqual([{ item: 'Shower seat', issuedOn: '2026-11-05', returnedOn: '2027-01-20', recycled: true }]);
  });

  it('takes an interim assessment during the intervention, and comes back to it', () => {
    const actor = start();
    run(actor, wholeEpisode.slice(0, wholeEpisode.indexOf(interventionSteps[0]!)));
    actor.send({ type: 'START_INTERIM', at: '2026-11-20T10:00:00.000Z' });
    expect(currentAssessment(actor.getSnapshot())).toEqual({ timepoint: 'interim', instrumentIndex: 0 });
    expect(actor.getSnapshot().context.view).toBe('task');
    // The episode cannot move on while an assessment is under way.
    actor.send({ type: 'CONTINUE', at: '2026-11-20T10:05:00.000Z' });
    expect(currentTask(actor.getSnapshot())).toBe('intervention');
    run(actor, assessmentSteps(baselineAnswers, '2026-11-20', '1a2b3c4d-0000-4000-8000-000000000009'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ planning: { intervention: 'recording' } })).toBe(true);
    expect(snapshot.context.assessments.map((assessment) => [assessment.timepoint, assessment.record.startedAt])).toEqual([
      ['baseline', '2026-11-04T10:00:00.000Z'],
      ['interim', '2026-11-20T10:00:00.000Z'],
    ]);
    expect(taskStatuses(snapshot)[3]).toEqual({ task: 'intervention', status: 'in-progress' });
  });

  it('needs every goal reviewed before the final assessment, and an end date and outcome to close', () => {
    const actor = start();
    const reviewAt = wholeEpisode.findIndex((step) => step.to === 'goalPlan' && (step.event as { type: string }).type === 'START_REVIEW');
    run(actor, wholeEpisode.slice(0, reviewAt));
    expect(reviewStage(actor.getSnapshot())).toBe('goals');
    actor.send({ type: 'CONTINUE', at: '2026-12-09T10:00:00.000Z' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'goals', code: 'goals-not-reviewed', message: 'Review every goal before the final assessment' }]);

    const closing = createActor(machine, { input }).start();
    run(closing, wholeEpisode.slice(0, wholeEpisode.indexOf(closureSteps[0]!)));
    expect(currentTask(closing.getSnapshot())).toBe('closure');
    closing.send({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' });
    expect(closing.getSnapshot().context.errors).toEqual([
      { field: 'endedOn', code: 'missing', message: 'Enter the date the episode ended' },
      { field: 'endOutcome', code: 'missing', message: 'Select how the episode ended' },
    ]);
    closing.send({ type: 'SET_FIELD', field: 'endedOn', value: '2026-11-01' });
    closing.send({ type: 'SET_FIELD', field: 'endOutcome', value: 'Service ended as planned' });
    expect(fieldsOf(closing)).toEqual(['endOutcome']);
    closing.send({ type: 'SET_FIELD', field: 'endOutcome', value: 'NFA: Support ended as planned' });
    expect(closing.getSnapshot().context.errors).toEqual([{ field: 'endedOn', code: 'episode-ended-before-start', message: 'The episode must end on or after the day it started' }]);
    expect(closing.getSnapshot().context.record).toBeNull();
  });

  it('resumes from a persisted snapshot taken after any step, children and all, to the same record', () => {
    const reference = start();
    run(reference, wholeEpisode);
    const expected = reference.getSnapshot().output;
    // Every tenth step, to keep the test quick; the steps cover every task and both children.
    for (let at = 0; at < wholeEpisode.length; at += 10) {
      const first = start();
      run(first, wholeEpisode.slice(0, at));
      const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as unknown;
      first.stop();
      const resumed = createActor(machine, { input, snapshot: saved as never }).start();
      run(resumed, wholeEpisode.slice(at));
      expect(resumed.getSnapshot().output, `resumed after step ${at}`).toEqual(expected);
    }
  });

  it('assesses with each instrument in turn, at the start and at the end', () => {
    const lawton = parseDefinition(lawtonDefinition);
    const actor = createActor(createEpisodeMachine([barthel, lawton]), { input }).start();
    run(actor, referralSteps);
    const instrumentNow = () => assessmentChild(actor.getSnapshot())?.getSnapshot().context.instrument.id;
    expect([instrumentNow(), currentAssessment(actor.getSnapshot())]).toEqual(['barthel-cw20', { timepoint: 'baseline', instrumentIndex: 0 }]);
    actor.send({ type: 'OPEN_TASK' });
    run(actor, assessmentSteps(baselineAnswers, '2026-11-04', '1a2b3c4d-0000-4000-8000-000000000001'));
    // The next instrument follows straight on, and the task stays open for it.
    expect([instrumentNow(), currentAssessment(actor.getSnapshot()), actor.getSnapshot().context.view]).toEqual(['lawton-iadl-8', { timepoint: 'baseline', instrumentIndex: 1 }, 'task']);
    expect(assessmentChild(actor.getSnapshot())?.getSnapshot().context.options.startedAt).toBe('2026-11-04T11:00:00.000Z');
    expect(() => createEpisodeMachine([])).toThrow(/at least one instrument/);
  });
});
