import { UnreadableDraftError, type DraftChange, type DraftChangeStep, type DraftStorage } from '@otforms/core';
import { applyChanges } from './draft-changes.js';

/** The version of the log's formats: a base or change of another version is not read (kept aside instead). */
export const DRAFT_LOG_VERSION = 1;

/** The draft as the log last wrote it whole, under the draft's own key. */
export interface DraftLogBase {
  otformsDraftLog: typeof DRAFT_LOG_VERSION;
  /** Names this base: its changes are under `draftKey#epoch.1`, `.2`, … (`draftChangeKey`). */
  epoch: string;
  draft: unknown;
  /** Changes of earlier bases that may still be there (their removal had not finished): removed later. */
  stale?: StaleChanges[];
}

/** One change, under `draftChangeKey(key, epoch, seq)`. */
export interface DraftLogChange {
  otformsDraftChange: typeof DRAFT_LOG_VERSION;
  epoch: string;
  seq: number;
  steps: DraftChangeStep[];
}

export interface StaleChanges {
  epoch: string;
  count: number;
}

export interface DraftChangeLogOptions {
  /** After how many changes the draft is written whole again (a new base), so reading replays at most that many. 64 unless given. */
  compactEvery?: number;
  /**
   * What the log knows of each key is kept per place: logs over the same place (the same store, with or without
   * encryption) share it, so one writing after another still removes the other's changes. The store given, unless said.
   */
  place?: object;
}

/** A store under a log may remove many keys at once (one IndexedDB transaction): the log's removals use it when there. */
export interface RemovesMany {
  removeMany(keys: readonly string[]): Promise<void> | void;
}

/** Where a change of the draft under `key` is kept. */
export const draftChangeKey = (key: string, epoch: string, seq: number) => `${key}#${epoch}.${seq}`;

/**
 * What the log knows is stored for a key: the base it wrote or read (`epoch`, none when the draft there is whole
 * or gone), how many changes follow it, and changes of earlier bases still to remove.
 */
interface KeyLog {
  epoch: string | null;
  count: number;
  stale: StaleChanges[];
}

const places = new WeakMap<object, Map<string, KeyLog>>();

/** Every change a key's log knows of: the current base's and the stale ones. */
const changesOf = (log: KeyLog): StaleChanges[] => [...log.stale, ...(log.epoch !== null && log.count > 0 ? [{ epoch: log.epoch, count: log.count }] : [])];

/**
 * Keeps a draft as a log over any store: a base (the whole draft, under its key, in a versioned envelope) and
 * the changes since, each under a key of its own, so an answer writes only what it changed. Every so many
 * changes (`compactEvery`) the draft is written whole as a new base, and the earlier base's changes removed.
 *
 * Crash-safe: a base is one write, and its changes are named after it (`epoch`), so a change of an earlier base
 * is never applied to a later one, and a base is never lost to a change that did not land (reading stops at the
 * first change missing). Changes whose removal did not finish are named in the next base and removed later.
 * A change that cannot be read makes the whole draft unreadable (`UnreadableDraftError` holding the base and
 * every change as stored), so it is kept aside with the rest, never dropped.
 *
 * `write` writes a whole draft as it is (no envelope; values under other keys, such as the outbox, are left as
 * they are), and the changes of the draft it replaces are removed. A store under it that is encrypted encrypts
 * the base and each change on its own.
 */
export class DraftChangeLog implements DraftStorage {
  /** The store under the log, where each key is kept as it is (so encryption goes between the two). */
  readonly raw: DraftStorage;
  readonly #compactEvery: number;
  readonly #logs: Map<string, KeyLog>;

  constructor(inner: DraftStorage, options: DraftChangeLogOptions = {}) {
    this.raw = inner;
    this.#compactEvery = Math.max(1, options.compactEvery ?? 64);
    const place = options.place ?? inner;
    let logs = places.get(place);
    if (!logs) places.set(place, (logs = new Map()));
    this.#logs = logs;
  }

  async read(key: string): Promise<unknown> {
    const stored = await this.raw.read(key);
    const known = this.#logs.get(key);
    if (!isLogBase(stored)) {
      if (known) this.#logs.set(key, { epoch: null, count: 0, stale: changesOf(known) });
      if (isLogShaped(stored)) throw new UnreadableDraftError('The saved draft is a log of a version this one cannot read', stored, 'malformed');
      return stored;
    }
    const changes: unknown[] = [];
    let draft = stored.draft;
    let failure: UnreadableDraftError | null = null;
    for (let seq = 1; ; seq++) {
      let change: unknown;
      try {
        change = await this.raw.read(draftChangeKey(key, stored.epoch, seq));
      } catch (error) {
        if (!(error instanceof UnreadableDraftError)) throw error;
        failure ??= new UnreadableDraftError(`Change ${seq} of the saved draft cannot be read: ${error.message}`, null, error.reason);
        changes.push(error.stored);
        continue;
      }
      if (change === null || change === undefined) break;
      changes.push(change);
      if (failure) continue;
      if (!isLogChange(change, stored.epoch, seq)) failure = new UnreadableDraftError(`Change ${seq} of the saved draft is not a change this version can read`, null, 'malformed');
      else draft = applyChanges(draft, change.steps);
    }
    // Known either way: a later write or removal removes these changes too.
    const stale = [...(stored.stale ?? []), ...(known ? changesOf(known).filter((entry) => entry.epoch !== stored.epoch) : [])];
    this.#logs.set(key, { epoch: stored.epoch, count: changes.length, stale });
    if (failure) throw new UnreadableDraftError(failure.message, { base: stored, changes }, failure.reason);
    return draft;
  }

  async write(key: string, value: unknown): Promise<void> {
    await this.raw.write(key, value);
    const known = this.#logs.get(key);
    if (!known) return;
    // The draft there is whole now: a change after it starts a new base.
    const log: KeyLog = { epoch: null, count: 0, stale: changesOf(known).map((entry) => ({ ...entry })) };
    this.#logs.set(key, log);
    await this.#clean(key, log);
  }

  async writeChange(key: string, change: DraftChange): Promise<void> {
    const log = this.#logs.get(key);
    if (!log || log.epoch === null || log.count >= this.#compactEvery) return this.#compact(key, change.draft(), log);
    const seq = log.count + 1;
    const record: DraftLogChange = { otformsDraftChange: DRAFT_LOG_VERSION, epoch: log.epoch, seq, steps: [...change.steps] };
    await this.raw.write(draftChangeKey(key, log.epoch, seq), record);
    log.count = seq;
  }

  /** Removes the draft's changes (newest first) before its base, so a removal cut short leaves an older draft, never a change without its base. */
  async remove(key: string): Promise<void> {
    const log = this.#logs.get(key);
    const keys = (log ? changesOf(log).reverse() : []).flatMap(({ epoch, count }) => Array.from({ length: count }, (_, index) => draftChangeKey(key, epoch, count - index)));
    await this.#removeKeys(keys);
    await this.raw.remove(key);
    this.#logs.delete(key);
  }

  /** Writes `draft` as a new base; the changes of the one before are named in it until they are removed. */
  async #compact(key: string, draft: unknown, before: KeyLog | undefined): Promise<void> {
    const stale = before ? changesOf(before) : [];
    const base: DraftLogBase = { otformsDraftLog: DRAFT_LOG_VERSION, epoch: newEpoch(), draft, ...(stale.length ? { stale } : {}) };
    await this.raw.write(key, base);
    const log: KeyLog = { epoch: base.epoch, count: 0, stale: stale.map((entry) => ({ ...entry })) };
    this.#logs.set(key, log);
    await this.#clean(key, log);
  }

  /** Removes `keys` in their order: at once when the store can, otherwise one by one. */
  async #removeKeys(keys: readonly string[]): Promise<void> {
    const many = (this.raw as Partial<RemovesMany>).removeMany;
    if (many && keys.length > 1) return many.call(this.raw, keys);
    for (const name of keys) await this.raw.remove(name);
  }

  /** Removes stale changes, newest first; what a failure leaves stays listed, for a later compaction or removal. */
  async #clean(key: string, log: KeyLog): Promise<void> {
    if ((this.raw as Partial<RemovesMany>).removeMany && log.stale.length > 0) {
      const keys = log.stale.flatMap(({ epoch, count }) => Array.from({ length: count }, (_, index) => draftChangeKey(key, epoch, count - index)));
      try {
        await this.#removeKeys(keys);
        log.stale = [];
      } catch {
        // Still named in the base: removed by a later compaction or removal.
      }
      return;
    }
    while (log.stale.length > 0) {
      const entry = log.stale[0]!;
      for (; entry.count >= 1; entry.count--) {
        try {
          await this.raw.remove(draftChangeKey(key, entry.epoch, entry.count));
        } catch {
          return;
        }
      }
      log.stale.shift();
    }
  }
}

function newEpoch(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function isLogShaped(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'otformsDraftLog' in value;
}

function isLogBase(value: unknown): value is DraftLogBase {
  return isLogShaped(value) && value['otformsDraftLog'] === DRAFT_LOG_VERSION && typeof value['epoch'] === 'string' && 'draft' in value;
}

function isLogChange(value: unknown, epoch: string, seq: number): value is DraftLogChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Partial<DraftLogChange>;
  return change.otformsDraftChange === DRAFT_LOG_VERSION && change.epoch === epoch && change.seq === seq && Array.isArray(change.steps) && change.steps.every(isStep);
}

function isStep(step: unknown): step is DraftChangeStep {
  return Array.isArray(step) && (step.length === 1 || step.length === 2) && Array.isArray(step[0]) && (step[0] as unknown[]).every((key) => typeof key === 'string');
}
