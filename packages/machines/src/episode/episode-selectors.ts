import type { AssessmentTimepoint } from '@otforms/core';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { AssessmentMachine } from '../assessment/assessment-machine.js';
import type { GoalPlanMachine } from '../goal-plan/goal-plan-machine.js';
import type { HomeVisitMachine } from '../home-visit/home-visit-machine.js';
import { holdsAnyAnswer } from '../assessment/held-answers.js';
import { homeVisitAssessmentChild } from '../home-visit/home-visit-selectors.js';
import { visibleErrors, type VisibleErrors } from '../errors/visible-errors.js';
import type { EpisodeError } from './episode-errors.js';
import type { EpisodeMachine } from './episode-machine.js';
import type { EpisodeContext } from './episode-types.js';

type Snapshot = SnapshotFrom<EpisodeMachine>;

/** The tasks of an episode without a home visit, in order (GOV.UK "complete multiple tasks"). */
export const EPISODE_TASKS = ['referral', 'initial-assessment', 'goal-setting', 'intervention', 'review', 'closure', 'follow-up'] as const;
/** The tasks of an episode with a home visit: the visit comes between the initial assessment and agreeing goals. */
export const EPISODE_TASKS_WITH_HOME_VISIT = ['referral', 'initial-assessment', 'home-visit', 'goal-setting', 'intervention', 'review', 'closure', 'follow-up'] as const;
export type EpisodeTask = (typeof EPISODE_TASKS_WITH_HOME_VISIT)[number];

/** The tasks of this episode, in order: with the home visit when it has one. */
export function episodeTasks(snapshot: { readonly context: Pick<EpisodeContext, 'homeVisitInstruments'> }): readonly EpisodeTask[] {
  return snapshot.context.homeVisitInstruments ? EPISODE_TASKS_WITH_HOME_VISIT : EPISODE_TASKS;
}
/** GOV.UK task statuses: done, started, can be started, or waiting for an earlier task. */
export type EpisodeTaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start';

/** The task under way, or `null` when the episode is done. */
export function currentTask(snapshot: Snapshot): EpisodeTask | null {
  if (snapshot.matches('referral')) return 'referral';
  if (snapshot.matches('initialAssessment')) return 'initial-assessment';
  if (snapshot.matches('homeVisit')) return 'home-visit';
  if (snapshot.matches({ planning: 'goalSetting' })) return 'goal-setting';
  if (snapshot.matches({ planning: 'intervention' })) return 'intervention';
  if (snapshot.matches({ planning: 'review' })) return 'review';
  if (snapshot.matches('closure')) return 'closure';
  if (snapshot.matches('followUp')) return 'follow-up';
  return null;
}

/** Earlier tasks are completed, later ones cannot start yet; the one under way is in progress once anything is in it. */
export function taskStatuses(snapshot: Snapshot): { task: EpisodeTask; status: EpisodeTaskStatus }[] {
  const current = currentTask(snapshot);
  const tasks = episodeTasks(snapshot);
  const at = current === null ? tasks.length : tasks.indexOf(current);
  return tasks.map((task, index) => ({
    task,
    status: index < at ? 'completed' : index > at ? 'cannot-start' : isStarted(snapshot, task) ? 'in-progress' : 'not-started',
  }));
}

function isStarted(snapshot: Snapshot, task: EpisodeTask): boolean {
  const { draft, assessments } = snapshot.context;
  const filled = (...values: string[]) => values.some((value) => value.trim() !== '');
  switch (task) {
    case 'referral':
      return filled(...Object.values(draft.request), draft.startedOn, draft.hoursAtStart);
    case 'initial-assessment':
      return assessments.length > 0 || childHasProgress(snapshot);
    case 'home-visit':
      return homeVisitHasProgress(snapshot);
    case 'goal-setting':
      return (goalPlanChild(snapshot)?.getSnapshot().context.goals.length ?? 0) > 0;
    case 'intervention':
      return (
        draft.equipment.length + draft.minorAdaptations.length + draft.majorAdaptations.length + draft.advice.length > 0 ||
        assessments.some((assessment) => assessment.timepoint === 'interim')
      );
    case 'review':
      return snapshot.context.goalPlanProgress.reviewed || assessments.some((assessment) => assessment.timepoint === 'discharge');
    case 'closure':
      return filled(draft.endedOn, draft.endOutcome, draft.hoursAtEnd, draft.nextServiceType, draft.nextServiceComponent);
    case 'follow-up':
      return draft.followUp.length > 0;
  }
}

function childHasProgress(snapshot: Snapshot): boolean {
  const answers = assessmentChild(snapshot)?.getSnapshot().context.responses.answers;
  return answers !== undefined && holdsAnyAnswer(answers);
}

/** The home visit has started once anything is in it: an assessment answered, or a step beyond the assessments. */
function homeVisitHasProgress(snapshot: Snapshot): boolean {
  const visit = homeVisitChild(snapshot)?.getSnapshot();
  if (!visit) return false;
  if (!visit.matches('assessments') || visit.context.assessments.length > 0) return true;
  const answers = homeVisitAssessmentChild(visit)?.getSnapshot().context.responses.answers;
  return answers !== undefined && holdsAnyAnswer(answers);
}

/** The home visit under way, to hand to a view that renders it (`<ot-home-visit>`). */
export function homeVisitChild(snapshot: Snapshot): ActorRefFrom<HomeVisitMachine> | undefined {
  return snapshot.children.homeVisit as ActorRefFrom<HomeVisitMachine> | undefined;
}

/** The assessment under way, to hand to a view that renders it. */
export function assessmentChild(snapshot: Snapshot): ActorRefFrom<AssessmentMachine> | undefined {
  return snapshot.children.assessment as ActorRefFrom<AssessmentMachine> | undefined;
}

/** The goal plan, from goal setting to the end of the review. */
export function goalPlanChild(snapshot: Snapshot): ActorRefFrom<GoalPlanMachine> | undefined {
  return snapshot.children.goalPlan as ActorRefFrom<GoalPlanMachine> | undefined;
}

/** The assessment being taken now: when in the episode, and which of the episode's instruments. */
export function currentAssessment(snapshot: Snapshot): { timepoint: AssessmentTimepoint; instrumentIndex: number } | null {
  if (!assessmentChild(snapshot)) return null;
  const timepoint: AssessmentTimepoint = snapshot.matches('initialAssessment')
    ? 'baseline'
    : snapshot.matches({ planning: 'intervention' })
      ? 'interim'
      : 'discharge';
  return { timepoint, instrumentIndex: instrumentIndexOf(snapshot.value) };
}

/** Each instrument has its own state, `instrumentN`: the deepest state under way says which. */
function instrumentIndexOf(value: unknown): number {
  if (typeof value === 'string') return value.startsWith('instrument') ? Number(value.slice('instrument'.length)) : 0;
  if (typeof value !== 'object' || value === null) return 0;
  const [[key, child] = []] = Object.entries(value);
  return key?.startsWith('instrument') ? Number(key.slice('instrument'.length)) : instrumentIndexOf(child);
}

/** Where the review stands: the goals first, then the final assessment, then ready to finish. */
export function reviewStage(snapshot: Snapshot): 'goals' | 'final-assessment' | 'ready' | null {
  if (snapshot.matches({ planning: { review: 'goals' } })) return 'goals';
  if (snapshot.matches({ planning: { review: 'finalAssessment' } })) return 'final-assessment';
  if (snapshot.matches({ planning: { review: 'ready' } })) return 'ready';
  return null;
}

/**
 * The errors the page shows now: none until the person tries to move on,
 * then the page's errors, live, until they leave it (GOV.UK). Each is keyed
 * by its field (`equipment[0].item`); the summary lists them in the order
 * of the page.
 */
export function visibleEpisodeErrors(snapshot: { readonly context: Pick<EpisodeContext, 'errors' | 'showErrors'> }): VisibleErrors<EpisodeError> {
  const { showErrors, errors } = snapshot.context;
  return visibleErrors(showErrors, errors, (error) => error.field);
}
