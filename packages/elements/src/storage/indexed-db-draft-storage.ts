import { UnreadableDraftError, type DraftStorage } from '@otforms/core';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type OpenDBCallbacks } from 'idb';

/** The database and object store drafts are kept in by default. */
export const DRAFT_DATABASE_NAME = 'otforms';
export const DRAFT_STORE_NAME = 'drafts';

interface DraftDatabase extends DBSchema {
  drafts: { key: string; value: unknown };
}

type DraftStore = IDBPObjectStore<DraftDatabase, ['drafts'], 'drafts', 'readwrite'>;

export interface IndexedDbDraftStorageOptions {
  /** Another database name, for a host that keeps several apart (and for tests). */
  databaseName?: string;
  /** Where earlier otforms versions kept drafts; `null` to not look. Defaults to `localStorage`. */
  legacy?: Storage | null;
}

/**
 * The browser default: drafts in IndexedDB (`otforms` / `drafts`), each write
 * committed with strict durability, so it resolves only once the draft is on
 * disk and a browser killed a second later loses nothing (localStorage
 * reaches the disk late). Values are stored as structured clones of their JSON
 * form, so a draft reads back exactly as from any other store.
 *
 * Drafts of earlier otforms versions are in localStorage under the same key:
 * `read` finds one there, moves it here (written first, then removed there) and
 * returns it. When the move fails, it is returned all the same and left there.
 * One that is not JSON is thrown as an `UnreadableDraftError`, and left where
 * it is, so it can be kept aside.
 */
export class IndexedDbDraftStorage implements DraftStorage {
  readonly #databaseName: string;
  readonly #legacy: Storage | null;
  #database: Promise<IDBPDatabase<DraftDatabase>> | undefined;

  constructor(options: IndexedDbDraftStorageOptions = {}) {
    this.#databaseName = options.databaseName ?? DRAFT_DATABASE_NAME;
    this.#legacy = options.legacy === undefined ? browserLocalStorage() : options.legacy;
  }

  async read(key: string): Promise<unknown> {
    const database = await this.#open();
    const stored = await database.get(DRAFT_STORE_NAME, key);
    return stored === undefined ? this.#moveLegacy(database, key) : stored;
  }

  async write(key: string, value: unknown): Promise<void> {
    const json = toJsonValue(value);
    await this.#change((store) => store.put(json, key));
  }

  async remove(key: string): Promise<void> {
    await this.#change((store) => store.delete(key));
    // A draft of an earlier version would otherwise come back on the next read.
    this.#legacy?.removeItem(key);
  }

  /** Resolves once the transaction has committed to disk, and rejects with whatever made it fail. */
  async #change(change: (store: DraftStore) => Promise<unknown>): Promise<void> {
    const database = await this.#open();
    const transaction = database.transaction(DRAFT_STORE_NAME, 'readwrite', { durability: 'strict' });
    let request: Promise<unknown>;
    try {
      request = change(transaction.store);
    } catch (error) {
      request = Promise.reject(error);
    }
    await Promise.all([request, transaction.done]);
  }

  async #moveLegacy(database: IDBPDatabase<DraftDatabase>, key: string): Promise<unknown> {
    const text = this.#legacy?.getItem(key) ?? null;
    if (text === null) return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UnreadableDraftError('The draft saved by an earlier version is not JSON', text, 'not-json');
    }
    let moved: { existing: unknown } | undefined;
    try {
      moved = await moveInto(database, key, value);
    } catch {
      // Not moved (a full disk at upgrade, say): the draft is readable all the same, so it is returned
      // for the form to resume, and left in localStorage to be moved on a later read or replaced by the
      // next save. Rejecting would have the form start blank over a draft that is there.
      return value;
    }
    if (moved.existing !== undefined) return moved.existing;
    try {
      this.#legacy?.removeItem(key);
    } catch {
      // It is in IndexedDB now, which is read first; the old copy goes with the next remove.
    }
    return value;
  }

  /** Opened on first use and kept; a failed open is forgotten, so the next call tries again. */
  #open(): Promise<IDBPDatabase<DraftDatabase>> {
    if (this.#database) return this.#database;
    const forget = () => {
      if (this.#database === opening) this.#database = undefined;
    };
    const opening = openDraftDatabase(this.#databaseName, {
      // A newer version in another tab wants to upgrade: step aside, and reopen on the next call.
      blocking() {
        forget();
        void opening.then((database) => database.close());
      },
      terminated: forget,
    });
    this.#database = opening;
    opening.catch(forget);
    return opening;
  }
}

/**
 * Opens whatever version the database is at, so a page of an older otforms
 * still opens it after a newer one has upgraded it; the drafts store is
 * created when it is not there (a new database, or one made by someone else).
 */
async function openDraftDatabase(name: string, callbacks: OpenDBCallbacks<DraftDatabase>): Promise<IDBPDatabase<DraftDatabase>> {
  const upgrade = (database: IDBPDatabase<DraftDatabase>) => {
    if (!database.objectStoreNames.contains(DRAFT_STORE_NAME)) database.createObjectStore(DRAFT_STORE_NAME);
  };
  const database = await openDB<DraftDatabase>(name, undefined, { ...callbacks, upgrade });
  if (database.objectStoreNames.contains(DRAFT_STORE_NAME)) return database;
  const version = database.version + 1;
  database.close();
  return openDB<DraftDatabase>(name, version, { ...callbacks, upgrade });
}

/**
 * Writes a draft of an earlier version here, unless one was written since the first look: that one is
 * the latest, is returned as `existing`, and the old copy is left alone.
 */
async function moveInto(database: IDBPDatabase<DraftDatabase>, key: string, value: unknown): Promise<{ existing: unknown }> {
  const transaction = database.transaction(DRAFT_STORE_NAME, 'readwrite', { durability: 'strict' });
  // Awaited below where it matters; an abort after a failed put must not surface as unhandled too.
  transaction.done.catch(() => undefined);
  const existing = await transaction.store.get(key);
  if (existing !== undefined) {
    await transaction.done;
    return { existing };
  }
  await Promise.all([transaction.store.put(value, key), transaction.done]);
  return { existing: undefined };
}

/** `localStorage`, or null where reading it throws (storage disabled, sandboxed frames). */
function browserLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function toJsonValue(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}
