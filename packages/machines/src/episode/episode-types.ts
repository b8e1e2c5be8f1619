import type { EpisodeAssessment, EpisodeRecord, EpisodeVocabulary, GoalPlanRecord, HomeVisitRecord } from '@otforms/core';
import type { HostDetails } from '../assessment/assessment-sequence.js';
import type { EpisodeDraft, EpisodeField, EpisodeList, EpisodeRows } from './episode-draft.js';
import type { EpisodeError } from './episode-errors.js';

/** What a host supplies when an episode starts. */
export interface EpisodeInput {
  /** ISO date-time; the host passes the clock so the machine stays deterministic. */
  startedAt: string;
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  /** Passed on to the goal plan: how many goals, weighting, partial reviews. */
  goalPlan?: { minGoals?: number; maxGoals?: number; weighting?: 'unweighted' | 'importance-x-difficulty'; allowPartialReview?: boolean };
  /** Keep every change of every answer in the assessments' records, the home visit's too (`AssessmentInput`'s `auditHistory`). */
  auditHistory?: boolean;
  /**
   * The lists the route of access and the end outcome are chosen from, checked
   * with core's `parseEpisodeVocabulary`. Absent: England's CLD
   * (`englandCldVocabulary`), whose codes go into the record's CLD fields;
   * another's go into `routeOfAccessCoding` / `endOutcomeCoding`.
   */
  vocabulary?: EpisodeVocabulary;
}

/** What the episode knows of its goal plan, kept from the child's snapshots so that guards can read it. */
export interface GoalPlanProgress {
  agreed: boolean;
  /** Every goal has been rated at least once and no review is open. */
  reviewed: boolean;
}

export interface EpisodeContext {
  /** The instruments the episode assesses with, so a saved episode is never resumed with others. */
  instruments: { id: string; version: string }[];
  draft: EpisodeDraft;
  assessments: EpisodeAssessment[];
  goalPlanProgress: GoalPlanProgress;
  goalPlan: GoalPlanRecord | null;
  /**
   * The definitions of the home visit, when the episode has one (the machine
   * was made with `homeVisit`), so a saved episode is never resumed with others.
   * Absent from episodes without a home visit, and from drafts saved before it existed.
   */
  homeVisitInstruments?: { id: string; version: string }[];
  /** The home visit's record, once the visit is finished. */
  homeVisit?: HomeVisitRecord;
  /** Errors being shown: empty until the person first tries to continue (GOV.UK), then live. */
  errors: EpisodeError[];
  showErrors: boolean;
  /** The task list, or the page of the task under way (GOV.UK "complete multiple tasks"). */
  view: 'tasks' | 'task';
  /** Completed tasks that can be opened again until the episode is done: the referral, and equipment and adaptations (returned weeks later). */
  revisitable: RevisitableTask[];
  /** The completed task opened again, if any. */
  revisiting: RevisitableTask | null;
  options: EpisodeInput;
  record: EpisodeRecord | null;
}

export type RevisitableTask = 'referral' | 'intervention';

export type RowEvent = { [List in EpisodeList]: { type: 'SET_ROW'; list: List; index: number; field: EpisodeRows[List]; value: string } }[EpisodeList];

export type EpisodeEvent =
  /**
   * The host's details changed, or a draft was resumed under new ones (another
   * OT carrying on): the person and the assessor as now given, and
   * `auditHistory` unless left out. The episode's record and the children
   * under way (an assessment, the home visit, the goal plan) take them, and so
   * do those started after; the goal plan's settings stay as they started.
   * `vocabulary`, when given, replaces the episode's from now on; left out, it stays.
   */
  | { type: 'UPDATE_OPTIONS'; options: HostDetails & { vocabulary?: EpisodeVocabulary } }
  | { type: 'OPEN_TASK' }
  /** Back to the task list; from a task opened again, without keeping its changes. */
  | { type: 'SHOW_TASKS' }
  /** Opens a completed task again (see `revisitable`). */
  | { type: 'REVISIT'; task: RevisitableTask }
  /** Keeps the changes to the task opened again, once its fields are right, and returns to the task list. */
  | { type: 'SAVE_REVISIT' }
  | { type: 'SET_FIELD'; field: EpisodeField; value: string }
  | { type: 'ADD_ROW'; list: EpisodeList }
  | { type: 'REMOVE_ROW'; list: EpisodeList; index: number }
  | RowEvent
  /** Leave the step under way once its fields are right. `at` is the host's clock: the next assessment starts then. */
  | { type: 'CONTINUE'; at?: string }
  /** During the intervention: assess with the episode's instruments again, as an interim result. `at` is the host's clock. */
  | { type: 'START_INTERIM'; at?: string }
  /** Ends the review: the goal plan closes into its record. The host stamps it. */
  | { type: 'FINISH_REVIEW'; completedAt: string; recordId: string }
  /** Closes the episode into its record. The host stamps it. */
  | { type: 'CLOSE'; completedAt: string; recordId: string }
  /** Records the follow-ups and ends the episode; the record keeps its id and is re-stamped. */
  | { type: 'FINISH'; completedAt: string };

/**
 * What the machine tells its views as it happens, outside its snapshot:
 * `ATTEMPT_FAILED` when leaving a step, saving a task opened again,
 * finishing the review, closing or finishing was refused because of errors
 * (GOV.UK: the error summary then takes focus). Its children emit their own.
 * Listen with `actor.on`.
 */
export type EpisodeEmitted = { type: 'ATTEMPT_FAILED'; attempt: 'CONTINUE' | 'SAVE_REVISIT' | 'FINISH_REVIEW' | 'CLOSE' | 'FINISH' };
