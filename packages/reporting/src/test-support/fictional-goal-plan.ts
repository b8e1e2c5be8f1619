import { OTFORMS_VERSION, OUTCOME_RECORD_VERSION, summariseGoalPlan, type Goal, type GoalPlan, type GoalPlanRecord } from '@otforms/core';
import { isoDay, isoTime } from './fictional-dates.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * A fictional goal plan with goal attainment scaling: 2 to 4 goals in a
 * person's own words, agreed at the start, reviewed once or twice. The T-scores
 * come from core's `summariseGoalPlan` (Kiresuk & Sherman, via `gasTScore`),
 * as in the goal-plan machine's record.
 */

/** Goals as people in reablement put them, with what the OT agreed would be the expected outcome. Invented. */
const GOALS: readonly { id: string; statement: string; domain: string; expected: string }[] = [
  { id: 'shower', statement: 'I want to have a shower on my own again', domain: 'personal-care', expected: 'Showers alone with a seat and rail, three times a week' },
  { id: 'dressing', statement: 'Get myself dressed in the morning', domain: 'personal-care', expected: 'Dresses alone, using a helping hand for socks and shoes' },
  { id: 'breakfast', statement: 'Make my own breakfast and a cup of tea', domain: 'domestic-life', expected: 'Makes breakfast and a hot drink using a kitchen trolley' },
  { id: 'shop', statement: 'Walk to the corner shop for my paper', domain: 'mobility', expected: 'Walks to the shop and back with a stick, most days' },
  { id: 'stairs', statement: 'Get up and down the stairs safely', domain: 'mobility', expected: 'Uses the stairs with the rail twice a day without help' },
  { id: 'church', statement: 'Go back to church on Sundays', domain: 'community-leisure', expected: 'Gets to church by community transport most Sundays' },
  { id: 'grandchildren', statement: 'Take my grandson to the park', domain: 'relationships', expected: 'Walks to the park with a rollator and a family member' },
  { id: 'night', statement: 'Feel safe getting to the toilet at night', domain: 'safety', expected: 'Gets to the toilet at night with a night light and a rail' },
  { id: 'washing', statement: 'Do my own washing', domain: 'domestic-life', expected: 'Loads the washing machine and hangs washing on an airer' },
  { id: 'bed', statement: 'Get in and out of bed by myself', domain: 'personal-care', expected: 'Gets in and out of bed alone with a bed lever' },
  { id: 'meal', statement: 'Cook a proper dinner for me and my husband', domain: 'domestic-life', expected: 'Cooks a simple hot meal twice a week, sitting to prepare' },
  { id: 'lunch-club', statement: 'Go to the lunch club on Wednesdays', domain: 'community-leisure', expected: 'Goes to the lunch club by taxi every Wednesday' },
  { id: 'tablets', statement: 'Sort out my own tablets', domain: 'wellbeing', expected: 'Takes tablets from a dosette box at the right times' },
  { id: 'car', statement: 'Get in and out of my daughter’s car', domain: 'mobility', expected: 'Gets in and out of the car with a swivel cushion' },
  { id: 'garden', statement: 'Potter in the garden again', domain: 'community-leisure', expected: 'Waters the pots on the patio with a light can' },
  { id: 'falling', statement: 'Stop worrying about falling all the time', domain: 'wellbeing', expected: 'Feels confident enough to move about the house alone' },
];

/** The level at the last review: most goals reach the expected outcome or near it. */
const FINAL_LEVELS: readonly (readonly [number, number])[] = [
  [2, 7],
  [1, 18],
  [0, 42],
  [-1, 23],
  [-2, 10],
];

export interface GoalPlanTimes {
  recordId: string;
  subjectReference: string;
  assessorReference: string;
  /** Days: agreed, the planned end (due date), and the reviews to hold (0, 1 or 2 of them, in order). */
  agreedOn: number;
  dueOn: number;
  reviewDays: readonly number[];
  /** Whether the episode has ended, so the goals are closed. */
  closed: boolean;
}

export function fictionalGoalPlan(random: SeededRandom, times: GoalPlanTimes): GoalPlanRecord {
  const weighted = random.chance(0.2);
  const goals = random.sample(GOALS, random.int(2, 4)).map((template): Goal => {
    const baseline = random.chance(0.55) ? -1 : -2;
    const final = random.weighted(FINAL_LEVELS);
    // An earlier review sits halfway between the baseline and the final level.
    const levels = times.reviewDays.map((_, at) => (at === times.reviewDays.length - 1 ? final : baseline + Math.round((final - baseline) / 2)));
    const reviews = times.reviewDays.map((day, at) => ({ date: isoDay(day), level: levels[at]! }));
    const last = levels.at(-1);
    const goal: Goal = {
      id: template.id,
      statement: template.statement,
      domain: template.domain,
      baseline,
      levels: { expected: template.expected },
      dueDate: isoDay(times.dueOn),
      reviews,
      ...statusOf(times.closed, baseline, last),
    };
    if (weighted) {
      goal.importance = random.int(1, 3);
      goal.difficulty = random.int(1, 3);
    }
    return goal;
  });
  const goalPlan: GoalPlan = { weighting: weighted ? 'importance-x-difficulty' : 'unweighted', rho: 0.3, goals, agreedOn: isoDay(times.agreedOn) };
  const lastDay = times.reviewDays.at(-1) ?? times.agreedOn;
  return {
    schemaVersion: OUTCOME_RECORD_VERSION,
    kind: 'goal-plan',
    recordId: times.recordId,
    subject: { reference: times.subjectReference },
    assessor: { reference: times.assessorReference, role: 'Occupational therapist' },
    startedAt: isoTime(times.agreedOn, 10 * 60),
    completedAt: isoTime(lastDay, 15 * 60),
    goalPlan,
    gas: summariseGoalPlan(goalPlan),
    provenance: { generator: 'otforms', version: OTFORMS_VERSION },
  };
}

/** FHIR goal statuses: closed goals are completed (or cancelled if never reviewed); open ones are active. */
function statusOf(closed: boolean, baseline: number, last: number | undefined): Pick<Goal, 'lifecycleStatus' | 'achievementStatus'> {
  if (closed) {
    if (last === undefined) return { lifecycleStatus: 'cancelled' };
    return { lifecycleStatus: 'completed', achievementStatus: last >= 0 ? 'achieved' : 'not-achieved' };
  }
  if (last === undefined) return { lifecycleStatus: 'active', achievementStatus: 'in-progress' };
  return { lifecycleStatus: 'active', achievementStatus: last > baseline ? 'improving' : last < baseline ? 'worsening' : 'no-change' };
}
