import type { Item } from '../definition/definition-schema.js';

/**
 * The items that carry conditions, ordered so that each comes after every
 * conditional item its conditions read (Kahn's algorithm). Visibility is then
 * one pass in this order, with no recursion, however long a chain of
 * conditions is. parseDefinition refuses loops; should a definition that was
 * never parsed have one, the items of the loop come last, in definition order.
 */
export function orderByConditions(items: readonly Item[]): Item[] {
  const conditional = new Map<string, Item>();
  for (const item of items) if (item.enableWhen && !conditional.has(item.id)) conditional.set(item.id, item);
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [id, item] of conditional) {
    const controllers = new Set(item.enableWhen!.map((condition) => condition.item).filter((controller) => controller !== id && conditional.has(controller)));
    waitingOn.set(id, controllers.size);
    for (const controller of controllers) {
      const list = dependents.get(controller);
      if (list) list.push(id);
      else dependents.set(controller, [id]);
    }
  }
  const ready = [...conditional.keys()].filter((id) => waitingOn.get(id) === 0);
  const order: Item[] = [];
  for (let next = 0; next < ready.length; next++) {
    const id = ready[next]!;
    order.push(conditional.get(id)!);
    for (const dependent of dependents.get(id) ?? []) {
      const left = waitingOn.get(dependent)! - 1;
      waitingOn.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }
  if (order.length < conditional.size) {
    const placed = new Set(order);
    for (const item of conditional.values()) if (!placed.has(item)) order.push(item);
  }
  return order;
}
