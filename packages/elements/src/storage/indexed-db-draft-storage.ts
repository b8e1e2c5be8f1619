import { applyKeptChanges, draftFingerprint, UnreadableDraftError, type DraftChange, type DraftStorage } from '@otforms/core';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type OpenDBCallbacks } from 'idb';

/** The database and object store drafts are kept in by default. */
export const DRAFT_DATABASE_NAME = 'otforms';
export const DRAFT_STORE_NAME = 'drafts';

/** Beside the draft at its own key, what `writeChange` keeps of it: array keys, which never equal a string key. */
type ChangeKey = [draft: string, part: 'meta' | number];

interface DraftDatabase extends DBSchema {
  drafts: { key: string | ChangeKey; value: unknown };
}

/** At `[key, 'meta']`: what was written whole at `key`, and how many changes are kept at `[key, 0]`, `[key, 1]`, …. */
interface ChangesMeta {
  /** `draftFingerprint` of the draft's JSON text. */
  fingerprint: string;
  changes: number;
  /** Made afresh for each write, so a store object knows the draft is still its own write even when another wrote the same text. */
  write: string;
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
 * The draft is written whole at its key. `writeChange` keeps changes beside
 * it, under array keys: `[key, 'meta']` notes the fingerprint of the draft
 * written whole and how many changes follow, at `[key, 0]`, `[key, 1]`, ….
 * `read` applies them in order; `write` and `remove` take them away with the
 * draft, in the same transaction, so nothing of a removed draft stays behind.
 * An earlier otforms version reads the key alone: it finds the draft as last
 * written whole, without the answers changed since (at most 64).
 *
 * A change is kept only while the draft there is still this object's own last
 * write: once another tab has written or removed it, `writeChange` returns
 * false and the form writes whole. An earlier version writes the draft without
 * touching the changes, and `writeChange` does not read the whole draft to
 * notice; `read` does. Changes kept for another draft than the one there,
 * changes missing, or changes that do not fit their draft are thrown as an
 * `UnreadableDraftError` holding draft, changes and meta, so the form keeps
 * them all aside rather than dropping any. What an earlier version's removal
 * left beside a draft is deleted on the next read.
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
  /** Key → the `write` id of this object's last write there, which its changes may follow. */
  readonly #written = new Map<string, string>();

  constructor(options: IndexedDbDraftStorageOptions = {}) {
    this.#databaseName = options.databaseName ?? DRAFT_DATABASE_NAME;
    this.#legacy = options.legacy === undefined ? browserLocalStorage() : options.legacy;
  }

  async read(key: string): Promise<unknown> {
    const database = await this.#open();
    const transaction = database.transaction(DRAFT_STORE_NAME, 'readonly');
    const [draft, meta, changes] = await Promise.all([
      transaction.store.get(key),
      transaction.store.get([key, 'meta']),
      transaction.store.getAll(IDBKeyRange.bound([key, -Infinity], [key, Infinity])),
      transaction.done,
    ]);
    if (draft === undefined) {
      // Removed by an earlier version, which knows nothing of changes: what it left beside the draft goes too.
      if (meta !== undefined || changes.length > 0) await this.#dropLeftovers(key);
      return this.#moveLegacy(database, key);
    }
    if (changes.length === 0) return draft;
    const text = JSON.stringify(draft);
    // Written over since by something that knows nothing of changes (an earlier version), or a change is missing:
    // neither the draft alone nor the changes on it are the person's work, so both are kept aside, not dropped.
    if (!isChangesMeta(meta) || draftFingerprint(text) !== meta.fingerprint || meta.changes !== changes.length) {
      throw new UnreadableDraftError('The changes kept with the draft are not those of the draft there now', { draft, changes, meta }, 'malformed');
    }
    return applyKeptChanges(JSON.parse(text), changes, () => ({ draft, changes }));
  }

  async write(key: string, value: unknown): Promise<void> {
    const text = jsonText(value);
    const meta: ChangesMeta = { fingerprint: draftFingerprint(text), changes: 0, write: writeId() };
    // Noted before it commits, so a change queued behind it checks against it; forgotten if it fails.
    this.#written.set(key, meta.write);
    try {
      await this.#change(async (store) => {
        await store.put(JSON.parse(text), key);
        await store.delete(changesOf(key));
        await store.put(meta, [key, 'meta']);
      });
    } catch (error) {
      if (this.#written.get(key) === meta.write) this.#written.delete(key);
      throw error;
    }
  }

  async writeChange(key: string, change: DraftChange): Promise<boolean> {
    const write = this.#written.get(key);
    if (write === undefined) return false;
    const json = JSON.parse(jsonText(change)) as unknown;
    return this.#change(async (store) => {
      // The draft is counted, not read: a change must not cost a copy of the whole form.
      const [meta, drafts] = await Promise.all([store.get([key, 'meta']), store.count(key)]);
      // Another tab (or an earlier version, which removes only the draft) wrote or removed it since.
      if (!isChangesMeta(meta) || meta.write !== write || drafts === 0) return false;
      await store.put(json, [key, meta.changes]);
      await store.put({ ...meta, changes: meta.changes + 1 }, [key, 'meta']);
      return true;
    });
  }

  async remove(key: string): Promise<void> {
    this.#written.delete(key);
    await this.#change(async (store) => {
      await store.delete(key);
      await store.delete(changesOf(key));
    });
    // A draft of an earlier version would otherwise come back on the next read.
    this.#legacy?.removeItem(key);
  }

  /**
   * Resolves with what `change` resolves with once the transaction has committed to disk, and rejects with
   * whatever made it fail; when `change` fails, the transaction is aborted, so none of it is committed.
   * `change` awaits each request before making the next: one made before another that throws as it is made
   * would otherwise reject unheard when the transaction aborts.
   */
  async #change<T>(change: (store: DraftStore) => Promise<T>): Promise<T> {
    const database = await this.#open();
    const transaction = database.transaction(DRAFT_STORE_NAME, 'readwrite', { durability: 'strict' });
    let request: Promise<T>;
    try {
      request = change(transaction.store);
    } catch (error) {
      request = Promise.reject(error);
    }
    request.catch(() => abort(transaction));
    const [result] = await Promise.all([request, transaction.done]);
    return result;
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

  /** Deletes what is kept beside a draft that is gone, unless one was written there since the look. */
  async #dropLeftovers(key: string): Promise<void> {
    await this.#change(async (store) => {
      if ((await store.count(key)) === 0) await store.delete(changesOf(key));
    });
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
  // Nothing an earlier change-keeping write left here may be applied to the draft moved in.
  await Promise.all([transaction.store.delete(changesOf(key)), transaction.store.put(value, key), transaction.done]);
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

/** The JSON text of a value, as every other store would give it back (`undefined` is read back as null). */
function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/** Every record kept beside the draft at `key`: `[key]` sorts before, and `[key, []]` after, every `[key, 'meta' | number]`. */
function changesOf(key: string): IDBKeyRange {
  return IDBKeyRange.bound([key], [key, []]);
}

function isChangesMeta(value: unknown): value is ChangesMeta {
  const meta = value as Partial<ChangesMeta> | null | undefined;
  return typeof meta?.fingerprint === 'string' && typeof meta.write === 'string' && Number.isSafeInteger(meta.changes) && meta.changes! >= 0;
}

/** getRandomValues rather than randomUUID, which pages not served securely lack. */
function writeId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (part) => part.toString(36)).join('-');
}

function abort(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch {
    // Already finished or aborted: what failed has aborted it.
  }
}
