import type { RecommendationKind, RecommendationPriority, RecommendationRoute, RecommendationStatus } from '@otforms/core';
import type { RecommendationField } from '@otforms/machines';

/**
 * The words of a recommendation (en-GB), wherever one is shown: its kinds,
 * priorities, routes and statuses, and what its problems say. A problem's
 * words come from the recommendations machine's error code and values
 * (`RecommendationError`); the machine's own `message` is the same words for
 * views without a catalogue. What a suggestion or a recommendation says is
 * definition or record text, never here.
 */

const statuses = {
  recommended: 'Recommended',
  agreed: 'Agreed',
  ordered: 'Ordered',
  completed: 'Completed',
  reviewed: 'Reviewed',
} satisfies Record<RecommendationStatus, string>;

/** A status as it ends a sentence: "… was agreed". */
const was: Record<RecommendationStatus, string> = { recommended: 'recommended', agreed: 'agreed', ordered: 'ordered', completed: 'completed', reviewed: 'reviewed' };

const missing = {
  kind: (number: number) => `Select the kind of recommendation ${number}`,
  what: (number: number) => `Enter what is recommended in recommendation ${number}`,
  reason: (number: number) => `Enter why recommendation ${number} is needed`,
  priority: (number: number) => `Select the priority of recommendation ${number}`,
  route: (number: number) => `Select how recommendation ${number} will be provided`,
} satisfies Record<RecommendationField, (number: number) => string>;

export const recommendationMessages = {
  kinds: {
    equipment: 'Equipment',
    'minor-adaptation': 'Minor adaptation',
    'major-adaptation': 'Major adaptation',
    'technology-enabled-care': 'Technology-enabled care',
    'advice-signposting': 'Advice or signposting',
    'referral-on': 'Referral to another service',
  } satisfies Record<RecommendationKind, string>,
  priorities: { urgent: 'Urgent', high: 'High', routine: 'Routine' } satisfies Record<RecommendationPriority, string>,
  routes: {
    'community-equipment-service': 'Community equipment service',
    'minor-adaptations-service': 'Minor adaptations service',
    'disabled-facilities-grant': 'Disabled Facilities Grant',
    'housing-provider': 'Housing provider',
    'self-purchase-signposting': 'Self-purchase (signposted)',
  } satisfies Record<RecommendationRoute, string>,
  statuses,
  /** A status reached, with its date already written for people: "Agreed on 3 December 2026". */
  statusOn: (status: RecommendationStatus, on: string) => `${statuses[status]} on ${on}`,
  /** The button that records the next status: "Mark as agreed". */
  markAs: (status: RecommendationStatus) => `Mark as ${was[status]}`,

  /** What each problem the recommendations machine finds says, by its code. */
  errors: {
    suggestionUndecided: (suggestion: string) => `Accept or dismiss the suggestion: ${suggestion}`,
    dismissalReasonMissing: (suggestion: string) => `Enter why you are not recommending: ${suggestion}`,
    missing,
    /** Something the record's rules refuse that no field's own check covers (rarely seen: a draft written elsewhere). */
    invalid: (number: number) => `Check recommendation ${number}: something in it cannot be saved`,
    /** Core's status-history rules (`recommendation-first-status`, `-status-order`, `-status-date-order`). */
    statusHistory: (number: number) => `The progress of recommendation ${number} is out of order: check its statuses and their dates`,
    statusNotLater: (number: number, current: RecommendationStatus) => `Recommendation ${number} is already ${was[current]}: choose a later status`,
    statusDateMissing: (number: number, status: RecommendationStatus) => `Enter the date recommendation ${number} was ${was[status]}`,
    statusDateNotReal: (number: number, status: RecommendationStatus) => `The date recommendation ${number} was ${was[status]} must be a real date, like 2026-11-22`,
    /** `after` is the earlier status's date, already written for people. */
    statusDateEarlier: (number: number, status: RecommendationStatus, after: string, afterStatus: RecommendationStatus) =>
      `The date recommendation ${number} was ${was[status]} must be the same as or after ${after}, when it was ${was[afterStatus]}`,
  },
};
