import { assign, enqueueActions, setup } from 'xstate';
import { buildHomeVisitRecord, type AssessmentRecord, type InstrumentDefinition } from '@otforms/core';
import { assessmentActors, assessmentSequence, hostDetailsOf, withHostDetails } from '../assessment/assessment-sequence.js';
import { recommendationsMachine } from '../recommendations/recommendations-machine.js';
import type { RecommendationsInput, RecommendationsOutput } from '../recommendations/recommendations-types.js';
import type { HomeVisitContext, HomeVisitEvent, HomeVisitInput } from './home-visit-types.js';
import { needsFor, suggestionsFor, visitDay } from './visit-parts.js';

/**
 * Creates the machine of a home visit: one assessment per definition, in
 * order (the home and its risks, and the conversation about what matters to
 * the person), then the recommendations (the definitions' suggestions for
 * the answers given, each to be accepted or dismissed), then a review where
 * `FINISH` makes the record. Its children are invoked by key, so the visit's
 * persisted snapshot holds their progress too. Its output is the validated
 * `HomeVisitRecord`.
 */
export function createHomeVisitMachine(definitions: readonly InstrumentDefinition[]) {
  if (definitions.length === 0) throw new Error('A home visit needs at least one definition to assess with');

  const recommendationsInput = (context: HomeVisitContext): RecommendationsInput => ({
    startedAt: context.stepStartedAt,
    today: visitDay(context.options),
    suggestions: suggestionsFor(context.assessments, definitions),
    needs: needsFor(context.assessments, definitions),
    ...(context.options.goals ? { goals: context.options.goals } : {}),
    ...(context.recommendations ? { previous: context.recommendations } : {}),
  });

  const machine = setup({
    types: {
      context: {} as HomeVisitContext,
      events: {} as HomeVisitEvent,
      input: {} as HomeVisitInput,
      output: {} as NonNullable<HomeVisitContext['record']>,
    },
    actors: { ...assessmentActors(definitions), recommendations: recommendationsMachine },
    actions: {
      /** A child's output comes as the action's params, typed by the `onDone` that hands it over. */
      keepAssessment: assign(({ context }, { record }: { record: AssessmentRecord }) => ({
        assessments: [...context.assessments, record],
        stepStartedAt: record.completedAt,
      })),
      keepRecommendations: assign((_, { output }: { output: RecommendationsOutput }) => ({ recommendations: output })),
      /** A child's every change is a change of the visit, so whoever saves the visit on each snapshot saves the child's progress. */
      noteChildProgress: assign({ childChanges: ({ context }) => context.childChanges + 1 }),
      updateOptions: assign({ options: ({ context, event }) => (event.type === 'UPDATE_OPTIONS' ? withHostDetails(context.options, event.options) : context.options) }),
      /** The assessment under way is told too, so what is answered from now on is audited as the new assessor's; the next ones start with the details. */
      forwardOptions: enqueueActions(({ context, enqueue, self }) => {
        if (self.getSnapshot().children.assessment) enqueue.sendTo('assessment', { type: 'UPDATE_OPTIONS', options: hostDetailsOf(context.options) });
      }),
      buildRecord: assign({
        record: ({ context, event }) => {
          if (event.type !== 'FINISH') return context.record;
          const { startedAt, subjectReference, assessor } = context.options;
          return buildHomeVisitRecord({
            recordId: event.recordId,
            startedAt,
            completedAt: event.completedAt,
            ...(subjectReference ? { subjectReference } : {}),
            ...(assessor ? { assessor } : {}),
            visitedOn: visitDay(context.options),
            assessments: context.assessments,
            recommendations: context.recommendations?.recommendations ?? [],
            suggestionDecisions: context.recommendations?.suggestionDecisions ?? [],
          });
        },
      }),
    },
  });

  /** One state per definition, in order (the shared pattern); the last hands over to the recommendations. */
  const assessmentStates = assessmentSequence(definitions.length, '#homeVisit.recommendations', (record: AssessmentRecord) => ({ record }));

  return machine.createMachine({
    id: 'homeVisit',
    context: ({ input }) => ({
      instruments: definitions.map(({ id, version }) => ({ id, version })),
      assessments: [],
      recommendations: null,
      options: input,
      stepStartedAt: input.startedAt,
      childChanges: 0,
      record: null,
    }),
    initial: 'assessments',
    on: {
      UPDATE_OPTIONS: { actions: ['updateOptions', 'forwardOptions'] },
    },
    states: {
      assessments: {
        initial: 'instrument0',
        states: assessmentStates as never,
      },
      recommendations: {
        invoke: {
          id: 'recommendations',
          src: 'recommendations',
          input: ({ context }) => recommendationsInput(context),
          onSnapshot: { actions: 'noteChildProgress' },
          onDone: { target: 'review', actions: { type: 'keepRecommendations', params: ({ event }) => ({ output: event.output }) } },
        },
      },
      review: {
        on: {
          BACK_TO_RECOMMENDATIONS: { target: 'recommendations' },
          FINISH: { target: 'done', actions: 'buildRecord' },
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => context.record!,
  });
}

export type HomeVisitMachine = ReturnType<typeof createHomeVisitMachine>;
