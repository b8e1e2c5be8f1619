import type { DraftStorage } from '@otforms/core';
import { defaultDraftStorage } from '../storage/default-draft-storage.js';
import { EncryptedDraftStorage, type DraftEncryptionKey } from '../storage/encrypted-draft-storage.js';

/**
 * The store a session keeps its drafts in: the host's, or the browser default, encrypted when the host
 * gave a key. The same object comes back while neither changes, so writes queued for a key of it stay
 * in one queue.
 */
export class DraftStoreChoice {
  #given: DraftStorage | undefined;
  #key: DraftEncryptionKey | undefined;
  #chosen: DraftStorage | null = null;
  #plain: DraftStorage | null = null;
  #default: DraftStorage | null = null;

  /** The store chosen last (`store`: what the session uses; `plain`: where it keeps things, under any encryption), or `null` before the first. */
  get current(): ChosenStore | null {
    return this.#chosen && this.#plain ? { store: this.#chosen, plain: this.#plain } : null;
  }

  store(given: DraftStorage | undefined, key: DraftEncryptionKey | undefined): DraftStorage {
    if (this.#chosen && given === this.#given && key === this.#key) return this.#chosen;
    this.#given = given;
    this.#key = key;
    const plain = given ?? (this.#default ??= defaultDraftStorage());
    const chosen = key ? new EncryptedDraftStorage(plain, key) : plain;
    this.#chosen = chosen;
    this.#plain = plain;
    return chosen;
  }
}

/** A store the session chose, and the store under its encryption (the same one without a key). */
export interface ChosenStore {
  store: DraftStorage;
  plain: DraftStorage;
}
