import { defaultGoalDomains, type QuestionItem } from '@otforms/core';
import type { GoalField, PlanError } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import { levelText } from './gas-format.js';

type GoalWords = Catalogue['goals'];

/** An outcome domain a goal can be tagged with; without a label (or one of core's defaults) the catalogue names it. */
export interface GoalDomain {
  code: string;
  label?: string;
}

/**
 * The goal's fields as question items, so that the form's own question
 * elements draw them (label, hint, error, `aria-describedby`). They are made
 * once per catalogue, so a keystroke in one goal does not re-render the
 * others' fields.
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
const ratings = (labels: readonly string[]) => labels.map((label, rating) => ({ code: String(rating), label }));

/** The five levels in the order a person reads them, −2 to +2, with the field each is kept in. */
export const levelFields = [
  { level: -2, field: 'levels.muchLess' },
  { level: -1, field: 'levels.somewhatLess' },
  { level: 0, field: 'levels.expected' },
  { level: 1, field: 'levels.somewhatMore' },
  { level: 2, field: 'levels.muchMore' },
] as const satisfies readonly { level: number; field: GoalField }[];

/** A level's label in the catalogue's words: "−2: much less than expected". */
export const levelLabel = (t: Catalogue, level: number, optional: boolean) =>
  t.goals.levelLabel(levelText(t.format, level), t.goals.levelWords[level] ?? '', optional);

type GoalItems = Record<Exclude<GoalField, 'domain'>, QuestionItem>;
const itemsByCatalogue = new WeakMap<Catalogue, GoalItems>();

/** The goal's fields in the catalogue's words; the same items for the same catalogue. */
export function goalItems(t: Catalogue): GoalItems {
  let items = itemsByCatalogue.get(t);
  if (items) return items;
  const m = t.goals;
  items = {
    statement: text('statement', m.statementLabel, m.statementHint, true, true),
    baseline: choice('baseline', m.baselineLabel, m.baselineHint, m.baselineOptions, true),
    dueDate: date('dueDate', m.dueDateLabel, m.dueDateHint, true),
    importance: choice('importance', m.importanceLabel, m.ratingHint, ratings(m.importanceOptions), true),
    difficulty: choice('difficulty', m.difficultyLabel, m.ratingHint, ratings(m.difficultyOptions), true),
    'smart.what': text('smart-what', m.smartWhatLabel, m.smartWhatHint, false),
    'smart.howWell': text('smart-how-well', m.smartHowWellLabel, m.smartHowWellHint, false),
    'smart.byWhen': date('smart-by-when', m.smartByWhenLabel, m.smartByWhenHint, false),
    ...Object.fromEntries(
      levelFields.map(({ level, field }) => [field, text(field.replace('.', '-'), levelLabel(t, level, level !== 0), m.levelHints[level] ?? '', level === 0)]),
    ),
  } as GoalItems;
  itemsByCatalogue.set(t, items);
  return items;
}

/** Core's default domains' en-GB labels, by code. */
const defaultLabels: ReadonlyMap<string, string> = new Map(defaultGoalDomains.map((domain) => [domain.code, domain.label]));

/**
 * A domain's label: the host's own, else the catalogue's for its code, else
 * the code. Core's default domains carry en-GB labels for DOM-free users; on
 * screen the catalogue names them, so they follow the page's language. A
 * default is known by its code and its default label, not by identity: a
 * host may copy or clone the list (and a record keeps its own copy).
 */
export function domainLabel(m: GoalWords, domain: GoalDomain): string {
  const own = domain.label !== undefined && defaultLabels.get(domain.code) !== domain.label ? domain.label : undefined;
  return own ?? m.domains[domain.code] ?? domain.label ?? domain.code;
}

const domainItems = new WeakMap<Catalogue, WeakMap<readonly GoalDomain[], QuestionItem>>();

/** The outcome domain question for the host's list of domains; one item per list and catalogue. */
export function domainItem(t: Catalogue, domains: readonly GoalDomain[]): QuestionItem {
  let byList = domainItems.get(t);
  if (!byList) domainItems.set(t, (byList = new WeakMap()));
  let item = byList.get(domains);
  if (!item) {
    const options = domains.map((domain) => ({ code: domain.code, label: domainLabel(t.goals, domain) }));
    byList.set(domains, (item = choice('domain', t.goals.domainLabel, t.goals.domainHint, options, false)));
  }
  return item;
}

/**
 * The machine's problems in the catalogue's words, by code; a problem without
 * one (a draft saved before codes) keeps its en-GB message.
 */
export function planErrorsInWords<E extends PlanError>(m: GoalWords, errors: readonly E[]): E[] {
  return errors.map((error) => (error.code ? { ...error, message: m.errors[error.code](error.values ?? {}) } : error));
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
