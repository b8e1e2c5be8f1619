import type { InstrumentDefinition, Item } from '../definition/definition-schema.js';
import { allItems } from '../scoring/scored-items.js';
import type { Answer, ResponseState } from './answers.js';

/** One question's problem, with the message to show beside it and in the error summary. */
export interface AnswerError {
  itemId: string;
  message: string;
}

/**
 * Checks the given items (every item when `itemIds` is absent) against what
 * has been entered. Messages follow GOV.UK style: they say what to do.
 */
export function validateAnswers(
  definition: InstrumentDefinition,
  state: ResponseState,
  itemIds?: readonly string[],
): AnswerError[] {
  const wanted = itemIds ? new Set(itemIds) : null;
  const errors: AnswerError[] = [];
  for (const item of allItems(definition)) {
    if (wanted && !wanted.has(item.id)) continue;
    const message = validateItem(item, state);
    if (message) errors.push({ itemId: item.id, message });
  }
  return errors;
}

export function validateItem(item: Item, state: ResponseState): string | null {
  const invalidText = state.invalidInputs[item.id];
  if (invalidText !== undefined) return describeUnreadable(item);
  const answer = state.answers[item.id];
  if (answer === undefined) {
    if (state.notAssessed.includes(item.id) || !item.required) return null;
    return describeMissing(item);
  }
  return describeOutOfRange(item, answer);
}

function describeMissing(item: Item): string {
  const label = inSentence(item.label);
  return item.type === 'single-choice' ? `Select an answer for ${label}` : `Enter ${label}`;
}

function describeUnreadable(item: Item): string {
  switch (item.type) {
    case 'integer':
      return `${item.label} must be a whole number`;
    case 'decimal':
      return `${item.label} must be a number`;
    case 'date':
      return `${item.label} must be a real date`;
    default:
      return `Select one of the options for ${inSentence(item.label)}`;
  }
}

function describeOutOfRange(item: Item, answer: Answer): string | null {
  if (item.type === 'integer' || item.type === 'decimal') {
    if (typeof answer !== 'number') return describeUnreadable(item);
    const unit = item.unit ? ` ${item.unit}` : '';
    if (item.type === 'integer' && !Number.isInteger(answer)) return `${item.label} must be a whole number`;
    if (item.type === 'decimal' && item.decimalPlaces !== undefined && decimalPlaces(answer) > item.decimalPlaces) {
      return item.decimalPlaces === 0
        ? `${item.label} must be a whole number`
        : `${item.label} must have ${item.decimalPlaces} decimal place${item.decimalPlaces === 1 ? '' : 's'} or fewer`;
    }
    if (item.min !== undefined && answer < item.min) return `${item.label} must be ${item.min}${unit} or more`;
    if (item.max !== undefined && answer > item.max) return `${item.label} must be ${item.max}${unit} or less`;
  }
  if (item.type === 'text' && item.maxLength !== undefined && typeof answer === 'string' && answer.length > item.maxLength) {
    return `${item.label} must be ${item.maxLength} characters or fewer`;
  }
  return null;
}

function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/** "Bowels" reads as "bowels" mid-sentence; "NHS number" keeps its capitals. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
