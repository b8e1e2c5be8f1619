import type { QuestionItem } from '../definition/definition-schema.js';
import type { QuestionAnswer } from './answers.js';

/** What a person's input means for one item: an answer, no answer, or text that is not yet valid. */
export type ReadInput =
  | { kind: 'answer'; value: QuestionAnswer }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns raw input (an option code, a list of codes, or the text typed into a
 * field) into an answer for the item. Never throws: anything unexpected
 * becomes `invalid` or `empty`, and validation says why.
 */
export function readInput(item: QuestionItem, input: unknown): ReadInput {
  if (input === null || input === undefined) return { kind: 'empty' };
  switch (item.type) {
    case 'single-choice':
    case 'yes-no': {
      if (typeof input !== 'string' || input === '') return { kind: 'empty' };
      const codes = item.type === 'yes-no' ? ['yes', 'no'] : item.options.map((option) => option.code);
      return codes.includes(input) ? { kind: 'answer', value: input } : { kind: 'invalid', text: input };
    }
    case 'multiple-choice': {
      const chosen = Array.isArray(input) ? input.map(String) : typeof input === 'string' && input ? input.split(',') : [];
      if (chosen.length === 0) return { kind: 'empty' };
      const known = new Set(item.options.map((option) => option.code));
      // Kept in option order, without repeats, so equal choices give equal answers.
      return chosen.every((code) => known.has(code))
        ? { kind: 'answer', value: item.options.map((option) => option.code).filter((code) => chosen.includes(code)) }
        : { kind: 'invalid', text: chosen.join(',') };
    }
    case 'integer':
    case 'decimal':
    case 'duration':
    case 'measurement': {
      if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'answer', value: input } : { kind: 'empty' };
      const text = String(input).trim().replace(/,/g, '');
      if (text === '') return { kind: 'empty' };
      return numberPattern.test(text) ? { kind: 'answer', value: Number(text) } : { kind: 'invalid', text: String(input) };
    }
    case 'text': {
      const text = String(input);
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'answer', value: text };
    }
    case 'own-words': {
      // The person's own words are kept exactly as typed, spaces and line breaks included.
      const text = String(input);
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'answer', value: text };
    }
    case 'photo': {
      // The photos' ids, or the attachments themselves (what the photo question sends).
      if (!Array.isArray(input)) return { kind: 'empty' };
      const ids = input.map((entry: unknown) => (typeof entry === 'string' ? entry : isIdentified(entry) ? entry.id : ''));
      if (ids.length === 0) return { kind: 'empty' };
      return ids.every((id) => id !== '') ? { kind: 'answer', value: [...new Set(ids)] } : { kind: 'invalid', text: ids.join(',') };
    }
    case 'date': {
      const text = String(input).trim();
      if (text === '') return { kind: 'empty' };
      return isRealIsoDate(text) ? { kind: 'answer', value: text } : { kind: 'invalid', text };
    }
  }
}

const isIdentified = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id !== '';

export function isRealIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
