import type { InstrumentDefinition, Item } from './definition-schema.js';
import { scaleRange, scoredItemIds } from '../scoring/scored-items.js';
import { orderByConditions } from '../conditions/condition-order.js';

/**
 * What scoring, conditions and validation look up on every answer of a long
 * form, worked out once per parsed definition instead of on every call.
 * Parsed definitions are frozen (parseDefinition), so an index never goes stale.
 */
export interface DefinitionIndex {
  items: readonly Item[];
  itemsById: ReadonlyMap<string, Item>;
  /** Each top-level item's place in definition order (the first, should an id repeat). */
  positionOf: ReadonlyMap<string, number>;
  /** Items that carry `enableWhen`: the only ones that can be hidden. */
  conditionalItems: readonly Item[];
  /** The conditional items, each after the conditional items it depends on: visibility is one pass in this order. */
  conditionOrder: readonly Item[];
  scoredIds: readonly string[];
  /** The lowest and highest possible total; null when a scored number question is unbounded. */
  totalRange: { min: number; max: number } | null;
}

const indexes = new WeakMap<InstrumentDefinition, DefinitionIndex>();

export function indexDefinition(definition: InstrumentDefinition): DefinitionIndex {
  let index = indexes.get(definition);
  if (!index) {
    const items = definition.sections.flatMap((section) => section.items);
    index = {
      items,
      itemsById: new Map(items.map((item) => [item.id, item])),
      positionOf: new Map(items.map((item, position) => [item.id, position] as const).reverse()),
      conditionalItems: items.filter((item) => item.enableWhen !== undefined),
      conditionOrder: orderByConditions(items),
      scoredIds: scoredItemIds(definition),
      totalRange: scaleRange(definition, 'total'),
    };
    indexes.set(definition, index);
  }
  return index;
}
