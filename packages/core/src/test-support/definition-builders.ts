import { DefinitionError, type DefinitionIssue } from '../definition/definition-error.js';
import { parseDefinition } from '../definition/parse-definition.js';

/**
 * Small builders for definitions in unit tests. They return plain objects,
 * not typed definitions, because many tests build definitions that are
 * deliberately wrong.
 */

type Fields = Record<string, unknown>;

export const licence = { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' };

/** A definition with one section of these items (or several sections, given as lists). */
export function definitionOf(items: Fields[] | Fields[][], scoring?: Fields): Fields {
  const sections = (Array.isArray(items[0]) ? (items as Fields[][]) : [items as Fields[]]).map((sectionItems, index) => ({
    id: `section${index}`,
    title: `Section ${index + 1}`,
    items: sectionItems,
  }));
  return { id: 'test', version: '1', title: 'Test', citation: 'Written for the otforms tests.', licence, sections, ...(scoring ? { scoring } : {}) };
}

/** A single-choice question; options are [code, score] pairs (score left out when undefined). */
export function choice(id: string, options: [string, number | undefined][] = [['no', 0], ['yes', 1]], extra: Fields = {}): Fields {
  return {
    id,
    type: 'single-choice',
    label: `Question ${id}`,
    options: options.map(([code, score]) => ({ code, label: code, ...(score === undefined ? {} : { score }) })),
    ...extra,
  };
}

export const multipleChoice = (id: string, options: [string, number | undefined][], extra: Fields = {}): Fields => ({
  ...choice(id, options, extra),
  type: 'multiple-choice',
});

export const yesNo = (id: string, extra: Fields = {}): Fields => ({ id, type: 'yes-no', label: `Question ${id}`, ...extra });

export const numberItem = (id: string, type: 'integer' | 'decimal' | 'duration', extra: Fields = {}): Fields => ({
  id,
  type,
  label: `Question ${id}`,
  ...extra,
});

export const textItem = (id: string, extra: Fields = {}): Fields => ({ id, type: 'text', label: `Question ${id}`, ...extra });

export const group = (id: string, items: Fields[], extra: Fields = {}): Fields => ({
  id,
  type: 'group',
  label: `Group ${id}`,
  entryLabel: 'Entry',
  items,
  ...extra,
});

/** The issues `parseDefinition` reports for the input; empty when it is valid. */
export function issuesOf(input: unknown): DefinitionIssue[] {
  try {
    parseDefinition(input);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return [...error.issues];
    throw error;
  }
}
