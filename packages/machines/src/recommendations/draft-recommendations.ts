import type { RecommendationStatus, Suggestion, SuggestionDecision } from '@otforms/core';
import type { DraftRecommendation, RecommendationField, RecommendationsContext, RecommendationsOutput, SuggestionRef } from './recommendations-types.js';

/** Pure changes to the recommendations being written, and which suggestions are still to be decided. */

/** The fields of a recommendation in the order its fieldset asks for them (the error summary's order). */
export const RECOMMENDATION_FIELDS: readonly RecommendationField[] = ['kind', 'what', 'reason', 'priority', 'route'];

/** The key of a suggestion: rule ids are unique within a definition, not across them. */
export const suggestionKey = (suggestion: { instrumentId: string; ruleId: string }) => `${suggestion.instrumentId}/${suggestion.ruleId}`;

const matches = (ref: SuggestionRef) => (suggestion: { ruleId: string; instrumentId: string }) =>
  suggestion.ruleId === ref.ruleId && (ref.instrumentId === undefined || suggestion.instrumentId === ref.instrumentId);

export function isDecided(decisions: readonly SuggestionDecision[], suggestion: Suggestion): boolean {
  return decisions.some((decision) => decision.ruleId === suggestion.ruleId && decision.instrumentId === suggestion.instrumentId);
}

/** The suggestions not yet accepted or dismissed, in the order they were made. */
export function pendingSuggestionsOf(context: Pick<RecommendationsContext, 'options' | 'decisions'>): Suggestion[] {
  return context.options.suggestions.filter((suggestion) => !isDecided(context.decisions, suggestion));
}

/** The pending suggestion `ref` names, if any. */
export function pendingSuggestion(context: Pick<RecommendationsContext, 'options' | 'decisions'>, ref: SuggestionRef): Suggestion | undefined {
  return pendingSuggestionsOf(context).find(matches(ref));
}

/** The decision about the suggestion `ref` names, if one was made. */
export function decisionAbout(decisions: readonly SuggestionDecision[], ref: SuggestionRef): SuggestionDecision | undefined {
  return decisions.find(matches(ref));
}

/** The next free id: `recommendation-1`, `recommendation-2`…; one removed is never given again. */
export function nextRecommendationId(context: Pick<RecommendationsContext, 'recommendations' | 'nextNumber'>): { id: string; nextNumber: number } {
  let number = context.nextNumber;
  const used = new Set(context.recommendations.map((recommendation) => recommendation.id));
  while (used.has(`recommendation-${number}`)) number++;
  return { id: `recommendation-${number}`, nextNumber: number + 1 };
}

export function blankRecommendation(id: string, on: string): DraftRecommendation {
  return {
    id,
    kind: '',
    what: '',
    code: null,
    reason: '',
    priority: '',
    route: '',
    needs: [],
    goals: [],
    status: [{ status: 'recommended', on }],
    fromSuggestion: null,
    fromInstrument: null,
  };
}

/** A recommendation written from a suggestion: everything the rule says, recommended on `on`. */
export function recommendationFromSuggestion(id: string, suggestion: Suggestion, on: string): DraftRecommendation {
  return {
    ...blankRecommendation(id, on),
    kind: suggestion.kind,
    what: suggestion.what,
    code: suggestion.code ? { ...suggestion.code } : null,
    reason: suggestion.reason,
    priority: suggestion.priority,
    route: suggestion.route ?? '',
    needs: suggestion.needs.map((itemId) => ({ instrumentId: suggestion.instrumentId, itemId })),
    fromSuggestion: suggestion.ruleId,
    fromInstrument: suggestion.instrumentId,
  };
}

/** The date a next status is marked with: as the event gives it, else as typed and kept, else today. */
export function statusDateOf(draft: DraftRecommendation, on: string | undefined, today: string): string {
  return on ?? draft.nextStatusOn ?? today;
}

/** The date typed for the next status, exactly as typed (an emptied field too, so it is not filled in again), kept until a status is marked. */
export function keepNextStatusDate(draft: DraftRecommendation, on: string): DraftRecommendation {
  return { ...draft, nextStatusOn: on };
}

/** The next status marked on `on`; the date typed for it has been used. */
export function markStatus(draft: DraftRecommendation, status: RecommendationStatus, on: string): DraftRecommendation {
  const { nextStatusOn: _used, ...rest } = draft;
  return { ...rest, status: [...draft.status, { status, on: on.trim() }] };
}

export function setField(draft: DraftRecommendation, field: RecommendationField, value: string): DraftRecommendation {
  return { ...draft, [field]: value };
}

export function toggleNeed(draft: DraftRecommendation, instrumentId: string, itemId: string): DraftRecommendation {
  const has = draft.needs.some((need) => need.instrumentId === instrumentId && need.itemId === itemId);
  return {
    ...draft,
    needs: has ? draft.needs.filter((need) => !(need.instrumentId === instrumentId && need.itemId === itemId)) : [...draft.needs, { instrumentId, itemId }],
  };
}

export function toggleGoal(draft: DraftRecommendation, goalId: string): DraftRecommendation {
  return { ...draft, goals: draft.goals.includes(goalId) ? draft.goals.filter((id) => id !== goalId) : [...draft.goals, goalId] };
}

/** A recommendation as a draft again, to carry on with what was decided before. */
export function draftOf(recommendation: RecommendationsOutput['recommendations'][number], decisions: readonly SuggestionDecision[]): DraftRecommendation {
  const decision = decisions.find((one) => one.recommendationId === recommendation.id);
  return {
    id: recommendation.id,
    kind: recommendation.kind,
    what: recommendation.what.text,
    code: recommendation.what.code ?? null,
    reason: recommendation.reason.text,
    priority: recommendation.priority,
    route: recommendation.route,
    needs: recommendation.reason.needs.map(({ instrumentId, itemId }) => ({ instrumentId, itemId })),
    goals: [...recommendation.reason.goals],
    status: recommendation.status.map(({ status, on }) => ({ status, on })),
    fromSuggestion: recommendation.fromSuggestion ?? null,
    fromInstrument: recommendation.fromSuggestion ? (decision?.instrumentId ?? null) : null,
  };
}

/** The draft as core's recommendation, before the schema checks it. */
export function toRecommendationInput(draft: DraftRecommendation) {
  return {
    id: draft.id,
    kind: draft.kind,
    what: { text: draft.what, ...(draft.code ? { code: draft.code } : {}) },
    reason: { text: draft.reason, needs: draft.needs, goals: draft.goals },
    priority: draft.priority,
    route: draft.route,
    status: draft.status,
    ...(draft.fromSuggestion ? { fromSuggestion: draft.fromSuggestion } : {}),
  };
}
