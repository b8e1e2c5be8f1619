import { applyKeptChanges, type DraftChange } from './draft-change.js';

/**
 * Where a form keeps its unfinished work so that a reload or a crash loses
 * nothing. The host decides where that is: the browser default in
 * `@otforms/elements` uses IndexedDB; a host may supply encrypted or
 * server-side storage instead. Values are JSON-compatible.
 */
export interface DraftStorage {
  /** The draft under `key` (with every change written to it since, applied in order), or null. */
  read(key: string): Promise<unknown> | unknown;
  /** Replaces the draft under `key`, and any changes written to it, with `value`. */
  write(key: string, value: unknown): Promise<void> | void;
  /** Removes the draft under `key` and any changes written to it. */
  remove(key: string): Promise<void> | void;
  /**
   * Optional: keeps `change` with the draft under `key`, so that a form writes what an answer changed
   * rather than the whole form. True once it is committed. False, committing nothing, when the draft under
   * `key` is not the one this store object last wrote there (with the changes it kept since): another tab,
   * page or version wrote or removed it. The form then writes the whole draft. A store without it is
   * always written whole.
   */
  writeChange?(key: string, change: DraftChange): Promise<boolean> | boolean;
}

/** Keeps drafts in memory: for tests, server-side rendering and hosts that must not persist anything. */
export class MemoryDraftStorage implements DraftStorage {
  readonly #drafts = new Map<string, { draft: string; changes: string[] }>();

  read(key: string): unknown {
    const stored = this.#drafts.get(key);
    if (stored === undefined) return null;
    const changes = stored.changes.map((change) => JSON.parse(change) as unknown);
    return applyKeptChanges(JSON.parse(stored.draft), changes, () => ({ draft: JSON.parse(stored.draft) as unknown, changes }));
  }

  write(key: string, value: unknown): void {
    // Stored as JSON so a test sees exactly what a real store would round-trip.
    this.#drafts.set(key, { draft: JSON.stringify(value) ?? 'null', changes: [] });
  }

  /** Only one object writes a key of memory, so a draft that is there is always the one it wrote. */
  writeChange(key: string, change: DraftChange): boolean {
    const stored = this.#drafts.get(key);
    if (!stored) return false;
    stored.changes.push(JSON.stringify(change));
    return true;
  }

  remove(key: string): void {
    this.#drafts.delete(key);
  }

  get size(): number {
    return this.#drafts.size;
  }
}
