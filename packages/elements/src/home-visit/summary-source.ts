import { validateOutcomeRecord, type AssessmentRecord, type Goal, type HomeVisitRecord, type ReablementEpisode, type Recommendation } from '@otforms/core';

/**
 * What `<ot-home-visit-summary>` reads from the record a host hands it: a
 * home-visit record on its own, or an episode that carries one (then the
 * goals come from the episode's goal plan, and the equipment issued from the
 * episode). Any version a council stored is read: older ones migrate.
 */
export interface SummarySource {
  visitedOn: string;
  assessor: { reference?: string | undefined; role?: string | undefined } | null;
  subject: string | null;
  assessments: readonly AssessmentRecord[];
  recommendations: readonly Recommendation[];
  /** The episode's goals, in the plan's order; empty without a goal plan. */
  goals: readonly Goal[];
  /** Whether the record has a goal plan at all (a home visit on its own has none). */
  hasGoalPlan: boolean;
  /** The episode the visit is part of, when the record is one. */
  episode: ReablementEpisode | null;
}

/** Why a record cannot be summarised, for the element to say in its language; `message` (a rule's, en-GB) is for whoever fixes the record. */
export type SummaryProblem =
  | { kind: 'not-a-record' }
  | { kind: 'no-home-visit' }
  | { kind: 'other-kind'; recordKind: string }
  | { kind: 'invalid'; path: string; message: string };

export type SourceResult = { ok: true; source: SummarySource } | { ok: false; problem: SummaryProblem };

export function readSummarySource(input: unknown): SourceResult {
  const validation = validateOutcomeRecord(input);
  if (!validation.success) {
    const issue = validation.issues[0];
    return { ok: false, problem: issue ? { kind: 'invalid', path: issue.path, message: issue.message } : { kind: 'not-a-record' } };
  }
  const record = validation.record;
  if (record.kind === 'home-visit') return { ok: true, source: fromVisit(record, null, []) };
  if (record.kind === 'episode') {
    if (!record.homeVisit) return { ok: false, problem: { kind: 'no-home-visit' } };
    const goals = record.goalPlan?.goalPlan.goals ?? [];
    return { ok: true, source: { ...fromVisit(record.homeVisit, record.episode, goals), hasGoalPlan: record.goalPlan !== undefined } };
  }
  return { ok: false, problem: { kind: 'other-kind', recordKind: record.kind } };
}

function fromVisit(visit: HomeVisitRecord, episode: ReablementEpisode | null, goals: readonly Goal[]): SummarySource {
  return {
    visitedOn: visit.visitedOn,
    assessor: visit.assessor ?? null,
    subject: visit.subject?.reference ?? null,
    assessments: visit.assessments,
    recommendations: visit.recommendations,
    goals,
    hasGoalPlan: false,
    episode,
  };
}
