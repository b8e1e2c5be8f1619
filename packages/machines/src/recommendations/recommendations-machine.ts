import { and, assign, emit, setup } from 'xstate';
import { isRealIsoDate, RecommendationSchema, SuggestionDecisionSchema, type SuggestionDecision } from '@otforms/core';
import { oncePerContext } from '../errors/once-per-context.js';
import { decisionReason, withoutReason, withReason } from './decision-reasons.js';
import {
  blankRecommendation,
  decisionAbout,
  draftOf,
  keepNextStatusDate,
  markStatus,
  nextRecommendationId,
  pendingSuggestion,
  recommendationFromSuggestion,
  setField,
  statusDateOf,
  toggleGoal,
  toggleNeed,
  toRecommendationInput,
} from './draft-recommendations.js';
import { dismissalProblem, recommendationsErrors, statusProblem } from './recommendations-errors.js';
import type {
  DraftRecommendation,
  RecommendationsContext,
  RecommendationsEmitted,
  RecommendationsEvent,
  RecommendationsInput,
  RecommendationsOutput,
} from './recommendations-types.js';

// Checked once per context: Continue's guard and the action that shows its errors share one result.
const continueErrors = oncePerContext((context: RecommendationsContext) => recommendationsErrors(context));

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealIsoDate(text);

/**
 * Recommendations after a home visit: the OT accepts or dismisses, with a
 * reason, each suggestion the definitions' rules made from the answers
 * (the reason is kept as it is typed, so the draft holds it),
 * writes recommendations of their own, and moves each one on through its
 * statuses (recommended → agreed → ordered → completed → reviewed) with
 * dates. Continue checks every recommendation and that every suggestion was
 * decided; the output is the validated recommendations and decisions.
 */
export const recommendationsMachine = setup({
  types: {
    context: {} as RecommendationsContext,
    events: {} as RecommendationsEvent,
    input: {} as RecommendationsInput,
    output: {} as RecommendationsOutput,
    emitted: {} as RecommendationsEmitted,
  },
  guards: {
    isKnownIndex: ({ context, event }) => 'index' in event && Number.isInteger(event.index) && event.index >= 0 && event.index < context.recommendations.length,
    /** A need the home visit assessed, or one already named (which can always be taken off). */
    isOfferedNeed: ({ context, event }) =>
      event.type === 'TOGGLE_NEED' &&
      (context.options.needs.some((need) => need.instrumentId === event.instrumentId && need.itemId === event.itemId) ||
        context.recommendations[event.index]?.needs.some((need) => need.instrumentId === event.instrumentId && need.itemId === event.itemId) === true),
    isOfferedGoal: ({ context, event }) =>
      event.type === 'TOGGLE_GOAL' && ((context.options.goals ?? []).some((goal) => goal.id === event.goalId) || context.recommendations[event.index]?.goals.includes(event.goalId) === true),
    /** The date of a decision is the host's clock: one that is not a real date is a bug there, and nothing is recorded. */
    isPendingSuggestion: ({ context, event }) => event.type === 'SET_DECISION_REASON' && pendingSuggestion(context, event) !== undefined,
    canDecide: ({ context, event }) =>
      (event.type === 'ACCEPT_SUGGESTION' || event.type === 'DISMISS_SUGGESTION') && isDate(event.on) && pendingSuggestion(context, event) !== undefined,
    dismissalHasReason: ({ context, event }) => {
      if (event.type !== 'DISMISS_SUGGESTION') return false;
      const suggestion = pendingSuggestion(context, event);
      return suggestion !== undefined && dismissalProblem(suggestion, decisionReason(context.decisionReasons, suggestion, event.reason)) === null;
    },
    isDismissed: ({ context, event }) => event.type === 'RECONSIDER_SUGGESTION' && decisionAbout(context.decisions, event)?.decision === 'dismissed',
    statusCanFollow: ({ context, event }) => {
      if (event.type !== 'SET_STATUS') return false;
      const draft = context.recommendations[event.index];
      return draft !== undefined && statusProblem(draft, event.index, event.status, statusDateOf(draft, event.on, context.options.today)) === null;
    },
    everythingIsValid: ({ context }) => continueErrors(context).length === 0,
  },
  actions: {
    add: assign(({ context }) => {
      const { id, nextNumber } = nextRecommendationId(context);
      return { recommendations: [...context.recommendations, blankRecommendation(id, context.options.today)], nextNumber };
    }),
    /** A recommendation accepted from a suggestion goes with its decision: the suggestion is to be decided again. */
    remove: assign(({ context, event }) => {
      if (event.type !== 'REMOVE') return {};
      const removed = context.recommendations[event.index];
      return {
        recommendations: context.recommendations.filter((_, index) => index !== event.index),
        decisions: context.decisions.filter((decision) => decision.recommendationId === undefined || decision.recommendationId !== removed?.id),
      };
    }),
    change: assign({
      recommendations: ({ context, event }) => {
        const update = (change: (draft: DraftRecommendation) => DraftRecommendation) =>
          'index' in event ? context.recommendations.map((draft, index) => (index === event.index ? change(draft) : draft)) : context.recommendations;
        switch (event.type) {
          case 'SET_FIELD':
            return update((draft) => setField(draft, event.field, event.value));
          case 'TOGGLE_NEED':
            return update((draft) => toggleNeed(draft, event.instrumentId, event.itemId));
          case 'TOGGLE_GOAL':
            return update((draft) => toggleGoal(draft, event.goalId));
          case 'SET_NEXT_STATUS_DATE':
            return update((draft) => keepNextStatusDate(draft, event.on));
          case 'SET_STATUS':
            return update((draft) => markStatus(draft, event.status, statusDateOf(draft, event.on, context.options.today)));
          default:
            return context.recommendations;
        }
      },
    }),
    keepReason: assign({
      decisionReasons: ({ context, event }) => {
        if (event.type !== 'SET_DECISION_REASON') return context.decisionReasons;
        return withReason(context.decisionReasons, pendingSuggestion(context, event)!, event.reason);
      },
    }),
    accept: assign(({ context, event }) => {
      if (event.type !== 'ACCEPT_SUGGESTION') return {};
      const suggestion = pendingSuggestion(context, event)!;
      const { id, nextNumber } = nextRecommendationId(context);
      const reason = decisionReason(context.decisionReasons, suggestion, event.reason);
      const decision: SuggestionDecision = {
        ruleId: suggestion.ruleId,
        instrumentId: suggestion.instrumentId,
        decision: 'accepted',
        // Accepting agrees with the rule's reason unless the OT gives their own.
        reason: reason.trim() === '' ? suggestion.reason : reason,
        decidedOn: event.on,
        recommendationId: id,
      };
      return {
        recommendations: [...context.recommendations, recommendationFromSuggestion(id, suggestion, event.on)],
        decisions: [...context.decisions, decision],
        decisionReasons: withoutReason(context.decisionReasons, suggestion),
        nextNumber,
      };
    }),
    dismiss: assign(({ context, event }) => {
      if (event.type !== 'DISMISS_SUGGESTION') return {};
      const suggestion = pendingSuggestion(context, event)!;
      const reason = decisionReason(context.decisionReasons, suggestion, event.reason);
      return {
        decisions: [...context.decisions, { ruleId: suggestion.ruleId, instrumentId: suggestion.instrumentId, decision: 'dismissed' as const, reason, decidedOn: event.on }],
        decisionReasons: withoutReason(context.decisionReasons, suggestion),
      };
    }),
    reconsider: assign({
      decisions: ({ context, event }) => {
        if (event.type !== 'RECONSIDER_SUGGESTION') return context.decisions;
        const decision = decisionAbout(context.decisions, event);
        return context.decisions.filter((one) => one !== decision);
      },
    }),
    /** Errors stay hidden until a failed Continue, then follow every change (GOV.UK). */
    refreshErrors: assign({ errors: ({ context }) => (context.showErrors ? continueErrors(context) : []) }),
    /** Continue's errors, already found by its guard (the context is the same, so they are not checked again). */
    showErrors: assign({ showErrors: true, errors: ({ context }) => continueErrors(context), actionError: null }),
    clearActionError: assign({ actionError: null }),
    refuseStatus: assign({
      actionError: ({ context, event }) => {
        if (event.type !== 'SET_STATUS') return context.actionError;
        const draft = context.recommendations[event.index];
        return draft ? statusProblem(draft, event.index, event.status, statusDateOf(draft, event.on, context.options.today)) : context.actionError;
      },
    }),
    refuseDismissal: assign({
      actionError: ({ context, event }) => {
        if (event.type !== 'DISMISS_SUGGESTION') return context.actionError;
        const suggestion = pendingSuggestion(context, event);
        return suggestion ? dismissalProblem(suggestion, decisionReason(context.decisionReasons, suggestion, event.reason)) : context.actionError;
      },
    }),
    failAttempt: emit((_, params: { attempt: RecommendationsEmitted['attempt'] }) => ({ type: 'ATTEMPT_FAILED' as const, attempt: params.attempt })),
    finish: assign({
      output: ({ context }) => ({
        recommendations: context.recommendations.map((draft) => RecommendationSchema.parse(toRecommendationInput(draft))),
        suggestionDecisions: context.decisions.map((decision) => SuggestionDecisionSchema.parse(decision)),
      }),
      errors: [],
      showErrors: false,
      actionError: null,
    }),
  },
}).createMachine({
  id: 'recommendations',
  context: ({ input }) => {
    const previous = input.previous;
    const recommendations = previous ? previous.recommendations.map((recommendation) => draftOf(recommendation, previous.suggestionDecisions)) : [];
    return {
      recommendations,
      decisions: previous ? [...previous.suggestionDecisions] : [],
      decisionReasons: {},
      nextNumber: recommendations.length + 1,
      errors: [],
      showErrors: false,
      actionError: null,
      options: input,
      output: null,
    };
  },
  initial: 'editing',
  states: {
    editing: {
      on: {
        ADD: { actions: ['clearActionError', 'add', 'refreshErrors'] },
        REMOVE: { guard: 'isKnownIndex', actions: ['clearActionError', 'remove', 'refreshErrors'] },
        SET_FIELD: { guard: 'isKnownIndex', actions: ['change', 'refreshErrors'] },
        TOGGLE_NEED: { guard: and(['isKnownIndex', 'isOfferedNeed']), actions: ['change', 'refreshErrors'] },
        TOGGLE_GOAL: { guard: and(['isKnownIndex', 'isOfferedGoal']), actions: ['change', 'refreshErrors'] },
        SET_NEXT_STATUS_DATE: { guard: 'isKnownIndex', actions: 'change' },
        SET_STATUS: [
          { guard: 'statusCanFollow', actions: ['clearActionError', 'change', 'refreshErrors'] },
          { guard: 'isKnownIndex', actions: ['refuseStatus', { type: 'failAttempt', params: { attempt: 'SET_STATUS' } }] },
        ],
        SET_DECISION_REASON: { guard: 'isPendingSuggestion', actions: 'keepReason' },
        ACCEPT_SUGGESTION: { guard: 'canDecide', actions: ['clearActionError', 'accept', 'refreshErrors'] },
        DISMISS_SUGGESTION: [
          { guard: and(['canDecide', 'dismissalHasReason']), actions: ['clearActionError', 'dismiss', 'refreshErrors'] },
          { guard: 'canDecide', actions: ['refuseDismissal', { type: 'failAttempt', params: { attempt: 'DISMISS_SUGGESTION' } }] },
        ],
        RECONSIDER_SUGGESTION: { guard: 'isDismissed', actions: ['clearActionError', 'reconsider', 'refreshErrors'] },
        CONTINUE: [
          { guard: 'everythingIsValid', target: 'done', actions: 'finish' },
          { actions: ['showErrors', { type: 'failAttempt', params: { attempt: 'CONTINUE' } }] },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => context.output!,
});

export type RecommendationsMachine = typeof recommendationsMachine;
