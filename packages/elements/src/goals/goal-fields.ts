import type { QuestionItem } from '@otforms/core';
import type { GoalField, PlanError } from '@otforms/machines';
import { goalMessages as m, levelLabel } from './goal-plan-messages.js';

/**
 * The goal's fields as question items, so that the form's own question
 * elements draw them (label, hint, error, `aria-describedby`). They are made
 * once, so a keystroke in one goal does not re-render the others' fields.
 */

const common = { enableBehavior: 'all' as const };
const text = (id: string, label: string, hint: string, required: boolean, multiline = false): QuestionItem => ({
  ...common,
  id,
  type: 'text',
  label,
  hint,
  required,
  multiline,
});
const date = (id: string, label: string, hint: string, required: boolean): QuestionItem => ({ ...common, id, type: 'date', label, hint, required });
const choice = (id: string, label: string, hint: string, options: readonly { code: string; label: string }[], required: boolean): QuestionItem => ({
  ...common,
  id,
  type: 'single-choice',
  label,
  hint,
  required,
  options: options.map((option) => ({ ...option })),
  allowNotAssessed: false,
});
const ratings = (labels: readonly string[]) => labels.map((label, rating) => ({ code: String(rating), label: `${rating}: ${label.toLowerCase()}` }));

/** The five levels in the order a person reads them, −2 to +2, with the field each is kept in. */
export const levelFields = [
  { level: -2, field: 'levels.muchLess' },
  { level: -1, field: 'levels.somewhatLess' },
  { level: 0, field: 'levels.expected' },
  { level: 1, field: 'levels.somewhatMore' },
  { level: 2, field: 'levels.muchMore' },
] as const satisfies readonly { level: number; field: GoalField }[];

export const goalItems = {
  statement: text('statement', m.statementLabel, m.statementHint, true, true),
  baseline: choice('baseline', m.baselineLabel, m.baselineHint, m.baselineOptions, true),
  dueDate: date('dueDate', m.dueDateLabel, m.dueDateHint, true),
  importance: choice('importance', m.importanceLabel, m.ratingHint, ratings(m.importanceOptions), true),
  difficulty: choice('difficulty', m.difficultyLabel, m.ratingHint, ratings(m.difficultyOptions), true),
  'smart.what': text('smart-what', m.smartWhatLabel, m.smartWhatHint, false),
  'smart.howWell': text('smart-how-well', m.smartHowWellLabel, m.smartHowWellHint, false),
  'smart.byWhen': date('smart-by-when', m.smartByWhenLabel, m.smartByWhenHint, false),
  ...Object.fromEntries(
    levelFields.map(({ level, field }) => [field, text(field.replace('.', '-'), levelLabel(level, level !== 0), m.levelHints[level] ?? '', level === 0)]),
  ),
} as Record<Exclude<GoalField, 'domain'>, QuestionItem>;

const domainItems = new WeakMap<readonly unknown[], QuestionItem>();

/** The outcome domain question for the host's list of domains; one item per list. */
export function domainItem(domains: readonly { code: string; label: string }[]): QuestionItem {
  let item = domainItems.get(domains);
  if (!item) domainItems.set(domains, (item = choice('domain', m.domainLabel, m.domainHint, domains, false)));
  return item;
}

/** The DOM id of one field of one goal, where an error summary link takes focus. */
export const goalFieldId = (goalId: string, field: string) => `goal-${goalId}-${field.replace('.', '-')}`;

/** The DOM id of a goal's rating on the review page. */
export const ratingId = (goalId: string) => `rating-${goalId}`;

/** Where an error summary link goes: the field, the goal's rating, or the list of goals for a plan-wide problem. */
export function errorTargetId(error: PlanError): string {
  if (!error.goalId) return 'goals';
  return error.field === 'level' ? ratingId(error.goalId) : goalFieldId(error.goalId, error.field ?? 'statement');
}
