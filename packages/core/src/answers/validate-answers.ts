import type { GroupItem, InstrumentDefinition, QuestionItem } from '../definition/definition-schema.js';
import { enabledItemIds } from '../conditions/enable-when.js';
import type { VisitItem } from '../conditions/update-hidden-items.js';
import { indexDefinition } from '../definition/definition-index.js';
import { allItems } from '../scoring/scored-items.js';
import { entryInputKey, groupEntries, type QuestionAnswer, type ResponseStateInput } from './answers.js';
import { describeAnswerProblem, describeEntryProblem, type AnswerProblem } from './answer-problem.js';
import { photoBudgetProblem, photosProblem } from './validate-photos.js';

/**
 * One question's problem, with the message to show beside it and in the
 * error summary. Inside a repeating group, `entry` and `childId` say which
 * entry's question it is. `message` is in English (en-GB) for DOM-free
 * users; `problem` says the same as data, for an interface with its own words.
 */
export interface AnswerError {
  itemId: string;
  message: string;
  problem: AnswerProblem;
  entry?: number;
  childId?: string;
}

/** A problem with one question, and its English words. */
export interface ItemProblem {
  problem: AnswerProblem;
  message: string;
}

const withMessage = (problem: AnswerProblem | null, label: string): ItemProblem | null =>
  problem ? { problem, message: describeAnswerProblem(problem, label) } : null;

/**
 * Checks the given items (every item when `itemIds` is absent) against what
 * has been entered. Hidden questions are never checked. Messages follow
 * GOV.UK style: they say what to do.
 */
export function validateAnswers(definition: InstrumentDefinition, state: ResponseStateInput, itemIds?: readonly string[]): AnswerError[] {
  return validateShownItems(definition, state, itemIds, enabledItemIds(definition, state.answers));
}

/**
 * Advanced: `validateAnswers` for a caller that already keeps the shown
 * items up answer by answer (the assessment machine does), so that checking
 * one page costs that page rather than the whole form. `shown` must be
 * exactly `enabledItemIds(definition, state.answers)`; given that, the
 * result is exactly `validateAnswers`'. `visit` is for diagnostics only
 * (tests count the work with it): it is told of each item checked.
 */
export function validateShownItems(
  definition: InstrumentDefinition,
  state: ResponseStateInput,
  itemIds: readonly string[] | undefined,
  shown: ReadonlySet<string>,
  visit?: VisitItem,
): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const item of itemsToCheck(definition, itemIds)) {
    if (!shown.has(item.id)) continue;
    visit?.(item.id);
    if (item.type === 'group') {
      errors.push(...validateGroup(item, state));
      continue;
    }
    const found = checkItem(item, state) ?? (item.type === 'photo' ? withMessage(photoBudgetProblem(definition, state, item.id, shown), item.label) : null);
    if (found) errors.push({ itemId: item.id, ...found });
  }
  return errors;
}

/** The items to check, in definition order: the named ones only, when named (a page, not the whole form). */
function itemsToCheck(definition: InstrumentDefinition, itemIds: readonly string[] | undefined) {
  if (!itemIds) return allItems(definition);
  const { items, itemsById, positionOf } = indexDefinition(definition);
  // Should ids repeat (a definition never parsed), every item of a named id is checked, as before.
  if (itemsById.size !== items.length) return items.filter((item) => itemIds.includes(item.id));
  return [...new Set(itemIds)]
    .filter((id) => itemsById.has(id))
    .sort((a, b) => positionOf.get(a)! - positionOf.get(b)!)
    .map((id) => itemsById.get(id)!);
}

/** The problem with one question's answer, in English, or null. */
export function validateItem(item: QuestionItem, state: ResponseStateInput): string | null {
  return checkItem(item, state)?.message ?? null;
}

/** The problem with one question's answer, as data and in English, or null: what a question element checks itself with. */
export function checkItem(item: QuestionItem, state: ResponseStateInput): ItemProblem | null {
  if (state.invalidInputs[item.id] !== undefined) return withMessage(unreadableProblem(item), item.label);
  const answer = state.answers[item.id] as QuestionAnswer | undefined;
  const problem = answerProblem(item, answer, state.notAssessed.includes(item.id)) ?? (item.type === 'photo' ? photosProblem(item, answer, state.attachments ?? {}) : null);
  return withMessage(problem, item.label);
}

function answerProblem(item: QuestionItem, answer: QuestionAnswer | undefined, notAssessed: boolean): AnswerProblem | null {
  const empty = answer === undefined || (Array.isArray(answer) && answer.length === 0);
  if (empty) return notAssessed || !item.required ? null : missingProblem(item);
  return outOfRangeProblem(item, answer);
}

function validateGroup(group: GroupItem, state: ResponseStateInput): AnswerError[] {
  const entries = groupEntries(state.answers[group.id]);
  const least = Math.max(group.required ? 1 : 0, group.minEntries);
  const errors: AnswerError[] = [];
  const groupError = (problem: AnswerProblem) => errors.push({ itemId: group.id, problem, message: describeAnswerProblem(problem, group.entryLabel) });
  if (entries.length < least) groupError({ kind: 'too-few-entries', min: least });
  if (group.maxEntries !== undefined && entries.length > group.maxEntries) groupError({ kind: 'too-many-entries', max: group.maxEntries });
  entries.forEach((entry, index) => {
    for (const child of group.items) {
      const problem =
        state.invalidInputs[entryInputKey(group.id, index, child.id)] !== undefined ? unreadableProblem(child) : answerProblem(child, entry[child.id], false);
      if (problem) {
        const message = describeEntryProblem(group.entryLabel, index, describeAnswerProblem(problem, child.label));
        errors.push({ itemId: group.id, entry: index, childId: child.id, problem, message });
      }
    }
  });
  return errors;
}

function missingProblem(item: QuestionItem): AnswerProblem {
  if (item.type === 'multiple-choice') return { kind: 'missing', answer: 'choices' };
  if (item.type === 'single-choice' || item.type === 'yes-no') return { kind: 'missing', answer: 'choice' };
  if (item.type === 'photo') return { kind: 'missing', answer: 'photo' };
  return { kind: 'missing', answer: 'value' };
}

/** What is wrong with text that could not be read as the question's answer. */
function unreadableProblem(item: QuestionItem): AnswerProblem {
  switch (item.type) {
    case 'integer':
      return { kind: 'not-whole-number' };
    case 'decimal':
    case 'measurement':
      return { kind: 'not-number' };
    case 'duration':
      return { kind: 'not-seconds' };
    case 'date':
      return { kind: 'not-real-date' };
    case 'photo':
      return { kind: 'unreadable-photo' };
    default:
      return { kind: 'unknown-option' };
  }
}

/** What is wrong with an answer that is given, in English: out of range, too precise, too long, too many choices. */
export function describeOutOfRange(item: QuestionItem, answer: QuestionAnswer): string | null {
  const problem = outOfRangeProblem(item, answer);
  return problem ? describeAnswerProblem(problem, item.label) : null;
}

/** What is wrong with an answer that is given, as data: out of range, too precise, too long, too many choices. */
export function outOfRangeProblem(item: QuestionItem, answer: QuestionAnswer): AnswerProblem | null {
  switch (item.type) {
    case 'integer':
    case 'decimal':
    case 'duration':
    case 'measurement': {
      if (typeof answer !== 'number') return unreadableProblem(item);
      const unit = item.type === 'duration' ? { seconds: true as const } : item.unit ? { unit: item.unit } : {};
      if (item.type === 'integer' && !Number.isInteger(answer)) return { kind: 'not-whole-number' };
      if (item.type !== 'integer' && item.decimalPlaces !== undefined && decimalPlaces(answer) > item.decimalPlaces) {
        return item.decimalPlaces === 0 ? { kind: 'not-whole-number' } : { kind: 'decimal-places', max: item.decimalPlaces };
      }
      // A duration is never negative, whatever its definition says.
      const min = item.min ?? (item.type === 'duration' ? 0 : undefined);
      if (min !== undefined && answer < min) return { kind: 'below-minimum', limit: min, ...unit };
      if (item.max !== undefined && answer > item.max) return { kind: 'above-maximum', limit: item.max, ...unit };
      return null;
    }
    case 'multiple-choice': {
      const count = Array.isArray(answer) ? answer.length : 1;
      if (item.minSelected !== undefined && count < item.minSelected) return { kind: 'too-few-selected', min: item.minSelected };
      if (item.maxSelected !== undefined && count > item.maxSelected) return { kind: 'too-many-selected', max: item.maxSelected };
      return null;
    }
    case 'text':
    case 'own-words':
      return item.maxLength !== undefined && typeof answer === 'string' && answer.length > item.maxLength ? { kind: 'too-long', maxLength: item.maxLength } : null;
    default:
      return null;
  }
}

function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}
