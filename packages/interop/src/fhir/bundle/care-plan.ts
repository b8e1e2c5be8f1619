import { hasReachedStatus, type GoalPlanRecord, type HomeVisitRecord, type ReablementEpisode } from '@otforms/core';
import type { CarePlan, CarePlanActivity, Coding, Extension } from '@medplum/fhirtypes';
import type { LocalReference } from './ids.js';
import { HOME_VISIT_CODE, REABLEMENT_CODE, SYSTEM, concept } from './codes.js';

/**
 * A home visit exported on its own: a CarePlan whose activities are its
 * recommendations (DeviceRequests and ServiceRequests), with the visit's
 * QuestionnaireResponses as supportingInfo and the suggestions the OT
 * dismissed in otforms extensions. Completed once every recommendation is
 * completed or reviewed (so also when there are none).
 */
export function toHomeVisitCarePlan(
  record: HomeVisitRecord,
  parts: { subject: LocalReference; responses: LocalReference[]; requests: LocalReference[]; dismissed: Extension[] },
): CarePlan {
  const done = record.recommendations.every((recommendation) => hasReachedStatus(recommendation, 'completed'));
  return {
    resourceType: 'CarePlan',
    ...(parts.dismissed.length > 0 ? { extension: parts.dismissed } : {}),
    status: done ? 'completed' : 'active',
    intent: 'plan',
    category: [concept(HOME_VISIT_CODE.plan)],
    title: 'Home visit recommendations',
    subject: parts.subject,
    period: { start: record.visitedOn },
    created: record.completedAt,
    ...(parts.responses.length > 0 ? { supportingInfo: parts.responses } : {}),
    ...(parts.requests.length > 0 ? { activity: parts.requests.map((reference) => ({ reference })) } : {}),
  };
}

const finishedGoalStatuses = new Set(['completed', 'cancelled', 'rejected', 'entered-in-error']);

/** A goal plan on its own: a CarePlan holding its goals, completed once no goal is still open. */
export function toGoalPlanCarePlan(record: GoalPlanRecord, subject: LocalReference, goals: LocalReference[]): CarePlan {
  const agreedOn = record.goalPlan.agreedOn;
  return {
    resourceType: 'CarePlan',
    status: record.goalPlan.goals.every((goal) => finishedGoalStatuses.has(goal.lifecycleStatus)) ? 'completed' : 'active',
    intent: 'plan',
    category: [concept(REABLEMENT_CODE.goalPlan)],
    title: 'Goal plan',
    subject,
    ...(agreedOn ? { period: { start: agreedOn } } : {}),
    goal: goals,
  };
}

/**
 * The reablement plan of an episode: its period, its goals, the equipment
 * issued (activities referencing the DeviceRequests) and the planned hours of
 * care per week at the start and at the end.
 *
 * R4 has no element for "hours of care per week", so each figure is an
 * activity `detail` with a local code and a `quantity` in UCUM `h/wk`
 * (hours per week). `scheduledTiming` was rejected: a Timing says when each
 * visit happens and how long it lasts, which the episode does not record, and
 * 10.5 hours once a week would say something untrue. The hours at the start
 * describe care during the episode (completed once it has ended); the hours at
 * the end are the care planned to follow (scheduled).
 */
export function toReablementCarePlan(
  episode: ReablementEpisode,
  parts: {
    subject: LocalReference;
    episodeOfCare: LocalReference;
    goals: LocalReference[];
    deviceRequests: LocalReference[];
    /** The home visit's recommendations and the suggestions the OT dismissed there, when the episode carries a visit. */
    homeVisit?: { requests: LocalReference[]; dismissed: Extension[] };
  },
): CarePlan {
  const ended = episode.endedOn !== undefined;
  const activity: CarePlanActivity[] = [...parts.deviceRequests, ...(parts.homeVisit?.requests ?? [])].map((reference) => ({ reference }));
  const dismissed = parts.homeVisit?.dismissed ?? [];
  const hours = (value: number | undefined, code: Coding, status: 'completed' | 'in-progress' | 'scheduled', description: string) => {
    if (value === undefined) return;
    activity.push({
      detail: {
        code: concept(code),
        status,
        description,
        quantity: { value, unit: 'hours per week', system: SYSTEM.ucum, code: 'h/wk' },
      },
    });
  };
  hours(episode.plannedHoursPerWeek.atStart, REABLEMENT_CODE.hoursAtStart, ended ? 'completed' : 'in-progress', 'Planned hours of care per week at the start of reablement');
  hours(episode.plannedHoursPerWeek.atEnd, REABLEMENT_CODE.hoursAtEnd, 'scheduled', 'Planned hours of care per week at the end of reablement');
  return {
    resourceType: 'CarePlan',
    ...(dismissed.length > 0 ? { extension: dismissed } : {}),
    status: ended ? 'completed' : 'active',
    intent: 'plan',
    category: [concept(REABLEMENT_CODE.plan)],
    title: 'Reablement plan',
    subject: parts.subject,
    period: { start: episode.startedOn, ...(ended ? { end: episode.endedOn } : {}) },
    // R4 CarePlan has no link to an EpisodeOfCare; supportingInfo (any resource) is the nearest.
    supportingInfo: [parts.episodeOfCare],
    ...(parts.goals.length > 0 ? { goal: parts.goals } : {}),
    ...(activity.length > 0 ? { activity } : {}),
  };
}
