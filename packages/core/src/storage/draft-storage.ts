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
  /**
   * Optional: keeps what changed in the draft under `key` since the last write of it, rather than the whole draft
   * (`change.draft()` makes the whole draft, for a store that writes it whole now and then). After it, `read(key)`
   * gives the draft with the change applied. A store without it is given whole drafts with `write`.
   */
  writeChange?(key: string, change: DraftChange): Promise<void> | void;
}

/**
 * One step of a change to a draft: at `path` (keys from the draft's root) the value is now `value`, or, with no
 * value, is gone. Values are JSON-compatible; an array is always replaced whole.
 */
export type DraftChangeStep = readonly [path: readonly string[], value: unknown] | readonly [path: readonly string[]];

/** What changed in a draft since the store last wrote it, in order, and the whole draft as it is now. */
export interface DraftChange {
  readonly steps: readonly DraftChangeStep[];
  draft(): unknown;
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
