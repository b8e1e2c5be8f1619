import { UnreadableDraftError, type DraftStorage } from '@otforms/core';

/**
 * Drafts in localStorage, as earlier otforms versions kept them (the default
 * is now `IndexedDbDraftStorage`, which reaches the disk before it resolves).
 * Drafts hold personal answers, so a draft is removed as soon as its
 * assessment is completed; a host on shared devices may supply its own store.
 * Text that is not JSON is thrown as an `UnreadableDraftError`, so it can be kept aside.
 */
export class LocalStorageDraftStorage implements DraftStorage {
  constructor(private readonly storage: Storage = globalThis.localStorage) {}

  read(key: string): unknown {
    const stored = this.storage.getItem(key);
    if (stored === null) return null;
    try {
      return JSON.parse(stored);
    } catch {
      throw new UnreadableDraftError('The saved draft is not JSON', stored, 'not-json');
    }
  }

  write(key: string, value: unknown): void {
    this.storage.setItem(key, JSON.stringify(value));
  }

  remove(key: string): void {
    this.storage.removeItem(key);
  }
}
