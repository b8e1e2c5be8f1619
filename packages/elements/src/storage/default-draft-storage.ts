import type { DraftStorage } from '@otforms/core';
import { IndexedDbDraftStorage } from './indexed-db-draft-storage.js';

const NO_STORAGE = 'This browser keeps no storage';

/** Where there is no IndexedDB: every call fails, so the form works on in memory and warns that nothing is kept. */
class UnavailableDraftStorage implements DraftStorage {
  read(): never {
    throw new Error(NO_STORAGE);
  }

  write(): never {
    throw new Error(NO_STORAGE);
  }

  remove(): never {
    throw new Error(NO_STORAGE);
  }
}

let shared: IndexedDbDraftStorage | undefined;

/**
 * The store a form uses when the host gives none: IndexedDB where the browser
 * has it (one instance, so every form on the page shares one connection), and
 * otherwise a store whose every call throws "This browser keeps no storage".
 */
export function defaultDraftStorage(): DraftStorage {
  if (!hasIndexedDb()) return new UnavailableDraftStorage();
  return (shared ??= new IndexedDbDraftStorage());
}

function hasIndexedDb(): boolean {
  try {
    return typeof globalThis.indexedDB === 'object' && globalThis.indexedDB !== null;
  } catch {
    return false;
  }
}
