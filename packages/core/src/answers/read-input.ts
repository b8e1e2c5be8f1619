import type { Item } from '../definition/definition-schema.js';
import type { Answer } from './answers.js';

/** What a person's input means for one item: an answer, no answer, or text that is not yet valid. */
export type ReadInput =
  | { kind: 'answer'; value: Answer }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns raw input (the option code, or the text typed into a field) into an
 * answer for the item. Never throws: anything unexpected becomes `invalid` or
 * `empty`, and validation says why.
 */
export function readInput(item: Item, input: unknown): ReadInput {
  if (input === null || input === undefined) return { kind: 'empty' };
  switch (item.type) {
    case 'single-choice': {
      if (typeof input !== 'string' || input === '') return { kind: 'empty' };
      return item.options.some((option) => option.code === input)
        ? { kind: 'answer', value: input }
        : { kind: 'invalid', text: input };
    }
    case 'integer':
    case 'decimal': {
      if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'answer', value: input } : { kind: 'empty' };
      const text = String(input).trim().replace(/,/g, '');
      if (text === '') return { kind: 'empty' };
      return numberPattern.test(text) ? { kind: 'answer', value: Number(text) } : { kind: 'invalid', text: String(input) };
    }
    case 'text': {
      const text = String(input);
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'answer', value: text };
    }
    case 'date': {
      const text = String(input).trim();
      if (text === '') return { kind: 'empty' };
      return isRealIsoDate(text) ? { kind: 'answer', value: text } : { kind: 'invalid', text };
    }
  }
}

export function isRealIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
