import { assertEvent, assign, emit, enqueueActions, sendTo, setup, type DoneActorEvent, type SnapshotFrom } from 'xstate';
import { buildEpisodeRecord, type AssessmentRecord, type AssessmentTimepoint, type GoalPlanRecord, type HomeVisitRecord, type InstrumentDefinition } from '@otforms/core';
import { assessmentActors, assessmentSequence, childAssessmentInput, hostDetailsOf, withHostDetails } from '../assessment/assessment-sequence.js';
import { goalPlanMachine, type GoalPlanMachine } from '../goal-plan/goal-plan-machine.js';
import { createHomeVisitMachine, type HomeVisitMachine } from '../home-visit/home-visit-machine.js';
import { conversationSeeds } from '../home-visit/visit-parts.js';
import { addRow, emptyDraft, removeRow, setField, setRow, toEpisodeInput, type EpisodeDraft } from './episode-draft.js';
import { oncePerContext } from '../errors/once-per-context.js';
import { episodeErrors, goalsNotReviewed, goalsReviewOpen, type EpisodeStep } from './episode-errors.js';
import type { EpisodeContext, EpisodeEmitted, EpisodeEvent, EpisodeInput, GoalPlanProgress } from './episode-types.js';

/** How an episode is made beyond its instruments. */
export interface EpisodeOptions {
  /**
   * The definitions of a home visit after the initial assessment (the home
   * and its risks, the conversation about what matters to the person). Given,
   * the episode invokes the home-visit machine, keeps its record, and offers
   * the conversation's own words to the goal plan as seeds. Absent or empty:
   * no home visit.
   */
  homeVisit?: readonly InstrumentDefinition[];
}

/**
 * Creates the machine of a whole reablement episode: referral → initial
 * assessment → (home visit) → goal setting → intervention → review →
 * closure → follow-up. It invokes the assessment machine once per
 * instrument at the start and again at the end, the home-visit machine when
 * there is one, and one goal-plan machine that lives from goal setting to
 * the end of the review, so its children's progress is part of the
 * episode's persisted snapshot. Its output is the validated episode record.
 */
export function createEpisodeMachine(instruments: readonly InstrumentDefinition[], { homeVisit: visitDefinitions = [] }: EpisodeOptions = {}) {
  if (instruments.length === 0) throw new Error('An episode needs at least one instrument to assess with at the start and at the end');
  const hasHomeVisit = visitDefinitions.length > 0;
  // Only an episode with a home visit has the actor: without one, its actors and states are exactly as before.
  const homeVisitActors = (hasHomeVisit ? { homeVisit: createHomeVisitMachine(visitDefinitions) } : {}) as { homeVisit: HomeVisitMachine };

  const machine = setup({
    types: {
      context: {} as EpisodeContext & { step: EpisodeStep | null; stepStartedAt: string; childChanges: number; revisitBackup: EpisodeDraft | null },
      events: {} as EpisodeEvent,
      input: {} as EpisodeInput,
      output: {} as NonNullable<EpisodeContext['record']>,
      emitted: {} as EpisodeEmitted,
    },
    actors: { ...assessmentActors(instruments), goalPlan: goalPlanMachine, ...homeVisitActors },
    guards: {
      stepIsValid: ({ context }) => context.revisiting === null && context.step !== null && stepErrors(context).length === 0,
      revisitIsValid: ({ context }) => context.revisiting !== null && stepErrors(context).length === 0,
      canRevisit: ({ context, event }) => event.type === 'REVISIT' && context.revisitable.includes(event.task) && context.revisiting === null,
      isRevisiting: ({ context }) => context.revisiting !== null,
      goalsAgreed: ({ context }) => context.goalPlanProgress.agreed,
      goalsReviewed: ({ context }) => context.goalPlanProgress.reviewed,
    },
    actions: {
      setField: assign({ draft: ({ context, event }) => (event.type === 'SET_FIELD' ? setField(context.draft, event.field, event.value) : context.draft) }),
      addRow: assign({ draft: ({ context, event }) => (event.type === 'ADD_ROW' ? addRow(context.draft, event.list) : context.draft) }),
      removeRow: assign({ draft: ({ context, event }) => (event.type === 'REMOVE_ROW' ? removeRow(context.draft, event.list, event.index) : context.draft) }),
      setRow: assign({
        draft: ({ context, event }) => (event.type === 'SET_ROW' ? setRow(context.draft, event.list, event.index, event.field as never, event.value) : context.draft),
      }),
      /** Errors stay hidden until a failed attempt, then follow every change (GOV.UK). */
      refreshErrors: assign({ errors: ({ context }) => (context.showErrors ? stepErrors(context) : context.errors) }),
      showStepErrors: assign({ showErrors: true, errors: ({ context }) => stepErrors(context) }),
      showReviewNeeded: assign({ showErrors: true, errors: [{ ...goalsNotReviewed }] }),
      showOpenReview: assign({ showErrors: true, errors: [{ ...goalsReviewOpen }] }),
      failAttempt: emit((_, params: { attempt: EpisodeEmitted['attempt'] }) => ({ type: 'ATTEMPT_FAILED' as const, attempt: params.attempt })),
      enterStep: assign((_, params: { step: EpisodeStep | null }) => ({ step: params.step, errors: [], showErrors: false })),
      stampStep: assign({ stepStartedAt: ({ context, event }) => ('at' in event && typeof event.at === 'string' ? event.at : context.stepStartedAt) }),
      openTask: assign({ view: 'task' as const }),
      showTasks: assign({ view: 'tasks' as const, errors: [], showErrors: false }),
      markRevisitable: assign({ revisitable: ({ context }, params: { step: 'referral' | 'intervention' }) => [...context.revisitable, params.step] }),
      /** A completed task opened again: what it said is kept, so going back without saving changes nothing. */
      startRevisit: assign(({ context, event }) => ({
        revisiting: event.type === 'REVISIT' ? event.task : null,
        revisitBackup: context.draft,
        view: 'task' as const,
        errors: [],
        showErrors: false,
      })),
      endRevisit: assign({ revisiting: null, revisitBackup: null, view: 'tasks' as const, errors: [], showErrors: false }),
      discardRevisit: assign(({ context }) => ({ draft: context.revisitBackup ?? context.draft })),
      /** A child's output comes as the action's params, typed by the `onDone` that hands it over. */
      keepAssessment: assign(({ context }, { timepoint, record }: { timepoint: AssessmentTimepoint; record: AssessmentRecord }) => ({
        assessments: [...context.assessments, { timepoint, record }],
        stepStartedAt: record.completedAt,
      })),
      /** A child's every change is a change of the episode, so whoever saves the episode on each snapshot saves the child's progress. */
      noteChildProgress: assign({ childChanges: ({ context }) => context.childChanges + 1 }),
      trackGoalPlan: assign((_, { snapshot }: { snapshot: SnapshotFrom<GoalPlanMachine> }) => ({ goalPlanProgress: progressOf(snapshot) })),
      keepGoalPlan: assign((_, { record }: { record: GoalPlanRecord }) => ({ goalPlan: record })),
      keepHomeVisit: assign((_, { record }: { record: HomeVisitRecord }) => ({ homeVisit: record, stepStartedAt: record.completedAt })),
      updateOptions: assign({
        options: ({ context, event }) => {
          if (event.type !== 'UPDATE_OPTIONS') return context.options;
          const options = withHostDetails(context.options, event.options);
          return event.options.vocabulary ? { ...options, vocabulary: event.options.vocabulary } : options;
        },
      }),
      /**
       * The children under way are told too, so what is answered from now on is audited as the new assessor's
       * (a home visit tells its own assessment); the children started after take the details from the episode.
       */
      forwardOptions: enqueueActions(({ context, enqueue, self }) => {
        const running = self.getSnapshot().children;
        const details = hostDetailsOf(context.options);
        if (running.assessment) enqueue.sendTo('assessment', { type: 'UPDATE_OPTIONS', options: details });
        if (running.homeVisit) enqueue.sendTo('homeVisit', { type: 'UPDATE_OPTIONS', options: details });
        if (running.goalPlan) {
          // A goal plan's options are replaced whole: its own as they are, with the person and assessor now (it audits no answers).
          const { startedAt: _kept, ...options } = running.goalPlan.getSnapshot().context.options;
          const { auditHistory: _none, ...who } = details;
          enqueue.sendTo('goalPlan', { type: 'UPDATE_OPTIONS', options: withHostDetails(options, who) });
        }
      }),
      closeGoalPlan: sendTo('goalPlan', ({ event }) => {
        assertEvent(event, 'FINISH_REVIEW');
        return { type: 'CLOSE' as const, completedAt: event.completedAt, recordId: event.recordId };
      }),
      buildRecord: assign({
        record: ({ context, event }) =>
          event.type === 'CLOSE'
            ? buildEpisodeRecord({ ...recordParts(context), recordId: event.recordId, completedAt: event.completedAt })
            : context.record,
      }),
      /** The follow-ups come weeks later: the same record, brought up to date. */
      restampRecord: assign({
        record: ({ context, event }) =>
          event.type === 'FINISH' && context.record
            ? buildEpisodeRecord({ ...recordParts(context), recordId: context.record.recordId, completedAt: event.completedAt })
            : context.record,
      }),
    },
  });

  const childInput = childAssessmentInput;

  /** One state per instrument, in order (the shared pattern); each record is kept with its timepoint, and the last hands over to `after`. */
  const assessmentStates = (timepoint: AssessmentTimepoint, after: string, whenDone: 'showTasks' | 'openTask') =>
    assessmentSequence(instruments.length, after, (record: AssessmentRecord) => ({ timepoint, record }), [whenDone]);

  /** The home visit, when the episode has one: its record is kept, and the task list shown again. */
  const homeVisitState = {
    entry: { type: 'enterStep' as const, params: { step: null } },
    invoke: {
      id: 'homeVisit',
      src: 'homeVisit' as const,
      input: childInput,
      onSnapshot: { actions: 'noteChildProgress' as const },
      onDone: {
        target: 'planning',
        actions: [{ type: 'keepHomeVisit' as const, params: ({ event }: { event: DoneActorEvent<HomeVisitRecord> }) => ({ record: event.output }) }, 'showTasks' as const],
      },
    },
  };

  return machine.createMachine({
    id: 'episode',
    context: ({ input }) => ({
      instruments: instruments.map(({ id, version }) => ({ id, version })),
      ...(hasHomeVisit ? { homeVisitInstruments: visitDefinitions.map(({ id, version }) => ({ id, version })) } : {}),
      draft: emptyDraft(),
      assessments: [],
      goalPlanProgress: { agreed: false, reviewed: false },
      goalPlan: null,
      errors: [],
      showErrors: false,
      view: 'tasks',
      options: input,
      record: null,
      step: null,
      revisitable: [],
      revisiting: null,
      revisitBackup: null,
      stepStartedAt: input.startedAt,
      childChanges: 0,
    }),
    initial: 'referral',
    on: {
      UPDATE_OPTIONS: { actions: ['updateOptions', 'forwardOptions'] },
      OPEN_TASK: { actions: 'openTask' },
      SHOW_TASKS: [{ guard: 'isRevisiting', actions: ['discardRevisit', 'endRevisit'] }, { actions: 'showTasks' }],
      REVISIT: { guard: 'canRevisit', actions: 'startRevisit' },
      SAVE_REVISIT: [{ guard: 'revisitIsValid', actions: 'endRevisit' }, { guard: 'isRevisiting', actions: ['showStepErrors', { type: 'failAttempt', params: { attempt: 'SAVE_REVISIT' } }] }],
      SET_FIELD: { actions: ['setField', 'refreshErrors'] },
      ADD_ROW: { actions: ['addRow', 'refreshErrors'] },
      REMOVE_ROW: { actions: ['removeRow', 'refreshErrors'] },
      SET_ROW: { actions: ['setRow', 'refreshErrors'] },
    },
    states: {
      referral: {
        entry: { type: 'enterStep', params: { step: 'referral' } },
        on: {
          CONTINUE: [
            { guard: 'stepIsValid', target: 'initialAssessment', actions: ['stampStep', { type: 'markRevisitable', params: { step: 'referral' } }, 'showTasks'] },
            { actions: ['showStepErrors', { type: 'failAttempt', params: { attempt: 'CONTINUE' } }] },
          ],
        },
      },
      initialAssessment: {
        entry: { type: 'enterStep', params: { step: null } },
        initial: 'instrument0',
        states: assessmentStates('baseline', hasHomeVisit ? '#episode.homeVisit' : '#episode.planning', 'showTasks') as never,
      },
      // Typed as a state with nothing in it: built apart, like the assessments' states, and absent without a home visit.
      ...((hasHomeVisit ? { homeVisit: homeVisitState } : {}) as { homeVisit: Record<never, never> }),
      planning: {
        invoke: {
          id: 'goalPlan',
          src: 'goalPlan',
          input: ({ context }) => {
            // The person's own words from the conversation, offered to start goals from; the OT chooses which.
            const seeds = context.homeVisit ? conversationSeeds(context.homeVisit, visitDefinitions) : [];
            // A goal plan audits no answers: the full history is the assessments' alone.
            const { auditHistory: _assessmentsOnly, ...details } = childInput({ context });
            return { ...details, ...context.options.goalPlan, ...(seeds.length ? { seeds } : {}) };
          },
          onSnapshot: { actions: { type: 'trackGoalPlan', params: ({ event }) => ({ snapshot: event.snapshot }) } },
          onDone: { target: 'closure', actions: [{ type: 'keepGoalPlan', params: ({ event }) => ({ record: event.output }) }, 'showTasks'] },
        },
        initial: 'goalSetting',
        states: {
          goalSetting: {
            entry: { type: 'enterStep', params: { step: null } },
            always: { guard: 'goalsAgreed', target: 'intervention', actions: 'showTasks' },
          },
          intervention: {
            entry: { type: 'enterStep', params: { step: 'intervention' } },
            initial: 'recording',
            states: {
              recording: {
                on: {
                  CONTINUE: [
                    { guard: 'stepIsValid', target: '#episode.planning.review', actions: ['stampStep', { type: 'markRevisitable', params: { step: 'intervention' } }, 'showTasks'] },
                    { actions: ['showStepErrors', { type: 'failAttempt', params: { attempt: 'CONTINUE' } }] },
                  ],
                  // Progress part way through: the same instruments again, as an interim result.
                  START_INTERIM: { target: 'interimAssessment', actions: ['stampStep', 'openTask'] },
                },
              },
              interimAssessment: {
                initial: 'instrument0',
                states: assessmentStates('interim', '#episode.planning.intervention.recording', 'openTask') as never,
              },
            },
          },
          review: {
            entry: { type: 'enterStep', params: { step: null } },
            initial: 'goals',
            states: {
              goals: {
                on: { CONTINUE: [{ guard: 'goalsReviewed', target: 'finalAssessment', actions: ['stampStep', 'openTask'] }, { actions: ['showReviewNeeded', { type: 'failAttempt', params: { attempt: 'CONTINUE' } }] }] },
              },
              finalAssessment: {
                entry: assign({ errors: [], showErrors: false }),
                initial: 'instrument0',
                states: assessmentStates('discharge', '#episode.planning.review.ready', 'openTask') as never,
              },
              ready: {
                on: {
                  // The goal plan closes only from its agreed page: a review opened since must be saved or cancelled first.
                  FINISH_REVIEW: [{ guard: 'goalsReviewed', actions: 'closeGoalPlan' }, { actions: ['showOpenReview', { type: 'failAttempt', params: { attempt: 'FINISH_REVIEW' } }] }],
                },
              },
            },
          },
        },
      },
      closure: {
        entry: { type: 'enterStep', params: { step: 'closure' } },
        on: { CLOSE: [{ guard: 'stepIsValid', target: 'followUp', actions: ['buildRecord', 'showTasks'] }, { actions: ['showStepErrors', { type: 'failAttempt', params: { attempt: 'CLOSE' } }] }] },
      },
      followUp: {
        entry: { type: 'enterStep', params: { step: 'followUp' } },
        on: { FINISH: [{ guard: 'stepIsValid', target: 'done', actions: 'restampRecord' }, { actions: ['showStepErrors', { type: 'failAttempt', params: { attempt: 'FINISH' } }] }] },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => context.record!,
  });
}

export type EpisodeMachine = ReturnType<typeof createEpisodeMachine>;

type StepContext = Pick<EpisodeContext, 'draft' | 'revisiting' | 'options'> & { step: EpisodeStep | null };

/**
 * The errors of the step whose fields are being written: a completed one
 * opened again, or the one under way. Checked once per context, so an
 * attempt's guard and the action that shows its errors share one result.
 */
const stepErrors = oncePerContext((context: StepContext) => {
  const step = context.revisiting ?? context.step;
  return step ? episodeErrors(context.draft, step, context.options.vocabulary) : [];
});

function progressOf(snapshot: SnapshotFrom<typeof goalPlanMachine>): GoalPlanProgress {
  const { goals, agreedOn } = snapshot.context;
  return {
    agreed: agreedOn !== null,
    reviewed: snapshot.value === 'active' && goals.length > 0 && goals.every((goal) => goal.reviews.length > 0),
  };
}

function recordParts(context: EpisodeContext) {
  return {
    startedAt: context.options.startedAt,
    ...(context.options.subjectReference ? { subjectReference: context.options.subjectReference } : {}),
    ...(context.options.assessor ? { assessor: context.options.assessor } : {}),
    episode: toEpisodeInput(context.draft, context.options.vocabulary),
    assessments: context.assessments,
    goalPlan: context.goalPlan,
    ...(context.homeVisit ? { homeVisit: context.homeVisit } : {}),
  };
}
