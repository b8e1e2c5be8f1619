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

export type SourceResult = { ok: true; source: SummarySource } | { ok: false; problem: string };

export function readSummarySource(input: unknown): SourceResult {
  const validation = validateOutcomeRecord(input);
  if (!validation.success) {
    const issue = validation.issues[0];
    return { ok: false, problem: issue ? `${issue.path ? `${issue.path}: ` : ''}${issue.message}` : 'it is not an outcome record' };
  }
  const record = validation.record;
  if (record.kind === 'home-visit') return { ok: true, source: fromVisit(record, null, []) };
  if (record.kind === 'episode') {
    if (!record.homeVisit) return { ok: false, problem: 'this episode has no home visit' };
    const goals = record.goalPlan?.goalPlan.goals ?? [];
    return { ok: true, source: { ...fromVisit(record.homeVisit, record.episode, goals), hasGoalPlan: record.goalPlan !== undefined } };
  }
  return { ok: false, problem: `a record of kind "${record.kind}" has no home visit` };
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
