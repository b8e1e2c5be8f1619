import { defaultGoalDomains, type Goal as GasGoal, type GoalPlanRecord } from '@otforms/core';
import type { Annotation, BundleEntry, Goal, Observation } from '@medplum/fhirtypes';
import { GAS_CODE, SYSTEM, concept } from './codes.js';
import { entryUrl, referenceTo, type LocalReference } from './ids.js';

/**
 * The GAS goals of a plan (domain brief §3.4, "GAS mapping"): one Goal per
 * goal, its baseline and each review level as Observations of the local code
 * "GAS attainment level", reviews referenced from `Goal.outcomeReference`, and
 * the plan's T-scores (baseline and per review date) as Observations.
 */
export function goalPlanEntries(record: GoalPlanRecord, subject: LocalReference): { entries: BundleEntry[]; goals: LocalReference[] } {
  const url = (path: string) => entryUrl(record.recordId, path);
  const plan = record.goalPlan;
  const startedOn = plan.agreedOn ?? record.startedAt;
  const entries: BundleEntry[] = [];
  const goals: LocalReference[] = [];
  for (const goal of plan.goals) {
    const goalUrl = url(`goal/${goal.id}`);
    const focus = [referenceTo(goalUrl)];
    const level = (value: number, date: string, text: string): Observation => ({
      resourceType: 'Observation',
      status: 'final',
      code: concept(GAS_CODE.attainmentLevel, text),
      subject,
      focus,
      effectiveDateTime: date,
      valueInteger: value,
    });
    const baseline = { fullUrl: url(`goal/${goal.id}/baseline`), resource: level(goal.baseline, startedOn, 'GAS baseline level') };
    const reviews = goal.reviews.map((review, index) => {
      const observation = level(review.level, review.date, 'GAS attainment level at review');
      if (review.verbal) observation.method = { text: `GAS-light rating: ${review.verbal}` };
      if (review.note) observation.note = [{ text: review.note }];
      return { fullUrl: url(`goal/${goal.id}/review/${index}`), resource: observation };
    });
    entries.push({ fullUrl: goalUrl, resource: toGoal(goal, record, subject, reviews.map((review) => referenceTo(review.fullUrl))) }, baseline, ...reviews);
    goals.push(referenceTo(goalUrl));
  }
  entries.push(...tScoreEntries(record, subject, startedOn, goals));
  return { entries, goals };
}

function toGoal(goal: GasGoal, record: GoalPlanRecord, subject: LocalReference, outcomes: LocalReference[]): Goal {
  const domain = goal.domain;
  const domainLabel = defaultGoalDomains.find((candidate) => candidate.code === domain)?.label;
  const notes = levelNotes(goal);
  return {
    resourceType: 'Goal',
    lifecycleStatus: goal.lifecycleStatus,
    ...(goal.achievementStatus ? { achievementStatus: concept({ system: SYSTEM.goalAchievement, code: goal.achievementStatus }) } : {}),
    ...(domain ? { category: [concept({ system: SYSTEM.goalDomain, code: domain, ...(domainLabel ? { display: domainLabel } : {}) })] } : {}),
    // The person's own words, exactly as given: never trimmed or rewritten.
    description: { text: goal.statement },
    subject,
    ...(record.goalPlan.agreedOn ? { startDate: record.goalPlan.agreedOn } : {}),
    target: [{ measure: concept(GAS_CODE.attainmentLevel), detailInteger: 0, dueDate: goal.dueDate }],
    expressedBy: subject,
    ...(notes.length > 0 ? { note: notes } : {}),
    ...(outcomes.length > 0 ? { outcomeReference: outcomes } : {}),
  };
}

const levelNames = [
  ['muchLess', -2, 'Much less than expected'],
  ['somewhatLess', -1, 'Somewhat less than expected'],
  ['expected', 0, 'Expected'],
  ['somewhatMore', 1, 'Somewhat more than expected'],
  ['muchMore', 2, 'Much more than expected'],
] as const;

/** The GAS level descriptors have no element in R4 Goal, so they travel as notes a person can read. */
function levelNotes(goal: GasGoal): Annotation[] {
  return levelNames.flatMap(([key, value, name]) => {
    const text = goal.levels[key];
    return text ? [{ text: `${name} (${value > 0 ? '+' : ''}${value}): ${text}` }] : [];
  });
}

/** The plan's T-scores; a null T-score (no goal carries weight) is not a result, so it is left out. */
function tScoreEntries(record: GoalPlanRecord, subject: LocalReference, startedOn: string, goals: LocalReference[]): BundleEntry[] {
  const { gas, goalPlan } = record;
  const url = (path: string) => entryUrl(record.recordId, path);
  const method = { text: `Kiresuk–Sherman T-score, rho ${gas.rho}, ${gas.weighting === 'unweighted' ? 'unweighted' : 'weighted by importance × difficulty'}` };
  const tScore = (value: number, date: string, derivedFrom: LocalReference[], change: number | null): Observation => ({
    resourceType: 'Observation',
    status: 'final',
    code: concept(GAS_CODE.tScore),
    subject,
    focus: goals,
    effectiveDateTime: date,
    valueQuantity: { value },
    method,
    derivedFrom,
    ...(change === null ? {} : { component: [{ code: concept(GAS_CODE.tScoreChange), valueQuantity: { value: change } }] }),
  });
  const entries: BundleEntry[] = [];
  if (gas.tScoreBaseline !== null) {
    const baselines = goalPlan.goals.map((goal) => referenceTo(url(`goal/${goal.id}/baseline`)));
    entries.push({ fullUrl: url('gas/t-score/baseline'), resource: tScore(gas.tScoreBaseline, startedOn, baselines, null) });
  }
  for (const review of gas.reviews) {
    if (review.tScore === null) continue;
    // As summariseGoalPlan scores it: each goal's latest review on or before the date, else its baseline.
    const levels = goalPlan.goals.map((goal) => {
      const latest = goal.reviews.reduce<number | null>(
        (found, candidate, index) => (candidate.date <= review.date && (found === null || candidate.date >= goal.reviews[found]!.date) ? index : found),
        null,
      );
      return referenceTo(url(latest === null ? `goal/${goal.id}/baseline` : `goal/${goal.id}/review/${latest}`));
    });
    entries.push({ fullUrl: url(`gas/t-score/${review.date}`), resource: tScore(review.tScore, review.date, levels, review.change) });
  }
  return entries;
}
