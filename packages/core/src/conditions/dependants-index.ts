import type { InstrumentDefinition, Item } from '../definition/definition-schema.js';
import { indexDefinition } from '../definition/definition-index.js';

/**
 * Which conditional items can change visibility when one answer changes:
 * those whose `enableWhen` reads it, and theirs in turn. Built once per
 * parsed definition, so that after an answer only its dependants are
 * evaluated again (`updateHiddenItems`), not every conditional item.
 */
export interface DependantsIndex {
  /**
   * False when visibility cannot be updated item by item and callers must
   * recompute it in full: a definition never parsed whose conditions loop
   * (the full pass then depends on definition order) or whose ids repeat.
   */
  incremental: boolean;
  /** The conditional items that read `itemId`, directly or through others, in condition order (each after those it reads). */
  dependantsOf(itemId: string): readonly Item[];
  /** Place of each conditional item in condition order. */
  positionOf: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<InstrumentDefinition, DependantsIndex>();

export function dependantsIndex(definition: InstrumentDefinition): DependantsIndex {
  let index = indexes.get(definition);
  if (!index) {
    index = buildIndex(definition);
    indexes.set(definition, index);
  }
  return index;
}

function buildIndex(definition: InstrumentDefinition): DependantsIndex {
  const { items, itemsById, conditionOrder } = indexDefinition(definition);
  const positionOf = new Map(conditionOrder.map((item, position) => [item.id, position]));
  const readers = new Map<string, Item[]>();
  let incremental = itemsById.size === items.length && positionOf.size === conditionOrder.length;
  for (const item of conditionOrder) {
    const position = positionOf.get(item.id)!;
    for (const controller of new Set(item.enableWhen!.map((condition) => condition.item))) {
      const list = readers.get(controller);
      if (list) list.push(item);
      else readers.set(controller, [item]);
      // A conditional controller placed after its reader is a loop (kept last by orderByConditions).
      const at = positionOf.get(controller);
      if (controller !== item.id && at !== undefined && at > position) incremental = false;
    }
  }
  // Closures are worked out when first asked for: a long chain would make all of them at once quadratic.
  const closures = new Map<string, readonly Item[]>();
  const dependantsOf = (itemId: string): readonly Item[] => {
    let closure = closures.get(itemId);
    if (closure) return closure;
    const found = new Set<Item>();
    const waiting = [itemId];
    while (waiting.length) {
      for (const reader of readers.get(waiting.pop()!) ?? []) {
        if (found.has(reader)) continue;
        found.add(reader);
        waiting.push(reader.id);
      }
    }
    closure = [...found].sort((a, b) => positionOf.get(a.id)! - positionOf.get(b.id)!);
    closures.set(itemId, closure);
    return closure;
  };
  return { incremental, dependantsOf, positionOf };
}
