import type { AssessmentRecord, HomeVisitRecord } from '@otforms/core';
import type { HostDetails } from '../assessment/assessment-sequence.js';
import type { RecommendationsOutput } from '../recommendations/recommendations-types.js';

/** What a host (or the episode) supplies when a home visit starts. */
export interface HomeVisitInput {
  /** ISO date-time; the host passes the clock so the machine stays deterministic. */
  startedAt: string;
  /** ISO date of the visit; the day `startedAt` falls on in England when not given. */
  visitedOn?: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  /** The person's goals, which recommendations can say they serve. */
  goals?: { id: string; statement: string }[];
  /** Keep every change of every answer in the assessments' records (`AssessmentInput`'s `auditHistory`). */
  auditHistory?: boolean;
}

export interface HomeVisitContext {
  /** The definitions the visit assesses with, so a saved visit is never resumed with others. */
  instruments: { id: string; version: string }[];
  /** The records of the assessments completed so far, in the definitions' order. */
  assessments: AssessmentRecord[];
  /** What was recommended and decided, once the OT continued from the recommendations. */
  recommendations: RecommendationsOutput | null;
  options: HomeVisitInput;
  /** When the step under way started: each assessment starts when the one before was completed. */
  stepStartedAt: string;
  /** Counts the children's changes, so whoever saves the visit on each snapshot saves their progress. */
  childChanges: number;
  record: HomeVisitRecord | null;
}

export type HomeVisitEvent =
  /**
   * The host's details changed, or a draft was resumed under new ones (another
   * OT carrying on): the person and the assessor as now given, and
   * `auditHistory` unless left out. The visit's record and the assessment
   * under way take them, and so do the assessments started after; the visit
   * day and the goals stay as the visit started.
   */
  | { type: 'UPDATE_OPTIONS'; options: HostDetails }
  /** From the review: change the recommendations again. */
  | { type: 'BACK_TO_RECOMMENDATIONS' }
  /** Ends the visit into its record. The host stamps it: the time and a fresh UUID. */
  | { type: 'FINISH'; completedAt: string; recordId: string };
