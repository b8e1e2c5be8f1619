import type { InstrumentDefinition } from '@otforms/core';
import { indexDefinition } from '@otforms/core';

/**
 * The shown top-level items as a read-only set, without building one: every
 * item but the hidden ones. Iterates in definition order, as
 * `enabledItemIds` does; `hidden` is never changed once handed here.
 * For definitions with unique ids (every parsed one).
 */
export class ShownItems implements ReadonlySet<string> {
  readonly #definition: InstrumentDefinition;
  readonly #hidden: ReadonlySet<string>;

  constructor(definition: InstrumentDefinition, hidden: ReadonlySet<string>) {
    this.#definition = definition;
    this.#hidden = hidden;
  }

  has(itemId: string): boolean {
    return indexDefinition(this.#definition).itemsById.has(itemId) && !this.#hidden.has(itemId);
  }

  get size(): number {
    return indexDefinition(this.#definition).items.length - this.#hidden.size;
  }

  *values(): SetIterator<string> {
    for (const item of indexDefinition(this.#definition).items) if (!this.#hidden.has(item.id)) yield item.id;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.values()) callback.call(thisArg, id, id, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
