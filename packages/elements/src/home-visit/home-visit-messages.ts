/**
 * The interface's own words for `<ot-home-visit>` (en-GB, GOV.UK style).
 * Definition text (questions, suggestion reasons) and what the assessor types
 * are never here: they come from the definitions and the record, and are
 * always rendered as text.
 */

type Kind = 'equipment' | 'minor-adaptation' | 'major-adaptation' | 'technology-enabled-care' | 'advice-signposting' | 'referral-on';
type Route = 'community-equipment-service' | 'minor-adaptations-service' | 'disabled-facilities-grant' | 'housing-provider' | 'self-purchase-signposting';
type Priority = 'urgent' | 'high' | 'routine';
type Status = 'recommended' | 'agreed' | 'ordered' | 'completed' | 'reviewed';

export const homeVisitMessages = {
  loading: 'Loading home visit',
  title: 'Home visit',
  formIncomplete: 'Finish the home visit before submitting the form',
  invalidDefinitions: 'The home visit cannot start because a definition is not valid.',
  photoQuestionNotLoaded: 'The photo question could not be loaded: check the connection.',
  noDefinitions: 'The home visit has no assessments to run.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',

  stepsLabel: 'Steps of the home visit',
  stepOf: (number: number, count: number) => `Step ${number} of ${count}`,
  stepRecommendations: 'Recommendations',
  stepReview: 'Check and finish',
  stepStatus: { done: 'Completed', current: 'Current step', todo: 'Not yet started' } as const,

  recommendationsTitle: 'Recommendations',
  recommendationsIntro:
    'Decide on each suggestion from the assessments, then record what you recommend. Link each recommendation to the needs and goals it meets.',
  suggestionsHeading: 'Suggestions to decide on',
  noSuggestions: 'There are no suggestions left to decide on.',
  suggestionLegend: (number: number) => `Suggestion ${number}`,
  suggestionWhy: 'Why it is suggested',
  suggestionNeeds: 'From the answers to',
  decisionReasonLabel: 'Your reason for accepting or dismissing it',
  decisionReasonHint: 'This is kept with the record either way.',
  accept: 'Accept',
  dismiss: 'Dismiss',
  ofSuggestion: (what: string) => ` suggestion: ${what}`,
  decidedHeading: 'Suggestions decided',
  decided: { accepted: 'Accepted', dismissed: 'Dismissed' } as const,
  reconsider: 'Decide again',

  recommendationsHeading: 'Recommendations',
  noRecommendations: 'None added.',
  recommendationLegend: (number: number) => `Recommendation ${number}`,
  fromSuggestion: 'Accepted from a suggestion.',
  kindLabel: 'Kind of recommendation',
  kinds: {
    equipment: 'Equipment',
    'minor-adaptation': 'Minor adaptation',
    'major-adaptation': 'Major adaptation',
    'technology-enabled-care': 'Technology-enabled care',
    'advice-signposting': 'Advice or signposting',
    'referral-on': 'Referral to another service',
  } satisfies Record<Kind, string>,
  whatLabel: 'What is recommended',
  whatHint: 'For example, "Grab rail by the front door, left side".',
  reasonLabel: 'Why it is needed',
  reasonHint: 'Say how it meets the person’s needs.',
  needsLegend: 'Assessed needs it meets (optional)',
  noNeeds: 'No answered questions to link to.',
  goalsLegend: 'Goals it supports (optional)',
  priorityLabel: 'Priority',
  priorities: { urgent: 'Urgent', high: 'High', routine: 'Routine' } satisfies Record<Priority, string>,
  routeLabel: 'How it will be provided',
  chooseRoute: 'Choose how it will be provided',
  routes: {
    'community-equipment-service': 'Community equipment service',
    'minor-adaptations-service': 'Minor adaptations service',
    'disabled-facilities-grant': 'Disabled Facilities Grant',
    'housing-provider': 'Housing provider',
    'self-purchase-signposting': 'Self-purchase (signposted)',
  } satisfies Record<Route, string>,
  statusHeading: 'Progress',
  statuses: { recommended: 'Recommended', agreed: 'Agreed', ordered: 'Ordered', completed: 'Completed', reviewed: 'Reviewed' } satisfies Record<Status, string>,
  statusOn: (status: string, date: string) => `${status} on ${date}`,
  markAs: (status: string) => `Mark as ${status.toLowerCase()}`,
  statusDateLabel: 'Date',
  skipHint: 'Usually the next step. Choose a later one only when a step does not happen, for example equipment the person buys themselves is never ordered.',
  removeRecommendation: (number: number) => `Remove recommendation ${number}`,
  addRecommendation: 'Add a recommendation',
  continue: 'Continue',

  reviewTitle: 'Check the home visit before finishing',
  reviewIntro: 'Check the assessments and recommendations. Finishing the visit makes its record.',
  assessmentsHeading: 'Assessments',
  assessed: 'Completed',
  answered: (count: number) => `${count} question${count === 1 ? '' : 's'} answered`,
  photos: (count: number) => `${count} photo${count === 1 ? '' : 's'}`,
  suggestionsSummary: 'Suggestions',
  noDecisions: 'None',
  recommendationsSummary: 'Recommendations',
  summaryKind: 'Kind',
  summaryReason: 'Why',
  summaryPriority: 'Priority',
  summaryRoute: 'How provided',
  summaryStatus: 'Progress',
  summaryLinks: 'Meets',
  change: 'Change',
  changeRecommendations: ' the recommendations',
  finish: 'Finish visit',

  doneTitle: 'Home visit complete',
  doneBody: 'The home visit record has been handed to the system you are using.',
  recordId: 'Record reference',
  visitedOn: (date: string) => `Visited on ${date}`,
} as const;
