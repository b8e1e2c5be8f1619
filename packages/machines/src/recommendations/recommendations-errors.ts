import {
  isRealIsoDate,
  laterStatuses,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_ROUTES,
  RecommendationSchema,
  statusStepProblems,
  type RecommendationStatus,
} from '@otforms/core';
import { formatDate } from '../assessment/assessment-selectors.js';
import { pendingSuggestionsOf, RECOMMENDATION_FIELDS, suggestionKey, toRecommendationInput } from './draft-recommendations.js';
import type { DraftRecommendation, RecommendationError, RecommendationField, RecommendationsContext } from './recommendations-types.js';

/**
 * The key of a recommendation's field in the errors (`recommendations[0].what`);
 * `status` for its status and date.
 */
export const recommendationFieldKey = (index: number, field: RecommendationField | 'status' | 'needs' | 'goals') => `recommendations[${index}].${field}`;

/** The key of a suggestion's accept-or-dismiss question, and of its dismissal reason. */
export const suggestionFieldKey = (suggestion: { instrumentId: string; ruleId: string }) => `suggestions.${suggestionKey(suggestion)}`;

const isOneOf = (list: readonly string[], value: string) => list.includes(value);

/** GOV.UK wording: what to do when a field is blank or not one of the choices. */
const missing: Record<RecommendationField, (name: string) => string> = {
  kind: (name) => `Select the kind of ${name}`,
  what: (name) => `Enter what is recommended in ${name}`,
  reason: (name) => `Enter why ${name} is needed`,
  priority: (name) => `Select the priority of ${name}`,
  route: (name) => `Select how ${name} will be provided`,
};

function fieldIsMissing(draft: DraftRecommendation, field: RecommendationField): boolean {
  switch (field) {
    case 'kind':
      return !isOneOf(RECOMMENDATION_KINDS, draft.kind);
    case 'priority':
      return !isOneOf(RECOMMENDATION_PRIORITIES, draft.priority);
    case 'route':
      return !isOneOf(RECOMMENDATION_ROUTES, draft.route);
    default:
      return draft[field].trim() === '';
  }
}

/** The schema's path for a problem, as the field the OT changes to clear it. */
function fieldOfPath(path: readonly PropertyKey[]): RecommendationField | 'status' | 'needs' | 'goals' {
  const [head, second] = path;
  if (head === 'what' || head === 'kind' || head === 'priority' || head === 'route' || head === 'status') return head;
  if (head === 'reason') return second === 'needs' ? 'needs' : second === 'goals' ? 'goals' : 'reason';
  return 'what';
}

/** The rule id a core rule gives its issue (`params: { rule }`), so a view can say it in its own words. */
function ruleOf(issue: { code: string; params?: unknown }): string | undefined {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return undefined;
  const rule = (issue.params as { rule?: unknown }).rule;
  return typeof rule === 'string' ? rule : undefined;
}

function recommendationErrors(draft: DraftRecommendation, index: number): RecommendationError[] {
  const number = index + 1;
  const name = `recommendation ${number}`;
  const errors = RECOMMENDATION_FIELDS.filter((field) => fieldIsMissing(draft, field)).map(
    (field): RecommendationError => ({
      field: recommendationFieldKey(index, field),
      message: missing[field](name),
      code: 'field-missing',
      values: { number, field },
    }),
  );
  if (errors.length) return errors;
  // What the fields above do not cover (a text too long, a date out of order) the contract says, at its field.
  const parsed = RecommendationSchema.safeParse(toRecommendationInput(draft));
  if (parsed.success) return [];
  const seen = new Set<string>();
  return parsed.error.issues
    .map((issue): RecommendationError => {
      const field = fieldOfPath(issue.path);
      const rule = ruleOf(issue);
      return {
        field: recommendationFieldKey(index, field),
        message: `${issue.message} (${name})`,
        code: 'field-invalid',
        values: { number, field, ...(rule ? { rule } : {}) },
      };
    })
    .filter((error) => !seen.has(error.field) && seen.add(error.field));
}

/**
 * What stops the OT continuing, in the order of the page: each suggestion
 * still to be accepted or dismissed, then each recommendation's fields in
 * the order its fieldset asks for them.
 */
export function recommendationsErrors(context: Pick<RecommendationsContext, 'options' | 'decisions' | 'recommendations'>): RecommendationError[] {
  const pending = pendingSuggestionsOf(context).map(
    (suggestion): RecommendationError => ({
      field: suggestionFieldKey(suggestion),
      message: `Accept or dismiss the suggestion: ${suggestion.what}`,
      code: 'suggestion-undecided',
      values: { suggestion: suggestion.what },
    }),
  );
  return [...pending, ...context.recommendations.flatMap(recommendationErrors)];
}

/**
 * Why a recommendation cannot move on to `status` on `on`, or `null` when it
 * can: the date as typed is read here; whether the step may follow is core's
 * rule (`laterStatuses`, `statusStepProblems`), said in the OT's words.
 */
export function statusProblem(draft: DraftRecommendation, index: number, status: RecommendationStatus, on: string): RecommendationError | null {
  const field = recommendationFieldKey(index, 'status');
  const number = index + 1;
  const name = `recommendation ${number}`;
  const last = draft.status.at(-1);
  if (!laterStatuses(draft).includes(status)) {
    const current = last?.status ?? 'recommended';
    return { field, message: `${capitalise(name)} is already ${current}: choose a later status`, code: 'status-not-later', values: { number, current } };
  }
  const text = on.trim();
  if (text === '') return { field, message: `Enter the date ${name} was ${status}`, code: 'status-date-missing', values: { number, status } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isRealIsoDate(text)) {
    return { field, message: `The date ${name} was ${status} must be a real date, like 2026-11-22`, code: 'status-date-not-real', values: { number, status } };
  }
  if (last && statusStepProblems(last, { status, on: text }).includes('earlier-date')) {
    return {
      field,
      message: `The date ${name} was ${status} must be the same as or after ${formatDate(last.on)}, when it was ${last.status}`,
      code: 'status-date-earlier',
      values: { number, status, after: last.on, afterStatus: last.status },
    };
  }
  return null;
}

/** Why a suggestion cannot be dismissed with `reason`, or `null` when it can. */
export function dismissalProblem(suggestion: { instrumentId: string; ruleId: string; what: string }, reason: string): RecommendationError | null {
  if (reason.trim() !== '') return null;
  return { field: suggestionFieldKey(suggestion), message: `Enter why you are not recommending: ${suggestion.what}`, code: 'dismissal-reason-missing', values: { suggestion: suggestion.what } };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
