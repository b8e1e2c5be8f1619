import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { allItems, groupEntries, parseDefinition, type AnswerError, type InstrumentDefinition } from '@otforms/core';
import { personRatedPerformanceDefinition } from '@otforms/instruments';
import { createAssessmentMachine } from '../assessment/assessment-machine.js';
import { answerFieldKey, visibleAnswerErrors } from '../assessment/assessment-selectors.js';
import type { AssessmentContext, AssessmentEvent } from '../assessment/assessment-types.js';
import { definition, events as assessmentEvents, serializeWalkState } from '../assessment/assessment-walk.test-support.js';
import { goalPlanMachine } from '../goal-plan/goal-plan-machine.js';
import { goalFieldKey, visiblePlanErrors } from '../goal-plan/goal-plan-selectors.js';
import { GoalFieldSchema } from '../goal-plan/goal-plan-snapshot.js';
import type { GoalPlanContext, PlanError } from '../goal-plan/goal-plan-types.js';
import { input as goalPlanInput, walkEvents } from '../goal-plan/goal-plan-walk.test-support.js';
import { episodeRowFields, type EpisodeList } from '../episode/episode-draft.js';
import type { EpisodeError } from '../episode/episode-errors.js';
import { createEpisodeMachine, type EpisodeMachine } from '../episode/episode-machine.js';
import { visibleEpisodeErrors } from '../episode/episode-selectors.js';
import type { EpisodeEvent } from '../episode/episode-types.js';
import { barthel, input as episodeInput, sendSteps, wholeEpisode } from '../episode/episode-script.test-support.js';
import { fieldMessage } from './visible-errors.js';
import { heldAnswer } from '../assessment/held-answers.js';

/**
 * The selectors give the answers the elements worked out for themselves
 * before: `before…` below is that code, as it was in the render files and
 * the episode element, and each selector is compared with it at every
 * state the machines' walks reach, for every field.
 */

describe('visibleAnswerErrors answers as the assessment’s pages did', () => {
  /** Was render-pages.ts (summary, questions) and render-group.ts (a group and its entries' questions). */
  const before = {
    summary: (context: AssessmentContext) => context.errors,
    question: (context: AssessmentContext, itemId: string) => context.errors.find((error) => error.itemId === itemId)?.message ?? '',
    group: (context: AssessmentContext, groupId: string) => context.errors.find((error) => error.itemId === groupId && error.entry === undefined)?.message ?? '',
    entry: (context: AssessmentContext, groupId: string, index: number, childId: string) =>
      context.errors.find((error) => error.itemId === groupId && error.entry === index && error.childId === childId)?.message ?? '',
  };

  function compareAlong(instrument: InstrumentDefinition, events: readonly AssessmentEvent[]) {
    const paths = getShortestPaths(createAssessmentMachine(instrument), { events, input: { startedAt: '2026-11-22T09:00:00.000Z' }, serializeState: serializeWalkState });
    let shown = 0;
    for (const { state } of paths) {
      const { context } = state;
      const visible = visibleAnswerErrors(state);
      expect(visible.summary).toEqual(before.summary(context));
      for (const item of allItems(instrument)) {
        if (item.type !== 'group') {
          expect(fieldMessage(visible, answerFieldKey(item.id))).toBe(before.question(context, item.id));
          continue;
        }
        expect(fieldMessage(visible, answerFieldKey(item.id))).toBe(before.group(context, item.id));
        const entries = groupEntries(heldAnswer(context.responses.answers, item.id)).length;
        for (let index = 0; index <= entries; index++) {
          for (const child of item.items) {
            expect(fieldMessage(visible, answerFieldKey(item.id, index, child.id))).toBe(before.entry(context, item.id, index, child.id));
          }
        }
      }
      if (visible.summary.length) shown++;
    }
    return { paths: paths.length, shown };
  }

  it('at every state of the assessment walk', () => {
    const { paths, shown } = compareAlong(definition, assessmentEvents);
    expect(paths).toBeGreaterThan(100);
    expect(shown).toBeGreaterThan(10);
  });

  it('at every state of a walk through a repeating group’s entries', () => {
    const groups = parseDefinition(personRatedPerformanceDefinition);
    const { shown } = compareAlong(groups, [
      { type: 'ADD_ENTRY', itemId: 'activities' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'activity', input: 'Make a hot meal', at: '2026-11-22T09:30:00.000Z' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 0, childId: 'importance', input: '8', at: '2026-11-22T09:30:00.000Z' },
      { type: 'ANSWER_ENTRY', itemId: 'activities', index: 1, childId: 'importance', input: 'eight', at: '2026-11-22T09:30:00.000Z' },
      { type: 'REMOVE_ENTRY', itemId: 'activities', index: 0 },
      { type: 'CONTINUE' },
    ]);
    expect(shown).toBeGreaterThan(0);
  });
});

describe('visiblePlanErrors answers as the goal plan’s pages did', () => {
  /** Was render-drafting-page.ts and render-review-page.ts, with goal-fields.ts's fieldError. */
  const fieldError = (errors: readonly PlanError[], goalId: string, field: string) => errors.find((error) => error.goalId === goalId && error.field === field)?.message ?? '';
  const beforePlan = (context: GoalPlanContext) =>
    context.errors
      .filter((error) => !error.goalId)
      .map((error) => error.message)
      .join('. ');

  it('at every state of the goal-plan walk, drafting and reviewing', () => {
    const paths = getShortestPaths(goalPlanMachine, { events: [{ type: 'AGREE', date: '2026-11-22' }, ...walkEvents], input: goalPlanInput });
    const seen = new Set<string>();
    for (const { state } of paths) {
      const { context } = state;
      const visible = visiblePlanErrors(state);
      expect(visible.summary).toEqual(context.errors);
      expect(visible.plan.join('. ')).toBe(beforePlan(context));
      for (const goal of context.goals) {
        for (const field of [...GoalFieldSchema.options, 'level' as const]) {
          expect(fieldMessage(visible, goalFieldKey(goal.id, field))).toBe(fieldError(context.errors, goal.id, field));
        }
      }
      if (visible.plan.length) seen.add('plan');
      if (visible.byField.size) seen.add(String(state.value));
    }
    expect(seen).toEqual(new Set(['plan', 'drafting', 'reviewing']));
  });
});

describe('visibleEpisodeErrors answers as the episode element did', () => {
  /** Was ot-episode.ts (`pageView`) and episode-fields.ts (`errorOf`). */
  const beforeErrors = (snapshot: SnapshotFrom<EpisodeMachine>) => (snapshot.context.showErrors ? snapshot.context.errors : []);
  const errorOf = (errors: readonly EpisodeError[], field: string) => errors.find((error) => error.field === field)?.message ?? '';
  const at = '2026-12-30T10:00:00.000Z';
  const probes: readonly (readonly EpisodeEvent[])[] = [
    [{ type: 'CONTINUE', at }],
    [{ type: 'CLOSE', completedAt: at, recordId: '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f' }],
    [{ type: 'FINISH', completedAt: at }],
    [{ type: 'FINISH_REVIEW', completedAt: at, recordId: '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e60' }],
    [{ type: 'CONTINUE', at }, { type: 'ADD_ROW', list: 'equipment' }, { type: 'SET_FIELD', field: 'request.date', value: 'soon' }],
    [{ type: 'REVISIT', task: 'referral' }, { type: 'SET_FIELD', field: 'request.date', value: '' }, { type: 'SAVE_REVISIT' }],
    [{ type: 'REVISIT', task: 'intervention' }, { type: 'ADD_ROW', list: 'equipment' }, { type: 'SAVE_REVISIT' }],
    [{ type: 'REVISIT', task: 'intervention' }, { type: 'ADD_ROW', list: 'majorAdaptations' }, { type: 'SAVE_REVISIT' }, { type: 'SHOW_TASKS' }],
  ];

  it('after every step of a whole episode, and every next attempt from there', () => {
    const machine = createEpisodeMachine([barthel]);
    const actor = createActor(machine, { input: episodeInput }).start();
    const fields = new Set<string>(['request.date', 'startedOn', 'endedOn', 'goals']);
    let shown = 0;
    const compare = (snapshot: SnapshotFrom<EpisodeMachine>) => {
      const errors = beforeErrors(snapshot);
      const visible = visibleEpisodeErrors(snapshot);
      expect(visible.summary).toEqual(errors);
      for (const error of snapshot.context.errors) fields.add(error.field);
      for (const list of Object.keys(episodeRowFields) as EpisodeList[]) {
        snapshot.context.draft[list].forEach((_row, index) => episodeRowFields[list].forEach((field: string) => fields.add(`${list}[${index}].${field}`)));
      }
      for (const field of fields) expect(fieldMessage(visible, field)).toBe(errorOf(errors, field));
      if (visible.summary.length) shown++;
    };
    for (const step of wholeEpisode) {
      const saved = actor.getPersistedSnapshot();
      for (const probe of probes) {
        const trial = createActor(machine, { input: episodeInput, snapshot: saved as never }).start();
        for (const event of probe) {
          trial.send(event);
          compare(trial.getSnapshot());
        }
        trial.stop();
      }
      sendSteps(actor, [step]);
      compare(actor.getSnapshot());
    }
    expect(shown).toBeGreaterThan(20);
  });
});

describe('the error summary follows the page', () => {
  it('lists a goal’s problems in the order the goal’s fields are asked', () => {
    const actor = createActor(goalPlanMachine, { input: goalPlanInput }).start();
    actor.send({ type: 'SET_WEIGHTING', weighting: 'importance-x-difficulty' });
    actor.send({ type: 'ADD_GOAL', goalId: 'a' });
    actor.send({ type: 'EDIT_GOAL', goalId: 'a', field: 'domain', value: '12 not a domain' });
    actor.send({ type: 'EDIT_GOAL', goalId: 'a', field: 'smart.byWhen', value: 'next week' });
    actor.send({ type: 'AGREE', date: '2026-11-22' });
    // The fieldset asks: statement, domain, baseline, the levels, due date, the weights, then the SMART breakdown.
    expect(visiblePlanErrors(actor.getSnapshot()).summary.map((error) => error.field)).toEqual([
      'statement',
      'domain',
      'baseline',
      'levels.expected',
      'dueDate',
      'importance',
      'difficulty',
      'smart.byWhen',
    ]);
  });

  it('shows nothing until an attempt, then the page’s errors live', () => {
    const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
    expect(visibleAnswerErrors(actor.getSnapshot())).toEqual({ summary: [], byField: new Map() });
    actor.send({ type: 'CONTINUE' });
    const failed: AnswerError[] = [{ itemId: 'choice', message: 'Select an answer for choice', problem: { kind: 'missing', answer: 'choice' } }];
    expect(visibleAnswerErrors(actor.getSnapshot())).toEqual({ summary: failed, byField: new Map([['choice', 'Select an answer for choice']]) });
    actor.send({ type: 'ANSWER', itemId: 'choice', input: 'low' });
    expect(visibleAnswerErrors(actor.getSnapshot()).summary).toEqual([]);
  });
});
