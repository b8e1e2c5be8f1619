/**
 * Where a form keeps its unfinished work so that a reload or a crash loses
 * nothing. The host decides where that is: the browser default in
 * `@otforms/elements` uses localStorage; a host may supply IndexedDB,
 * encrypted or server-side storage instead. Values are JSON-compatible.
 */
export interface DraftStorage {
  read(key: string): Promise<unknown> | unknown;
  write(key: string, value: unknown): Promise<void> | void;
  remove(key: string): Promise<void> | void;
}

/** Keeps drafts in memory: for tests, server-side rendering and hosts that must not persist anything. */
export class MemoryDraftStorage implements DraftStorage {
  readonly #drafts = new Map<string, string>();

  read(key: string): unknown {
    const stored = this.#drafts.get(key);
    return stored === undefined ? null : JSON.parse(stored);
  }

  write(key: string, value: unknown): void {
    // Stored as JSON so a test sees exactly what a real store would round-trip.
    this.#drafts.set(key, JSON.stringify(value));
  }

  remove(key: string): void {
    this.#drafts.delete(key);
  }

  get size(): number {
    return this.#drafts.size;
  }
}
