import { plural } from '../i18n/intl.js';

/**
 * The interface's own words for `<ot-home-visit>` (en-GB, GOV.UK style).
 * Definition text (questions, suggestions and their reasons) and what the
 * assessor types are never here: they come from the definitions and the
 * record, and are always rendered as text. A recommendation's kinds, routes,
 * statuses and problems are in the `recommendations` area.
 */

const locale = 'en-GB';

export const homeVisitMessages = {
  loading: 'Loading home visit',
  formIncomplete: 'Finish the home visit before submitting the form',
  invalidDefinitions: 'The home visit cannot start because a definition is not valid.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',

  stepsLabel: 'Steps of the home visit',
  stepNumber: (number: number) => `${number}.`,
  stepOf: (number: number, count: number) => `Step ${number} of ${count}`,
  stepRecommendations: 'Recommendations',
  stepReview: 'Check and finish',
  /** Said after each step's name, for a screen reader. */
  stepStatus: { done: '(Completed)', current: '(Current step)', todo: '(Not yet started)' },

  recommendationsTitle: 'Recommendations',
  recommendationsIntro:
    'Decide on each suggestion from the assessments, then record what you recommend. Link each recommendation to the needs and goals it meets.',
  suggestionsHeading: 'Suggestions to decide on',
  noSuggestions: 'There are no suggestions left to decide on.',
  suggestionLegend: (number: number) => `Suggestion ${number}`,
  suggestionWhy: 'Why it is suggested',
  suggestionNeeds: 'From the answers to',
  suggestionPriority: 'Priority',
  suggestionRoute: 'How it will be provided',
  decisionReasonLabel: 'Your reason for accepting or dismissing it',
  decisionReasonHint: 'This is kept with the record either way.',
  accept: 'Accept',
  dismiss: 'Dismiss',
  /** Visually hidden after "Accept", "Dismiss" and "Decide again": which suggestion. */
  ofSuggestion: (what: string) => ` suggestion: ${what}`,
  decidedHeading: 'Suggestions decided',
  decided: { accepted: 'Accepted', dismissed: 'Dismissed' },
  /** Before a decision in the list of those made. */
  decidedAs: { accepted: 'Accepted:', dismissed: 'Dismissed:' },
  /** A decision: what the suggestion was, then the OT's reason. */
  decision: (what: string, reason: string) => `${what}. ${reason}`,
  decidedOn: (date: string) => `(${date})`,
  reconsider: 'Decide again',
  /** Visually hidden after "Decide again" (Welsh needs "ar" here, where "Accept" and "Dismiss" take none). */
  ofReconsidered: (what: string) => ` suggestion: ${what}`,

  recommendationsHeading: 'Recommendations',
  noRecommendations: 'None added.',
  recommendationLegend: (number: number) => `Recommendation ${number}`,
  /** Visually hidden after "Mark as …": which recommendation. */
  ofRecommendation: (number: number) => ` (recommendation ${number})`,
  fromSuggestion: 'Accepted from a suggestion.',
  kindLabel: 'Kind of recommendation',
  whatLabel: 'What is recommended',
  whatHint: 'For example, "Grab rail by the front door, left side".',
  reasonLabel: 'Why it is needed',
  reasonHint: 'Say how it meets the person’s needs.',
  needsLegend: 'Assessed needs it meets (optional)',
  goalsLegend: 'Goals it supports (optional)',
  priorityLabel: 'Priority',
  routeLabel: 'How it will be provided',
  statusHeading: 'Progress',
  statusDateLabel: 'Date',
  skipHint: 'Usually the next step. Choose a later one only when a step does not happen, for example equipment the person buys themselves is never ordered.',
  removeRecommendation: (number: number) => `Remove recommendation ${number}`,
  addRecommendation: 'Add a recommendation',
  continue: 'Continue',

  reviewTitle: 'Check the home visit before finishing',
  reviewIntro: 'Check the assessments and recommendations. Finishing the visit makes its record.',
  assessmentsHeading: 'Assessments',
  /** One assessment's line: how many questions were answered, and how many photos were taken. */
  assessed: (answered: number, photos: number) => {
    const questions = plural(locale, answered, { one: `${answered} question answered`, other: `${answered} questions answered` });
    return photos === 0 ? `Completed: ${questions}` : `Completed: ${questions}, ${plural(locale, photos, { one: `${photos} photo`, other: `${photos} photos` })}`;
  },
  suggestionsSummary: 'Suggestions',
  noDecisions: 'None',
  recommendationsSummary: 'Recommendations',
  /** A recommendation's heading on the check page: its number and what it is. */
  recommendationTitle: (number: number, what: string) => `Recommendation ${number}: ${what}`,
  summaryKind: 'Kind',
  summaryReason: 'Why',
  summaryPriority: 'Priority',
  summaryRoute: 'How provided',
  summaryStatus: 'Progress',
  change: 'Change',
  changeRecommendations: ' the recommendations',
  finish: 'Finish visit',

  doneTitle: 'Home visit complete',
  doneBody: 'The home visit record has been handed to the system you are using.',
  recordId: 'Record reference:',
  visitedOn: (date: string) => `Visited on ${date}`,
};
