import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { AssessmentMachine } from '../assessment/assessment-machine.js';
import type { RecommendationsMachine } from '../recommendations/recommendations-machine.js';
import type { HomeVisitMachine } from './home-visit-machine.js';

type Snapshot = SnapshotFrom<HomeVisitMachine>;

/** The steps of a home visit, in order. */
export const HOME_VISIT_STEPS = ['assessment', 'recommendations', 'review'] as const;
export type HomeVisitStep = (typeof HOME_VISIT_STEPS)[number];

/** The step under way, or `null` once the visit is finished. */
export function homeVisitStep(snapshot: Snapshot): HomeVisitStep | null {
  if (snapshot.matches('assessments')) return 'assessment';
  if (snapshot.matches('recommendations')) return 'recommendations';
  if (snapshot.matches('review')) return 'review';
  return null;
}

/** Which of the visit's definitions is being assessed (0-based), or `null` when none is. */
export function homeVisitInstrumentIndex(snapshot: Snapshot): number | null {
  const value = snapshot.value as unknown;
  if (typeof value !== 'object' || value === null || !('assessments' in value)) return null;
  const state = (value as { assessments: unknown }).assessments;
  return typeof state === 'string' && state.startsWith('instrument') ? Number(state.slice('instrument'.length)) : null;
}

/** The assessment under way, to hand to a view that renders it. */
export function homeVisitAssessmentChild(snapshot: Snapshot): ActorRefFrom<AssessmentMachine> | undefined {
  return snapshot.children.assessment as ActorRefFrom<AssessmentMachine> | undefined;
}

/** The recommendations under way, to hand to a view that renders them. */
export function homeVisitRecommendationsChild(snapshot: Snapshot): ActorRefFrom<RecommendationsMachine> | undefined {
  return snapshot.children.recommendations as ActorRefFrom<RecommendationsMachine> | undefined;
}
