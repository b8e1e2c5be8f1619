import { and, assign, emit, setup } from 'xstate';
import { GoalPlanRecordSchema, GoalPlanSchema, OTFORMS_VERSION, OUTCOME_RECORD_VERSION, summariseGoalPlan, type GoalPlan, type GoalPlanRecord } from '@otforms/core';
import { oncePerContext } from '../errors/once-per-context.js';
import { achievementOf, editGoal, freeGoalId, moveGoal, newGoal, planErrors, reviewErrors, seededGoal } from './draft-goals.js';
import type { DraftGoal, GoalPlanContext, GoalPlanEmitted, GoalPlanEvent, GoalPlanInput } from './goal-plan-types.js';

// Checked once per context: an attempt's guard and the action that shows its errors share one result.
const agreeErrors = oncePerContext((context: GoalPlanContext) => planErrors(context));
const savingErrors = oncePerContext((context: GoalPlanContext) => reviewErrors(context));

/**
 * Reablement goal setting with goal attainment scaling:
 * drafting (add, edit, remove, reorder goals) → active once agreed →
 * reviewing (attainment per goal) → active again → closed, whose output is
 * the validated goal-plan record. Goal statuses follow FHIR R4: proposed
 * while drafted, active once agreed, completed when the plan closes.
 */
export const goalPlanMachine = setup({
  types: {
    context: {} as GoalPlanContext,
    events: {} as GoalPlanEvent,
    input: {} as GoalPlanInput,
    output: {} as GoalPlanRecord,
    emitted: {} as GoalPlanEmitted,
  },
  guards: {
    canAddGoal: ({ context }) => context.goals.length < (context.options.maxGoals ?? 6),
    planIsAgreeable: ({ context }) => agreeErrors(context).length === 0,
    reviewIsComplete: ({ context }) => savingErrors(context).length === 0,
    isKnownGoal: ({ context, event }) => 'goalId' in event && context.goals.some((goal) => goal.id === event.goalId),
    isNewGoal: ({ context, event }) => 'goalId' in event && !context.goals.some((goal) => goal.id === event.goalId),
    /** A seed the host offered, not started as a goal yet, under a goal id not taken. */
    isFreshSeed: ({ context, event }) =>
      event.type === 'USE_SEED' &&
      (context.options.seeds ?? []).some((seed) => seed.id === event.seedId) &&
      !(context.usedSeeds ?? []).includes(event.seedId) &&
      (event.goalId === undefined || !context.goals.some((goal) => goal.id === event.goalId)),
    isLevel: ({ event }) => event.type === 'RATE' && Number.isInteger(event.level) && event.level >= -2 && event.level <= 2,
  },
  actions: {
    addGoal: assign({ goals: ({ context, event }) => (event.type === 'ADD_GOAL' ? [...context.goals, newGoal(event.goalId)] : context.goals) }),
    useSeed: assign(({ context, event }) => {
      const seed = event.type === 'USE_SEED' ? context.options.seeds?.find((one) => one.id === event.seedId) : undefined;
      if (event.type !== 'USE_SEED' || !seed) return {};
      return {
        goals: [...context.goals, seededGoal(event.goalId ?? freeGoalId(context.goals), seed)],
        usedSeeds: [...(context.usedSeeds ?? []), seed.id],
      };
    }),
    editGoal: assign({
      goals: ({ context, event }) =>
        event.type === 'EDIT_GOAL' ? context.goals.map((goal) => (goal.id === event.goalId ? editGoal(goal, event.field, event.value) : goal)) : context.goals,
    }),
    removeGoal: assign({ goals: ({ context, event }) => (event.type === 'REMOVE_GOAL' ? context.goals.filter((goal) => goal.id !== event.goalId) : context.goals) }),
    moveGoal: assign({ goals: ({ context, event }) => (event.type === 'MOVE_GOAL' ? moveGoal(context.goals, event.goalId, event.to) : context.goals) }),
    updateOptions: assign({
      options: ({ context, event }) =>
        event.type === 'UPDATE_OPTIONS' ? { ...event.options, startedAt: context.options.startedAt } : context.options,
    }),
    setWeighting: assign({ weighting: ({ context, event }) => (event.type === 'SET_WEIGHTING' ? event.weighting : context.weighting) }),
    /** Errors stay hidden until a failed attempt, then follow every change (GOV.UK). */
    refreshPlanErrors: assign({ errors: ({ context }) => (context.showErrors ? agreeErrors(context) : []) }),
    showPlanErrors: assign({ showErrors: true, errors: ({ context }) => agreeErrors(context) }),
    failAttempt: emit((_, params: { attempt: GoalPlanEmitted['attempt'] }) => ({ type: 'ATTEMPT_FAILED' as const, attempt: params.attempt })),
    agree: assign({
      agreedOn: ({ context, event }) => (event.type === 'AGREE' ? event.date : context.agreedOn),
      goals: ({ context }) => context.goals.map((goal) => ({ ...goal, lifecycleStatus: 'active' as const, achievementStatus: 'in-progress' as const })),
      errors: [],
      showErrors: false,
    }),
    startReview: assign({ review: ({ event }) => (event.type === 'START_REVIEW' ? { date: event.date, levels: {} } : null), errors: [], showErrors: false }),
    rate: assign({
      review: ({ context, event }) =>
        event.type === 'RATE' && context.review ? { ...context.review, levels: { ...context.review.levels, [event.goalId]: event.level } } : context.review,
    }),
    refreshReviewErrors: assign({ errors: ({ context }) => (context.showErrors ? savingErrors(context) : []) }),
    showReviewErrors: assign({ showErrors: true, errors: ({ context }) => savingErrors(context) }),
    saveReview: assign({
      goals: ({ context }) => {
        const review = context.review;
        if (!review) return context.goals;
        return context.goals.map((goal) => {
          const level = review.levels[goal.id];
          if (level === undefined) return goal;
          const reviews = [...goal.reviews.filter((earlier) => earlier.date !== review.date), { date: review.date, level }];
          return { ...goal, reviews, achievementStatus: achievementOf(level, goal.baseline ?? -2) };
        });
      },
      review: null,
      errors: [],
      showErrors: false,
    }),
    cancelReview: assign({ review: null, errors: [], showErrors: false }),
    close: assign({
      goals: ({ context }) =>
        context.goals.map((goal) => {
          const latest = goal.reviews.at(-1)?.level;
          return { ...goal, lifecycleStatus: 'completed' as const, achievementStatus: latest !== undefined && latest >= 0 ? ('achieved' as const) : ('not-achieved' as const) };
        }),
    }),
    buildRecord: assign({
      record: ({ context, event }) => (event.type === 'CLOSE' ? buildGoalPlanRecord(context, event.completedAt, event.recordId) : context.record),
    }),
  },
}).createMachine({
  id: 'goalPlan',
  context: ({ input }) => ({
    goals: [],
    weighting: input.weighting ?? 'unweighted',
    agreedOn: null,
    errors: [],
    showErrors: false,
    review: null,
    options: input,
    record: null,
    usedSeeds: [],
  }),
  initial: 'drafting',
  on: {
    UPDATE_OPTIONS: { actions: 'updateOptions' },
  },
  states: {
    drafting: {
      on: {
        ADD_GOAL: { guard: and(['canAddGoal', 'isNewGoal']), actions: ['addGoal', 'refreshPlanErrors'] },
        // Only the OT's choice copies the person's words into a goal: nothing is seeded on its own.
        USE_SEED: { guard: and(['canAddGoal', 'isFreshSeed']), actions: ['useSeed', 'refreshPlanErrors'] },
        EDIT_GOAL: { guard: 'isKnownGoal', actions: ['editGoal', 'refreshPlanErrors'] },
        REMOVE_GOAL: { guard: 'isKnownGoal', actions: ['removeGoal', 'refreshPlanErrors'] },
        MOVE_GOAL: { guard: 'isKnownGoal', actions: 'moveGoal' },
        SET_WEIGHTING: { actions: ['setWeighting', 'refreshPlanErrors'] },
        AGREE: [{ guard: 'planIsAgreeable', target: 'active', actions: 'agree' }, { actions: ['showPlanErrors', { type: 'failAttempt', params: { attempt: 'AGREE' } }] }],
      },
    },
    active: {
      on: {
        START_REVIEW: { target: 'reviewing', actions: 'startReview' },
        CLOSE: { target: 'closed', actions: ['close', 'buildRecord'] },
      },
    },
    reviewing: {
      on: {
        RATE: { guard: 'isLevel', actions: ['rate', 'refreshReviewErrors'] },
        SAVE_REVIEW: [{ guard: 'reviewIsComplete', target: 'active', actions: 'saveReview' }, { actions: ['showReviewErrors', { type: 'failAttempt', params: { attempt: 'SAVE_REVIEW' } }] }],
        CANCEL_REVIEW: { target: 'active', actions: 'cancelReview' },
      },
    },
    closed: { type: 'final' },
  },
  output: ({ context }) => context.record!,
});

export type GoalPlanMachine = typeof goalPlanMachine;

/** The agreed goals as the core GoalPlan, validated, for the record and the GAS maths. */
export function toGoalPlan(context: Pick<GoalPlanContext, 'goals' | 'weighting' | 'agreedOn' | 'options'>): GoalPlan {
  return GoalPlanSchema.parse({
    weighting: context.weighting,
    rho: context.options.rho ?? 0.3,
    ...(context.agreedOn ? { agreedOn: context.agreedOn } : {}),
    goals: context.goals.map(toGoal),
  });
}

function toGoal(goal: DraftGoal) {
  const present = <T extends Record<string, string>>(fields: T) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
  const smart = present(goal.smart);
  return {
    id: goal.id,
    statement: goal.statement,
    ...(Object.keys(smart).length ? { smart } : {}),
    ...(goal.domain ? { domain: goal.domain } : {}),
    baseline: goal.baseline ?? -2,
    levels: present(goal.levels),
    ...(goal.importance !== null ? { importance: goal.importance } : {}),
    ...(goal.difficulty !== null ? { difficulty: goal.difficulty } : {}),
    dueDate: goal.dueDate,
    reviews: goal.reviews,
    lifecycleStatus: goal.lifecycleStatus,
    ...(goal.achievementStatus ? { achievementStatus: goal.achievementStatus } : {}),
    ...(goal.seededFrom ? { seededFrom: goal.seededFrom } : {}),
  };
}

function buildGoalPlanRecord(context: GoalPlanContext, completedAt: string, recordId: string): GoalPlanRecord {
  const goalPlan = toGoalPlan(context);
  const { subjectReference, assessor, startedAt } = context.options;
  return GoalPlanRecordSchema.parse({
    schemaVersion: OUTCOME_RECORD_VERSION,
    kind: 'goal-plan',
    recordId,
    ...(subjectReference ? { subject: { reference: subjectReference } } : {}),
    ...(assessor && (assessor.reference || assessor.role) ? { assessor } : {}),
    startedAt,
    completedAt,
    goalPlan,
    gas: summariseGoalPlan(goalPlan),
    provenance: { generator: 'otforms', version: OTFORMS_VERSION },
  });
}
