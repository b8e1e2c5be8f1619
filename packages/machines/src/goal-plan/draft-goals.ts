import { isRealIsoDate } from '@otforms/core';
import type { DraftGoal, GoalField, GoalPlanContext, GoalSeed, PlanError, PlanErrorCode } from './goal-plan-types.js';

/** Pure changes to the goals being drafted, and the checks an agreed plan and a saved review must pass. */

export function newGoal(goalId: string): DraftGoal {
  return {
    id: goalId,
    statement: '',
    smart: { what: '', howWell: '', byWhen: '' },
    domain: '',
    baseline: null,
    levels: { muchLess: '', somewhatLess: '', expected: '', somewhatMore: '', muchMore: '' },
    importance: null,
    difficulty: null,
    dueDate: '',
    reviews: [],
    lifecycleStatus: 'proposed',
    achievementStatus: null,
  };
}

/** A new goal started from what the person said: the words exactly as recorded, and where they came from. */
export function seededGoal(goalId: string, seed: GoalSeed): DraftGoal {
  return { ...newGoal(goalId), statement: seed.text, seededFrom: { instrumentId: seed.instrumentId, itemId: seed.itemId } };
}

/** The first `goal-N` no goal has: an id the machine can choose itself and a test can predict. */
export function freeGoalId(goals: readonly DraftGoal[]): string {
  const taken = new Set(goals.map((goal) => goal.id));
  let number = goals.length + 1;
  while (taken.has(`goal-${number}`)) number += 1;
  return `goal-${number}`;
}

/** Sets one field from the text a form gave; numbers and the baseline are read, anything else is kept as typed. */
export function editGoal(goal: DraftGoal, field: GoalField, value: string): DraftGoal {
  switch (field) {
    case 'baseline':
      return { ...goal, baseline: value === '-1' ? -1 : value === '-2' ? -2 : null };
    case 'importance':
    case 'difficulty': {
      const rating = /^[0-3]$/.test(value.trim()) ? Number(value.trim()) : null;
      return { ...goal, [field]: rating };
    }
    case 'statement':
    case 'domain':
    case 'dueDate':
      return { ...goal, [field]: value };
    default: {
      const [group, key] = field.split('.') as ['smart' | 'levels', string];
      return { ...goal, [group]: { ...goal[group], [key]: value } };
    }
  }
}

export function moveGoal(goals: DraftGoal[], goalId: string, to: number): DraftGoal[] {
  const from = goals.findIndex((goal) => goal.id === goalId);
  if (from < 0) return goals;
  const target = Math.max(0, Math.min(goals.length - 1, to));
  const moved = goals.filter((goal) => goal.id !== goalId);
  moved.splice(target, 0, goals[from]!);
  return moved;
}

const isRealDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealIsoDate(text);

/**
 * What stops the plan being agreed, in GOV.UK words, goal by goal, each
 * goal's in the order its page asks for them (the error summary's order).
 */
export function planErrors(context: Pick<GoalPlanContext, 'goals' | 'weighting' | 'options'>): PlanError[] {
  const { goals, weighting, options } = context;
  const min = options.minGoals ?? 1;
  const max = options.maxGoals ?? 6;
  const errors: PlanError[] = [];
  if (goals.length < min) errors.push({ code: 'tooFewGoals', values: { min }, message: min === 1 ? 'Add at least 1 goal' : `Add at least ${min} goals` });
  if (goals.length > max) {
    const excess = goals.length - max;
    errors.push({ code: 'tooManyGoals', values: { max, excess }, message: `A plan can have up to ${max} goals; remove ${excess}` });
  }
  goals.forEach((goal, index) => {
    const number = index + 1;
    const name = `goal ${number}`;
    const add = (field: GoalField, code: PlanErrorCode, message: string) => errors.push({ goalId: goal.id, field, code, values: { goal: number }, message });
    if (!goal.statement.trim()) add('statement', 'statementMissing', `Enter ${name} in the person’s own words`);
    if (goal.domain && !/^[A-Za-z][A-Za-z0-9_-]*$/.test(goal.domain)) add('domain', 'domainNotListed', `Select an outcome domain for ${name} from the list`);
    if (goal.baseline === null) add('baseline', 'baselineMissing', `Select where the person starts for ${name}`);
    if (!goal.levels.expected.trim()) add('levels.expected', 'expectedMissing', `Describe the expected outcome for ${name}`);
    if (!isRealDate(goal.dueDate)) add('dueDate', 'dueDateMissing', `Enter a due date for ${name}`);
    if (weighting === 'importance-x-difficulty') {
      if (goal.importance === null) add('importance', 'importanceMissing', `Select how important ${name} is`);
      if (goal.difficulty === null) add('difficulty', 'difficultyMissing', `Select how difficult ${name} is`);
    }
    if (goal.smart.byWhen.trim() && !isRealDate(goal.smart.byWhen)) add('smart.byWhen', 'byWhenNotADate', `Enter a real date for when ${name} should be done by`);
  });
  return errors;
}

/** Every goal needs a level unless partial reviews are allowed; then at least one does. */
export function reviewErrors(context: GoalPlanContext): PlanError[] {
  const levels = context.review?.levels ?? {};
  const unrated = context.goals.filter((goal) => levels[goal.id] === undefined);
  if (context.options.allowPartialReview && unrated.length < context.goals.length) return [];
  return unrated.map((goal) => {
    const number = context.goals.indexOf(goal) + 1;
    return { goalId: goal.id, field: 'level', code: 'levelMissing', values: { goal: number }, message: `Select how far goal ${number} was achieved` };
  });
}

/** FHIR achievement status from the latest level and the baseline (library policy, not a standard). */
export function achievementOf(level: number, baseline: -1 | -2): DraftGoal['achievementStatus'] {
  if (level >= 0) return 'achieved';
  if (level > baseline) return 'improving';
  return level === baseline ? 'no-change' : 'worsening';
}
