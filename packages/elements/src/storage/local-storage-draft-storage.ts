import type { DraftStorage } from '@otforms/core';

/**
 * The browser default: drafts survive a reload or a crash in localStorage.
 * Drafts hold personal answers, so a draft is removed as soon as its
 * assessment is completed; a host on shared devices may supply its own store.
 */
export class LocalStorageDraftStorage implements DraftStorage {
  constructor(private readonly storage: Storage = globalThis.localStorage) {}

  read(key: string): unknown {
    const stored = this.storage.getItem(key);
    return stored === null ? null : JSON.parse(stored);
  }

  write(key: string, value: unknown): void {
    this.storage.setItem(key, JSON.stringify(value));
  }

  remove(key: string): void {
    this.storage.removeItem(key);
  }
}
