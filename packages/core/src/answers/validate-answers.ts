import type { GroupItem, InstrumentDefinition, QuestionItem } from '../definition/definition-schema.js';
import { enabledItemIds } from '../conditions/enable-when.js';
import { allItems } from '../scoring/scored-items.js';
import { entryInputKey, groupEntries, type QuestionAnswer, type ResponseStateInput } from './answers.js';
import { inSentence } from './in-sentence.js';
import { photoBudgetError, validatePhotos } from './validate-photos.js';

/**
 * One question's problem, with the message to show beside it and in the
 * error summary. Inside a repeating group, `entry` and `childId` say which
 * entry's question it is.
 */
export interface AnswerError {
  itemId: string;
  message: string;
  entry?: number;
  childId?: string;
}

/**
 * Checks the given items (every item when `itemIds` is absent) against what
 * has been entered. Hidden questions are never checked. Messages follow
 * GOV.UK style: they say what to do.
 */
export function validateAnswers(
  definition: InstrumentDefinition,
  state: ResponseStateInput,
  itemIds?: readonly string[],
): AnswerError[] {
  const wanted = itemIds ? new Set(itemIds) : null;
  const enabled = enabledItemIds(definition, state.answers);
  const errors: AnswerError[] = [];
  for (const item of allItems(definition)) {
    if ((wanted && !wanted.has(item.id)) || !enabled.has(item.id)) continue;
    if (item.type === 'group') {
      errors.push(...validateGroup(item, state));
      continue;
    }
    const message = validateItem(item, state) ?? (item.type === 'photo' ? photoBudgetError(definition, state, item.id, enabled) : null);
    if (message) errors.push({ itemId: item.id, message });
  }
  return errors;
}

/** The problem with one question's answer, or null. */
export function validateItem(item: QuestionItem, state: ResponseStateInput): string | null {
  if (state.invalidInputs[item.id] !== undefined) return describeUnreadable(item);
  const answer = state.answers[item.id] as QuestionAnswer | undefined;
  return validateAnswer(item, answer, state.notAssessed.includes(item.id)) ?? (item.type === 'photo' ? validatePhotos(item, answer, state.attachments ?? {}) : null);
}

function validateAnswer(item: QuestionItem, answer: QuestionAnswer | undefined, notAssessed: boolean): string | null {
  const empty = answer === undefined || (Array.isArray(answer) && answer.length === 0);
  if (empty) return notAssessed || !item.required ? null : describeMissing(item);
  return describeOutOfRange(item, answer);
}

function validateGroup(group: GroupItem, state: ResponseStateInput): AnswerError[] {
  const entries = groupEntries(state.answers[group.id]);
  const least = Math.max(group.required ? 1 : 0, group.minEntries);
  const errors: AnswerError[] = [];
  if (entries.length < least) {
    const entry = inSentence(group.entryLabel);
    errors.push({ itemId: group.id, message: least === 1 ? `Add at least one ${entry}` : `Add at least ${least} entries (${entry})` });
  }
  if (group.maxEntries !== undefined && entries.length > group.maxEntries) {
    errors.push({ itemId: group.id, message: `Add no more than ${group.maxEntries} entries (${inSentence(group.entryLabel)})` });
  }
  entries.forEach((entry, index) => {
    for (const child of group.items) {
      const message =
        state.invalidInputs[entryInputKey(group.id, index, child.id)] !== undefined
          ? describeUnreadable(child)
          : validateAnswer(child, entry[child.id], false);
      if (message) errors.push({ itemId: group.id, entry: index, childId: child.id, message: `${group.entryLabel} ${index + 1}: ${message}` });
    }
  });
  return errors;
}

function describeMissing(item: QuestionItem): string {
  const label = inSentence(item.label);
  if (item.type === 'multiple-choice') return `Select at least one answer for ${label}`;
  if (item.type === 'single-choice' || item.type === 'yes-no') return `Select an answer for ${label}`;
  if (item.type === 'photo') return `Add a photo for ${label}`;
  return `Enter ${label}`;
}

function describeUnreadable(item: QuestionItem): string {
  switch (item.type) {
    case 'integer':
      return `${item.label} must be a whole number`;
    case 'decimal':
    case 'measurement':
      return `${item.label} must be a number`;
    case 'duration':
      return `${item.label} must be a number of seconds, like 12.5`;
    case 'date':
      return `${item.label} must be a real date`;
    case 'photo':
      return `A photo for ${inSentence(item.label)} could not be read; add it again`;
    default:
      return `Select one of the options for ${inSentence(item.label)}`;
  }
}

/** What is wrong with an answer that is given: out of range, too precise, too long, too many choices. */
export function describeOutOfRange(item: QuestionItem, answer: QuestionAnswer): string | null {
  switch (item.type) {
    case 'integer':
    case 'decimal':
    case 'duration':
    case 'measurement': {
      if (typeof answer !== 'number') return describeUnreadable(item);
      const unit = item.type === 'duration' ? ' seconds' : item.unit ? ` ${item.unit}` : '';
      if (item.type === 'integer' && !Number.isInteger(answer)) return `${item.label} must be a whole number`;
      if (item.type !== 'integer' && item.decimalPlaces !== undefined && decimalPlaces(answer) > item.decimalPlaces) {
        return item.decimalPlaces === 0
          ? `${item.label} must be a whole number`
          : `${item.label} must have ${item.decimalPlaces} decimal place${item.decimalPlaces === 1 ? '' : 's'} or fewer`;
      }
      // A duration is never negative, whatever its definition says.
      const min = item.min ?? (item.type === 'duration' ? 0 : undefined);
      if (min !== undefined && answer < min) return `${item.label} must be ${min}${unit} or more`;
      if (item.max !== undefined && answer > item.max) return `${item.label} must be ${item.max}${unit} or less`;
      return null;
    }
    case 'multiple-choice': {
      const count = Array.isArray(answer) ? answer.length : 1;
      if (item.minSelected !== undefined && count < item.minSelected) return `Select at least ${item.minSelected} answers for ${inSentence(item.label)}`;
      if (item.maxSelected !== undefined && count > item.maxSelected) return `Select no more than ${item.maxSelected} answers for ${inSentence(item.label)}`;
      return null;
    }
    case 'text':
    case 'own-words':
      return item.maxLength !== undefined && typeof answer === 'string' && answer.length > item.maxLength
        ? `${item.label} must be ${item.maxLength} characters or fewer`
        : null;
    default:
      return null;
  }
}

function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}
