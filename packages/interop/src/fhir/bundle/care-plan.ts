import type { GoalPlanRecord, ReablementEpisode } from '@otforms/core';
import type { CarePlan, CarePlanActivity, Coding } from '@medplum/fhirtypes';
import type { LocalReference } from './ids.js';
import { REABLEMENT_CODE, SYSTEM, concept } from './codes.js';

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
  parts: { subject: LocalReference; episodeOfCare: LocalReference; goals: LocalReference[]; deviceRequests: LocalReference[] },
): CarePlan {
  const ended = episode.endedOn !== undefined;
  const activity: CarePlanActivity[] = parts.deviceRequests.map((reference) => ({ reference }));
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
