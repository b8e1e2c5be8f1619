/**
 * Drafts that could not be resumed are kept aside, each under a key of its
 * own that is never written twice, and listed in an index, so the host can
 * list, export and remove them. Nothing a person entered is dropped because
 * a form could not read it.
 */
import type { DraftStorage } from './draft-storage.js';
import { withStorageLock } from './storage-lock.js';
import { UnreadableDraftError } from './unreadable-draft-error.js';

export type KeptAsideReason =
  | 'malformed'
  | 'finished'
  | 'other-instrument'
  | 'other-instruments'
  | 'other-person'
  | 'failed-to-resume'
  | 'not-json'
  | 'cannot-decrypt';

export interface KeptAsideSummary {
  id: string;
  /** The key the draft was read from. */
  draftKey: string;
  /** When it was kept aside (ISO 8601). */
  keptAt: string;
  reason: KeptAsideReason;
  /** Why, in words for the host's logs or support staff. */
  detail: string;
}

export interface KeptAsideDraft extends KeptAsideSummary {
  /** Exactly as it was read: a value, the raw text or an encrypted envelope. */
  draft: unknown;
}

/** A kept-aside draft is stored under this prefix plus its id. */
export const KEPT_ASIDE_PREFIX = 'otforms:kept-aside:';
/** An array of {@link KeptAsideSummary}, one per kept-aside draft. */
export const KEPT_ASIDE_INDEX_KEY = 'otforms:kept-aside';

const ATTEMPTS = 5;

/**
 * Keeps a draft aside: writes it under a new key, then lists it in the index.
 * Resolves only when both are stored; a store that fails rejects, and the
 * caller must then not save over the draft.
 */
export async function keepDraftAside(storage: DraftStorage, entry: Omit<KeptAsideDraft, 'id'>): Promise<KeptAsideSummary> {
  const id = await unusedId(storage, entry.keptAt);
  const summary: KeptAsideSummary = { id, draftKey: entry.draftKey, keptAt: entry.keptAt, reason: entry.reason, detail: entry.detail };
  await storage.write(KEPT_ASIDE_PREFIX + id, { ...summary, draft: entry.draft });
  await withStorageLock(storage, KEPT_ASIDE_INDEX_KEY, async () => {
    const index = await readIndexForUpdate(storage, entry.keptAt);
    await storage.write(KEPT_ASIDE_INDEX_KEY, [...index, summary]);
  });
  return summary;
}

/** Every kept-aside draft, oldest first. An index that cannot be read rejects. */
export async function listKeptAsideDrafts(storage: DraftStorage): Promise<KeptAsideSummary[]> {
  const index = await storage.read(KEPT_ASIDE_INDEX_KEY);
  if (index === null || index === undefined) return [];
  if (!Array.isArray(index)) throw new UnreadableDraftError('The list of kept-aside drafts is not a list', index, 'malformed');
  return index.filter(isSummary);
}

/** One kept-aside draft with what was kept, or null when there is none with that id. */
export async function exportKeptAsideDraft(storage: DraftStorage, id: string): Promise<KeptAsideDraft | null> {
  const stored = await storage.read(KEPT_ASIDE_PREFIX + id);
  if (stored === null || stored === undefined) return null;
  if (isSummary(stored) && 'draft' in stored) return { ...stored, id };
  // Not in the shape this library writes: still give back all that is there.
  return { id, draftKey: '', keptAt: '', reason: 'malformed', detail: 'The kept-aside entry is not in the expected shape', draft: stored };
}

/** Removes a kept-aside draft and its line in the index; removing one that is not there does nothing. */
export async function removeKeptAsideDraft(storage: DraftStorage, id: string): Promise<void> {
  await withStorageLock(storage, KEPT_ASIDE_INDEX_KEY, async () => {
    // The entry goes first: if the index update then fails, a listed id exports as null,
    // rather than personal data staying behind with nothing pointing at it.
    await storage.remove(KEPT_ASIDE_PREFIX + id);
    const index = await storage.read(KEPT_ASIDE_INDEX_KEY);
    if (!Array.isArray(index)) return;
    const rest = index.filter((line: unknown) => !(isRecord(line) && line['id'] === id));
    if (rest.length === index.length) return;
    if (rest.length === 0) await storage.remove(KEPT_ASIDE_INDEX_KEY);
    else await storage.write(KEPT_ASIDE_INDEX_KEY, rest);
  });
}

/** The time plus random bytes, checked against the store, so no entry is ever written over. */
async function unusedId(storage: DraftStorage, keptAt: string): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const id = `${keptAt}-${randomHex(8)}`;
    if (await isFree(storage, KEPT_ASIDE_PREFIX + id)) return id;
  }
  throw new Error('No unused key was found to keep the draft aside');
}

async function isFree(storage: DraftStorage, key: string): Promise<boolean> {
  try {
    const stored = await storage.read(key);
    return stored === null || stored === undefined;
  } catch (error) {
    // Something is there, even if this store cannot read it.
    if (error instanceof UnreadableDraftError) return false;
    throw error;
  }
}

/**
 * The index as an array to append to. An index that cannot be read (another
 * key, garbage) is not written over: it is kept aside itself and listed in the
 * new index, so the drafts it pointed at can still be found.
 */
async function readIndexForUpdate(storage: DraftStorage, keptAt: string): Promise<unknown[]> {
  let index: unknown;
  let reason: KeptAsideReason | undefined;
  try {
    index = await storage.read(KEPT_ASIDE_INDEX_KEY);
  } catch (error) {
    if (!(error instanceof UnreadableDraftError)) throw error;
    index = error.stored;
    reason = error.reason;
  }
  if (reason === undefined) {
    if (index === null || index === undefined) return [];
    if (Array.isArray(index)) return index;
    reason = 'malformed';
  }
  const id = await unusedId(storage, keptAt);
  const summary: KeptAsideSummary = {
    id,
    draftKey: KEPT_ASIDE_INDEX_KEY,
    keptAt,
    reason,
    detail: 'The list of kept-aside drafts could not be read, so it was kept aside and a new list started',
  };
  await storage.write(KEPT_ASIDE_PREFIX + id, { ...summary, draft: index });
  return [summary];
}

function randomHex(bytes: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSummary(value: unknown): value is KeptAsideSummary {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['draftKey'] === 'string' &&
    typeof value['keptAt'] === 'string' &&
    typeof value['reason'] === 'string' &&
    typeof value['detail'] === 'string'
  );
}
