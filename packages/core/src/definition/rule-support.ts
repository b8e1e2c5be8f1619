import type { InstrumentDefinitionInput } from './definition-shape.js';

export type Path = (string | number)[];
export type Report = (path: Path, message: string) => void;
export type InputItem = InstrumentDefinitionInput['sections'][number]['items'][number];
export type InputQuestion = Exclude<InputItem, { type: 'group' }>;

export interface LocatedItem {
  item: InputItem | InputQuestion;
  path: Path;
  /** The repeating group the item belongs to, if any. */
  group?: string;
}

/** Every item, group members included, with its path; the first of any duplicate id wins. */
export function locateItems(definition: InstrumentDefinitionInput): Map<string, LocatedItem> {
  const located = new Map<string, LocatedItem>();
  definition.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      const path: Path = ['sections', s, 'items', i];
      if (!located.has(item.id)) located.set(item.id, { item, path });
      if (item.type === 'group') {
        item.items.forEach((child, c) => {
          if (!located.has(child.id)) located.set(child.id, { item: child, path: [...path, 'items', c], group: item.id });
        });
      }
    }),
  );
  return located;
}

/** `sections[0].items[2].id`: the notation used in every error message. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
