import type { DraftStorage } from './draft-storage.js';

type Operation = 'read' | 'write' | 'remove';

/**
 * An asynchronous store that answers after a timer, in varying order, as
 * IndexedDB or a server would: read-modify-write races show up here when they
 * would be hidden by a synchronous store. It can be told to fail.
 */
export class AsyncFakeStorage implements DraftStorage {
  readonly values = new Map<string, string>();
  failing?: (operation: Operation, key: string) => boolean;
  #turn = 0;

  async read(key: string): Promise<unknown> {
    await this.#later('read', key);
    const stored = this.values.get(key);
    return stored === undefined ? null : JSON.parse(stored);
  }

  async write(key: string, value: unknown): Promise<void> {
    await this.#later('write', key);
    this.values.set(key, JSON.stringify(value));
  }

  async remove(key: string): Promise<void> {
    await this.#later('remove', key);
    this.values.delete(key);
  }

  async #later(operation: Operation, key: string): Promise<void> {
    this.#turn += 1;
    await new Promise((resolve) => setTimeout(resolve, this.#turn % 3));
    if (this.failing?.(operation, key)) throw new Error(`The fake store refused to ${operation} ${key}`);
  }
}

/** A synchronous store that throws (as localStorage does when full) for the operations it is told to. */
export class ThrowingSyncStorage implements DraftStorage {
  readonly values = new Map<string, string>();
  constructor(public failing: (operation: Operation, key: string) => boolean) {}

  read(key: string): unknown {
    if (this.failing('read', key)) throw new Error(`The store refused to read ${key}`);
    const stored = this.values.get(key);
    return stored === undefined ? null : JSON.parse(stored);
  }

  write(key: string, value: unknown): void {
    if (this.failing('write', key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.values.set(key, JSON.stringify(value));
  }

  remove(key: string): void {
    if (this.failing('remove', key)) throw new Error(`The store refused to remove ${key}`);
    this.values.delete(key);
  }
}
