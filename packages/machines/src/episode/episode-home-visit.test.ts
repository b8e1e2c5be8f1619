import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OUTCOME_RECORD_VERSION, OutcomeRecordSchema, OutcomeRecordV3Schema, validateOutcomeRecord } from '@otforms/core';
import { availableSeeds } from '../goal-plan/goal-plan-selectors.js';
import { createEpisodeMachine, type EpisodeMachine } from './episode-machine.js';
import { currentTask, episodeTasks, goalPlanChild, homeVisitChild, taskStatuses } from './episode-selectors.js';
import { EpisodeSnapshotSchema, readEpisodeDraft } from './episode-snapshot.js';
import {
  afterClosure,
  afterGoals,
  afterInitial,
  afterReview,
  barthel,
  closureSteps,
  episodeDraftAfter,
  followUpSteps,
  goalSteps,
  input,
  interventionSteps,
  reviewSteps,
  sendSteps as run,
} from './episode-script.test-support.js';
import { asVersion3Draft } from './episode-v3-draft.test-support.js';
import { homeCheck, homeVisitDefinitions, mattersToMe, runHomeVisit, talk, visitChild } from './episode-home-visit.test-support.js';

const machine = createEpisodeMachine([barthel], { homeVisit: homeVisitDefinitions });
const start = () => createActor(machine, { input }).start();
const stored = (actor: Actor<EpisodeMachine>) => JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
const statusesOf = (actor: Actor<EpisodeMachine>) => Object.fromEntries(taskStatuses(actor.getSnapshot()).map(({ task, status }) => [task, status]));

describe('an episode with a home visit', () => {
  it('has a home visit task between the initial assessment and agreeing goals; an episode without one is as before', () => {
    const actor = start();
    expect(episodeTasks(actor.getSnapshot())).toEqual(['referral', 'initial-assessment', 'home-visit', 'goal-setting', 'intervention', 'review', 'closure', 'follow-up']);
    const plain = createActor(createEpisodeMachine([barthel]), { input }).start();
    expect(taskStatuses(plain.getSnapshot()).map(({ task }) => task)).toEqual(['referral', 'initial-assessment', 'goal-setting', 'intervention', 'review', 'closure', 'follow-up']);
    expect(plain.getSnapshot().context).not.toHaveProperty('homeVisitInstruments');
    // An empty list is no home visit.
    const empty = createActor(createEpisodeMachine([barthel], { homeVisit: [] }), { input }).start();
    expect(episodeTasks(empty.getSnapshot())).not.toContain('home-visit');
  });

  it('starts the home visit when the initial assessment is done, with the person’s and assessor’s details, and shows its progress', () => {
    const actor = start();
    run(actor, afterInitial);
    const snapshot = actor.getSnapshot();
    expect([currentTask(snapshot), snapshot.context.view]).toEqual(['home-visit', 'tasks']);
    expect(statusesOf(actor)).toMatchObject({ 'initial-assessment': 'completed', 'home-visit': 'not-started', 'goal-setting': 'cannot-start' });
    expect(homeVisitChild(snapshot)!.getSnapshot().context.options).toEqual({ startedAt: '2026-11-04T11:00:00.000Z', subjectReference: input.subjectReference, assessor: input.assessor });
    actor.send({ type: 'OPEN_TASK' });
    visitChild(actor, 'assessment').send({ type: 'ANSWER', itemId: 'rail', input: 'no' });
    expect(statusesOf(actor)['home-visit']).toBe('in-progress');
    // Saving the episode saves the visit's progress: each change of the child is a change of the episode.
    expect(stored(actor).children.homeVisit.snapshot.children.assessment.snapshot.context.responses.answers).toEqual({ rail: 'no' });
  });

  it('offers the conversation’s words to the goal plan as seeds, and copies none by itself', () => {
    const actor = start();
    run(actor, afterInitial);
    runHomeVisit(actor);
    const snapshot = actor.getSnapshot();
    expect([currentTask(snapshot), snapshot.context.view]).toEqual(['goal-setting', 'tasks']);
    expect(snapshot.context.homeVisit?.kind).toBe('home-visit');
    const plan = goalPlanChild(snapshot)!.getSnapshot();
    expect(plan.context.goals).toEqual([]);
    expect(availableSeeds(plan)).toEqual([
      { id: 'episode-conversation/mattersToMe', text: mattersToMe, instrumentId: 'episode-conversation', itemId: 'mattersToMe', label: 'What matters to me' },
      { id: 'episode-conversation/community', text: 'The Tuesday lunch club', instrumentId: 'episode-conversation', itemId: 'community', label: 'My community' },
    ]);
    expect(plan.context.options.startedAt).toBe('2026-11-04T15:00:00.000Z');
  });

  it('runs a whole episode to a record carrying the home visit and a goal in the person’s words, valid by zod and the JSON Schema', () => {
    const actor = start();
    run(actor, afterInitial);
    runHomeVisit(actor);
    actor.send({ type: 'OPEN_TASK' });
    const plan = goalPlanChild(actor.getSnapshot())!;
    plan.send({ type: 'USE_SEED', seedId: 'episode-conversation/mattersToMe', goalId: 'allotment' });
    plan.send({ type: 'EDIT_GOAL', goalId: 'allotment', field: 'baseline', value: '-2' });
    plan.send({ type: 'EDIT_GOAL', goalId: 'allotment', field: 'levels.expected', value: 'Walks to the allotment with a stick' });
    plan.send({ type: 'EDIT_GOAL', goalId: 'allotment', field: 'dueDate', value: '2026-12-10' });
    run(actor, [...goalSteps, ...interventionSteps]);
    // The review rates every goal: the one from the conversation too.
    run(actor, [reviewSteps[0]!, reviewSteps[1]!, { to: 'goalPlan', event: { type: 'RATE', goalId: 'allotment', level: -1 } }, ...reviewSteps.slice(2), ...closureSteps, ...followUpSteps]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    const record = snapshot.output!;
    expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL(`../../../core/schemas/outcome-record.v${OUTCOME_RECORD_VERSION}.json`, import.meta.url), 'utf8')));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.homeVisit).toMatchObject({ kind: 'home-visit', recordId: '5e0c6a1b-0000-4000-8000-000000000013', visitedOn: '2026-11-04', subject: { reference: input.subjectReference } });
    expect(record.homeVisit!.assessments.map((assessment) => assessment.instrument.id)).toEqual(['episode-home-check', 'episode-conversation']);
    expect(record.homeVisit!.recommendations.map((recommendation) => [recommendation.what.text, recommendation.fromSuggestion])).toEqual([['Grab rail by the front step', 'step-rail']]);
    const [allotment] = record.goalPlan!.goalPlan.goals;
    expect(allotment).toMatchObject({ id: 'allotment', statement: mattersToMe, seededFrom: { instrumentId: 'episode-conversation', itemId: 'mattersToMe' } });
  });
});

describe('the draft of an episode with a home visit', () => {
  it('is accepted in the middle of the visit and resumes there, its child’s progress and all', () => {
    const actor = start();
    run(actor, afterInitial);
    runHomeVisit(actor, { finish: false });
    const draft = stored(actor);
    expect(draft.value).toBe('homeVisit');
    const reading = readEpisodeDraft(draft, [barthel], input.subjectReference, homeVisitDefinitions);
    expect(reading.resumable, JSON.stringify(reading)).toBe(true);
    const resumed = createActor(machine, { snapshot: draft, input }).start();
    expect(homeVisitChild(resumed.getSnapshot())!.getSnapshot().value).toBe('review');
    homeVisitChild(resumed.getSnapshot())!.send({ type: 'FINISH', completedAt: '2026-11-04T15:00:00.000Z', recordId: '5e0c6a1b-0000-4000-8000-000000000013' });
    expect(currentTask(resumed.getSnapshot())).toBe('goal-setting');
    expect(availableSeeds(goalPlanChild(resumed.getSnapshot())!.getSnapshot())).toHaveLength(2);
  });

  it('is refused with other home-visit definitions, or none, like other instruments; an episode without one refuses it too', () => {
    const actor = start();
    run(actor, afterInitial);
    const draft = stored(actor);
    const reason = (definitions?: Parameters<typeof readEpisodeDraft>[3]) => {
      const reading = readEpisodeDraft(draft, [barthel], input.subjectReference, definitions);
      return reading.resumable ? 'resumable' : `${reading.reason}: ${reading.detail}`;
    };
    expect(reason(homeVisitDefinitions)).toBe('resumable');
    expect(reason([talk, homeCheck])).toBe(
      'other-instruments: The draft has a home visit with episode-home-check@1, episode-conversation@1, not a home visit with episode-conversation@1, episode-home-check@1.',
    );
    expect(reason([homeCheck, { ...talk, version: '2' }])).toMatch(/^other-instruments/);
    expect(reason()).toBe('other-instruments: The draft has a home visit with episode-home-check@1, episode-conversation@1, not no home visit.');
  });

  it('is refused by an episode with a home visit when it was saved without one', () => {
    const draft = asVersion3Draft(episodeDraftAfter(afterGoals));
    const refused = readEpisodeDraft(draft, [barthel], input.subjectReference, homeVisitDefinitions);
    expect(refused.resumable ? 'resumable' : refused.reason).toBe('other-instruments');
  });
});

describe('an episode draft saved before version 4 of the outcome record', () => {
  // Past the goal setting (the baseline's record), past the review (and the goal plan's), past the closure (and the episode's own).
  const cases = [
    { name: 'during the intervention', saved: afterGoals, rest: [...interventionSteps, ...reviewSteps, ...closureSteps, ...followUpSteps] },
    { name: 'at the closure', saved: afterReview, rest: [...closureSteps, ...followUpSteps] },
    { name: 'during the follow-up', saved: afterClosure, rest: followUpSteps },
  ];

  it.each(cases)('$name holds version 3 records, which the snapshot schema alone refuses', ({ saved }) => {
    const draft = asVersion3Draft(episodeDraftAfter(saved));
    const records = [...draft.context.assessments.map((entry: { record: unknown }) => entry.record), draft.context.goalPlan, draft.context.record].filter(Boolean);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(OutcomeRecordV3Schema.safeParse(record).success, JSON.stringify(record)).toBe(true);
    expect(EpisodeSnapshotSchema.safeParse(draft).success).toBe(false);
  });

  it.each(cases)('$name is read with its records brought to the current version, resumes, and closes into a valid record', ({ saved, rest }) => {
    const draft = asVersion3Draft(episodeDraftAfter(saved));
    const before = structuredClone(draft);
    const reading = readEpisodeDraft(draft, [barthel], input.subjectReference);
    if (!reading.resumable) throw new Error(`${reading.reason}: ${reading.detail}`);
    expect(draft, 'the stored draft itself is left as it was').toEqual(before);
    const { context } = reading.snapshot;
    expect(context.assessments.map((entry) => [entry.record.schemaVersion, entry.record.attachments])).toEqual(context.assessments.map(() => [OUTCOME_RECORD_VERSION, []]));
    if (context.goalPlan) expect(context.goalPlan.schemaVersion).toBe(OUTCOME_RECORD_VERSION);
    if (context.record) expect(context.record.schemaVersion).toBe(OUTCOME_RECORD_VERSION);
    const resumed = createActor(createEpisodeMachine([barthel]), { snapshot: reading.snapshot as never, input }).start();
    run(resumed, rest);
    const snapshot = resumed.getSnapshot();
    expect(snapshot.status).toBe('done');
    const validation = validateOutcomeRecord(snapshot.output);
    expect(validation.success, JSON.stringify(validation)).toBe(true);
    expect(validation.success && [validation.migratedFrom, validation.record.schemaVersion]).toEqual([null, OUTCOME_RECORD_VERSION]);
    expect(snapshot.output!.assessments.map((entry) => entry.record.recordId)).toEqual(expect.arrayContaining(before.context.assessments.map((entry: { record: { recordId: string } }) => entry.record.recordId)));
  });

  it('is still refused when a record in it is broken, not migrated into shape', () => {
    const draft = asVersion3Draft(episodeDraftAfter(afterReview));
    delete draft.context.goalPlan.gas;
    const reading = readEpisodeDraft(draft, [barthel], input.subjectReference);
    expect(reading.resumable ? 'resumable' : `${reading.reason}: ${reading.detail}`).toMatch(/^malformed: context\.goalPlan\.gas/);
  });
});

describe('the draft of an episode with a home visit, read again', () => {
  it('is malformed when the visit under way is missing, of other definitions, or in an episode without a home visit', () => {
    const actor = start();
    run(actor, afterInitial);
    const draft = stored(actor);
    expect(EpisodeSnapshotSchema.safeParse(draft).success).toBe(true);
    const missing = structuredClone(draft);
    delete missing.children.homeVisit;
    const other = structuredClone(draft);
    other.context.homeVisitInstruments = [{ id: 'episode-home-check', version: '2' }, { id: 'episode-conversation', version: '1' }];
    const none = structuredClone(draft);
    delete none.context.homeVisitInstruments;
    for (const [name, broken, message] of [
      ['missing', missing, 'The home visit under way is missing'],
      ['other', other, 'The home visit under way is not of episode-home-check@2, episode-conversation@1'],
      ['none', none, 'The episode has no home visit to be under way'],
    ] as const) {
      const parsed = EpisodeSnapshotSchema.safeParse(broken);
      expect(parsed.success, name).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message), name).toContain(message);
    }
  });
});
