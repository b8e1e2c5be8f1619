import type { Recommendation, RecommendationStatus, Suggestion, SuggestionDecision } from '@otforms/core';

/** An assessed need a recommendation can name as its reason: an answered item, with its label to show. */
export interface RecommendationNeed {
  instrumentId: string;
  itemId: string;
  label: string;
}

/** What a host (or the home-visit machine) supplies when recommending starts. */
export interface RecommendationsInput {
  /** ISO date-time; the host passes the clock so the machine stays deterministic. */
  startedAt: string;
  /** ISO date: the day a recommendation added by hand is recommended on. */
  today: string;
  /** What the definitions' suggestion rules suggest for the answers given; each must be accepted or dismissed. */
  suggestions: Suggestion[];
  /** The answered items a recommendation can give as its reason. */
  needs: RecommendationNeed[];
  /** The person's goals a recommendation can serve. */
  goals?: { id: string; statement: string }[];
  /** What was decided before, to carry on with (the home visit's review sends the OT back here). */
  previous?: RecommendationsOutput;
}

/** The fields of a recommendation typed or chosen on its fieldset. */
export type RecommendationField = 'kind' | 'what' | 'reason' | 'priority' | 'route';

/**
 * A recommendation while it is being written: the typed fields are kept as
 * typed (empty strings while blank), so a half-filled page is never lost.
 */
export interface DraftRecommendation {
  id: string;
  kind: string;
  what: string;
  /** A council or national code for `what`, kept from the suggestion it came from. */
  code: { system: string; code: string; display?: string } | null;
  reason: string;
  priority: string;
  route: string;
  needs: { instrumentId: string; itemId: string }[];
  goals: string[];
  /** Recommended first, then each later status with the date it was reached. */
  status: { status: RecommendationStatus; on: string }[];
  /** The rule id of the suggestion it was accepted from. */
  fromSuggestion: string | null;
  /** The instrument whose rule it was, so two definitions' rules with one id are told apart. */
  fromInstrument: string | null;
  /**
   * The date typed for the next status, not yet marked: kept so the draft
   * holds it. Absent when none was typed (the next status is offered with
   * today), and in drafts saved before it was kept.
   */
  nextStatusOn?: string;
}

/**
 * What a problem is, for a view that says it in its own words (another
 * language, a council's wording): its `code` and the values those words need.
 * Numbers are the recommendation's place on the page (1, 2…); statuses are
 * codes; dates are ISO `YYYY-MM-DD` for the view to write as it writes dates.
 */
export type RecommendationProblem =
  /** A suggestion neither accepted nor dismissed; `suggestion` is what it suggests (the definition's words). */
  | { code: 'suggestion-undecided'; values: { suggestion: string } }
  /** A dismissal without the OT's reason. */
  | { code: 'dismissal-reason-missing'; values: { suggestion: string } }
  /** A field left blank, or not one of its choices. */
  | { code: 'field-missing'; values: { number: number; field: RecommendationField } }
  /**
   * Something the recommendation's schema refuses that the fields' own checks do not cover; `rule` is the
   * schema's rule id (`params.rule` of a core rule) when it has one, as `recommendation-status-order`.
   */
  | { code: 'field-invalid'; values: { number: number; field: RecommendationField | 'status' | 'needs' | 'goals'; rule?: string } }
  /** A status that is not later than the one reached (`current`). */
  | { code: 'status-not-later'; values: { number: number; current: RecommendationStatus } }
  | { code: 'status-date-missing'; values: { number: number; status: RecommendationStatus } }
  /** The date typed is not a real date in `YYYY-MM-DD`. */
  | { code: 'status-date-not-real'; values: { number: number; status: RecommendationStatus } }
  /** The date is before `after`, the date of the status reached (`afterStatus`). */
  | { code: 'status-date-earlier'; values: { number: number; status: RecommendationStatus; after: string; afterStatus: RecommendationStatus } };

export type RecommendationErrorCode = RecommendationProblem['code'];

/**
 * A problem to show: `field` is its key (`recommendations[0].what`, `suggestions.home-environment/rail`);
 * `message` says it in en-GB for a view without words of its own; `code` and `values` say what it is.
 */
export type RecommendationError = RecommendationProblem extends infer P ? (P extends RecommendationProblem ? { field: string; message: string; code: P['code']; values: P['values'] } : never) : never;

/**
 * An error as a draft keeps it: one found now, or one kept by a draft saved
 * before errors had codes (its `message` is all a view can show; it is found
 * again, with its code, at the next change).
 */
export type KeptRecommendationError = RecommendationError | { field: string; message: string; code?: undefined; values?: undefined };

export interface RecommendationsOutput {
  recommendations: Recommendation[];
  suggestionDecisions: SuggestionDecision[];
}

export interface RecommendationsContext {
  recommendations: DraftRecommendation[];
  decisions: SuggestionDecision[];
  /**
   * What the OT has typed as the reason for each suggestion not yet decided,
   * by `suggestionKey`, exactly as typed: kept here so the draft holds it.
   * Absent in drafts saved before reasons were kept, which read as none typed.
   */
  decisionReasons?: Record<string, string>;
  /** The number in the next new recommendation's id (`recommendation-3`): ids are never reused. */
  nextNumber: number;
  /** Errors being shown: empty until the first failed Continue (GOV.UK), then live. */
  errors: KeptRecommendationError[];
  showErrors: boolean;
  /** A status or decision that could not be recorded, shown until the next try. */
  actionError: KeptRecommendationError | null;
  options: RecommendationsInput;
  output: RecommendationsOutput | null;
}

/** Picks a suggestion: by its rule id, and the instrument's id when two definitions use the same rule id. */
export interface SuggestionRef {
  ruleId: string;
  instrumentId?: string;
}

export type RecommendationsEvent =
  | { type: 'ADD' }
  | { type: 'REMOVE'; index: number }
  | { type: 'SET_FIELD'; index: number; field: RecommendationField; value: string }
  | { type: 'TOGGLE_NEED'; index: number; instrumentId: string; itemId: string }
  | { type: 'TOGGLE_GOAL'; index: number; goalId: string }
  /** Keeps the date being typed for a recommendation's next status, for SET_STATUS to use. */
  | { type: 'SET_NEXT_STATUS_DATE'; index: number; on: string }
  /** The next status and the date it was reached (ISO, typed by the OT); without `on`, the date kept by SET_NEXT_STATUS_DATE, or today. */
  | { type: 'SET_STATUS'; index: number; status: RecommendationStatus; on?: string }
  /** Keeps the reason being typed for a suggestion not yet decided, for Accept or Dismiss to use (an emptied box keeps none). */
  | ({ type: 'SET_DECISION_REASON'; reason: string } & SuggestionRef)
  /**
   * Adds a recommendation made from the suggestion. Without a reason (or a
   * blank one) the one kept by `SET_DECISION_REASON` is used; with neither,
   * the suggestion's own.
   */
  | ({ type: 'ACCEPT_SUGGESTION'; reason?: string; on: string } & SuggestionRef)
  /** The OT's reason is required: the one sent, or else the one kept by `SET_DECISION_REASON`. */
  | ({ type: 'DISMISS_SUGGESTION'; reason?: string; on: string } & SuggestionRef)
  /** Undoes a dismissal, so the suggestion is to be decided again. An accepted one is undone by removing its recommendation. */
  | ({ type: 'RECONSIDER_SUGGESTION' } & SuggestionRef)
  | { type: 'CONTINUE' };

/**
 * What the machine tells its views as it happens, outside its snapshot:
 * `ATTEMPT_FAILED` when Continue, a status or a dismissal was refused
 * (GOV.UK: the error summary then takes focus). Listen with `actor.on`.
 */
export type RecommendationsEmitted = { type: 'ATTEMPT_FAILED'; attempt: 'CONTINUE' | 'SET_STATUS' | 'DISMISS_SUGGESTION' };
