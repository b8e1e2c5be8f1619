import { UnreadableDraftError, type DraftChange, type DraftStorage } from '@otforms/core';
import { isEncryptedDraftEnvelope } from './encrypted-draft-storage.js';

/** What reading the draft found: nothing, a value, what is there but cannot be read, or a store that failed. */
export type DraftRead =
  | { kind: 'none' }
  | { kind: 'draft'; draft: unknown }
  | { kind: 'unreadable'; error: UnreadableDraftError }
  | { kind: 'failed' };

export interface DraftKeeperCallbacks {
  /** The first failure of an episode (the store cannot read, write or remove): the form warns and the host hears once. */
  failing(message: string): void;
  /** A write succeeded after failures: the episode is over. */
  recovered(): void;
  /** A write or removal was committed to the store. */
  saved(): void;
}

/**
 * A draft to save: the value itself, or a function that makes it. A function is called only when its write
 * starts, so a change that a later one replaces before then (typing: one event per character) costs nothing;
 * it must give the draft as it was when saved, not as it is when called. Drafts are JSON, never functions.
 */
export type DraftToSave = unknown | (() => unknown);

/** `change`: the steps from the draft saved before this one, when known; null to write it whole. */
type Change = { kind: 'write'; value: DraftToSave; change: DraftChange | null } | { kind: 'remove' };

/**
 * After this many changes kept with a draft, it is written whole again: reading applies every change kept,
 * and a store's record of them stays small. A whole write every 64 answers costs a 3,000-item form about
 * 1/64 of a whole write per answer.
 */
const CHANGES_BEFORE_WHOLE = 64;
/** Waiting changes merged past this many steps are written whole instead (a long burst of typing in many fields). */
const MERGED_STEPS = 512;

/**
 * The keeper that wrote each key of each store last. Store objects are shared (the default store serves every
 * form of the page), so a store's own "this is my last write" cannot tell two forms with one key apart, as where
 * there are no Web Locks to keep one editor per draft: a keeper writes a change only over its own last write.
 */
const lastWriters = new WeakMap<DraftStorage, Map<string, DraftKeeper>>();

function lastWriterOf(storage: DraftStorage, key: string): DraftKeeper | undefined {
  return lastWriters.get(storage)?.get(key);
}

function noteLastWriter(storage: DraftStorage, key: string, keeper: DraftKeeper): void {
  let byKey = lastWriters.get(storage);
  if (!byKey) lastWriters.set(storage, (byKey = new Map()));
  byKey.set(key, keeper);
}

/** The changes of one key of one store: at most one in flight, and the latest one waiting. */
interface KeyQueue {
  waiting: Change | null;
  running: Promise<void> | null;
  /** Failed writes in a row: the back-off before the next try grows with them. */
  failures: number;
  retry: ReturnType<typeof setTimeout> | null;
  /** Bumped by `dropWaiting`: a write in flight before it that then fails is not this tab's to try again. */
  dropped: number;
  /**
   * True while what is stored under the key is exactly what this keeper wrote last (its last write committed,
   * and nothing since took the key from it): only then can the next draft be written as a change from it.
   */
  synced: boolean;
  /** Changes written since the last whole draft. */
  changes: number;
  /**
   * What was asked for last (it may still wait, be under way or be done): `settle` writes whole only after a change,
   * and never undoes a removal.
   */
  lastAsked: 'whole' | 'change' | 'remove' | null;
}

export interface DraftKeeperOptions {
  /** How long to wait before trying a failed change again, by failures in a row (the last repeats); 2 s, 5 s, then every 10 s. */
  retryDelays?: readonly number[];
  /** Whether to try again now (the element is in the page); when it is not, `retry()` carries on later. */
  active?: () => boolean;
}

/**
 * Reads, saves and removes one form's draft in whatever store the host gave, synchronous or not.
 *
 * Writes to a key go one at a time, and only the latest change waiting is written (a store that is slow
 * never has two writes of the same key racing, and never writes an older value last). A failing store
 * is reported, never thrown: the first failure starts an episode (one warning, one `ot-error`), later
 * failures say nothing more, and a write that succeeds ends it. The person carries on in memory.
 *
 * A key can be held back (a draft being kept aside: nothing may be saved over it until it is) or
 * forbidden (what is there could not be read or kept aside: this session never writes it).
 */
export class DraftKeeper {
  readonly #storage: () => DraftStorage;
  readonly #key: () => string;
  readonly #callbacks: DraftKeeperCallbacks;
  readonly #queues = new Map<DraftStorage, Map<string, KeyQueue>>();
  readonly #heldBack = new Set<string>();
  readonly #forbidden = new Set<string>();
  /** The store each key was last saved to: back in a store used before (a switch and back), its queue is not synced. */
  readonly #lastStore = new Map<string, DraftStorage>();
  readonly #retryDelays: readonly number[];
  readonly #active: () => boolean;
  #failing = false;

  constructor(storage: () => DraftStorage, key: () => string, callbacks: DraftKeeperCallbacks, options: DraftKeeperOptions = {}) {
    this.#storage = storage;
    this.#key = key;
    this.#callbacks = callbacks;
    this.#retryDelays = options.retryDelays ?? [2000, 5000, 10000];
    this.#active = options.active ?? (() => true);
  }

  /** True from a failure until a write succeeds, and while the current key is forbidden (nothing of it is being saved). */
  get failing(): boolean {
    return this.#failing || this.#forbidden.has(this.#key());
  }

  /** True while the current key is held back or forbidden: what is there is not yet (or never) the session's to write over. */
  get blocked(): boolean {
    const key = this.#key();
    return this.#heldBack.has(key) || this.#forbidden.has(key);
  }

  /**
   * The stored draft. A store that fails starts an episode, and the key is forbidden: no one knows what is there.
   * An encrypted draft handed back as it is (the store decrypts nothing: no key was given) is the same: the draft
   * is fine, the key is missing, so it is neither used, kept aside nor saved over.
   */
  async read(): Promise<DraftRead> {
    const key = this.#key();
    try {
      const stored = await this.#storage().read(key);
      if (isEncryptedDraftEnvelope(stored)) {
        this.#forbidden.add(key);
        this.fail('The saved draft is encrypted and no encryption key was given, so it cannot be opened and nothing is saved over it.');
        return { kind: 'failed' };
      }
      return stored === null || stored === undefined ? { kind: 'none' } : { kind: 'draft', draft: stored };
    } catch (error) {
      if (error instanceof UnreadableDraftError) return { kind: 'unreadable', error };
      this.#forbidden.add(key);
      this.fail(`The saved draft could not be read, so nothing is saved over it: ${String(error)}`);
      return { kind: 'failed' };
    }
  }

  /**
   * Saves `draft` (or what a function given makes, once its write starts): the latest save waiting wins.
   * `change`, when given, is the steps from the draft saved just before this one: a store that keeps changes
   * (`writeChange`) is then given those, not the whole draft, while it holds exactly what this keeper wrote.
   */
  save(draft: DraftToSave, change: DraftChange | null = null): void {
    this.#enqueue({ kind: 'write', value: draft, change });
  }

  remove(): void {
    this.#enqueue({ kind: 'remove' });
  }

  /**
   * Writes `draft` whole when the current key's draft is stored with changes beside it, or a change waits to be:
   * before the draft is handed to another tab, which may run an earlier version of this library that reads the
   * draft alone and would miss up to 64 answers. `draft` must be the latest (what the last save holds). Nothing
   * when the last thing asked for the key was a removal (a finished form's draft goes), or it is held back or
   * forbidden. `flush()` then waits for it.
   */
  settle(draft: DraftToSave): void {
    if (this.blocked) return;
    const queue = this.#queues.get(this.#storage())?.get(this.#key());
    // After a whole write (waiting, under way or done) the draft alone is the latest already.
    if (queue?.lastAsked !== 'change') return;
    // Nothing under way or waiting, and no change kept since the last whole write: the change was written whole.
    if (queue.changes === 0 && !queue.running && !queue.waiting) return;
    this.#enqueue({ kind: 'write', value: draft, change: null });
  }

  /** Nothing is written to the current key until `letThrough` (a draft there is being kept aside). */
  holdBack(): void {
    this.#heldBack.add(this.#key());
    this.#unsync();
  }

  /**
   * Writes what was held back: the draft that was there is safe elsewhere. With `clear`, when nothing waits to be
   * written, the draft is removed from its key: kept aside is moved, not copied, so the next load does not keep it
   * aside (and report it) again.
   */
  letThrough(clear = false): void {
    const key = this.#key();
    this.#heldBack.delete(key);
    const queue = this.#queues.get(this.#storage())?.get(key);
    if (clear && !queue?.waiting) this.#enqueue({ kind: 'remove' });
    else if (queue) this.#run(this.#storage(), key, queue);
  }

  /** The current key is never written again by this keeper: what is there could not be kept safe. */
  forbid(): void {
    const key = this.#key();
    this.#heldBack.delete(key);
    this.#forbidden.add(key);
    const queue = this.#queues.get(this.#storage())?.get(key);
    if (queue) queue.waiting = null;
    this.#unsync();
  }

  /**
   * Drops the change waiting for the current key (one in flight still lands): another tab edits the draft now.
   * Nothing of it is tried again either: a write in flight that fails, or one waiting for its back-off, would
   * land later over the other tab's draft.
   */
  dropWaiting(): void {
    const queue = this.#queues.get(this.#storage())?.get(this.#key());
    if (!queue) return;
    queue.waiting = null;
    queue.dropped += 1;
    queue.synced = false;
    // The draft is another tab's now: whatever it holds, this keeper's last change is not what settles it.
    queue.lastAsked = null;
    if (queue.retry) clearTimeout(queue.retry);
    queue.retry = null;
  }

  /** Forgets what was held back or forbidden for the current key: a new start reads it again and decides afresh. */
  clearBlocks(): void {
    this.#heldBack.delete(this.#key());
    this.#forbidden.delete(this.#key());
    // A new start: it has just read the draft, which may not be what this keeper wrote last.
    this.#unsync();
    this.#forgetAsked();
  }

  /** Resolves when every change queued (not held back) has been committed, or has failed. */
  async flush(): Promise<void> {
    for (;;) {
      const running = [...this.#queues.values()].flatMap((byKey) => [...byKey.values()]).flatMap((queue) => (queue.running ? [queue.running] : []));
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  /** Tries again at once every change that failed and waits for its back-off (the element is back in the page). */
  retry(): void {
    for (const [storage, byKey] of this.#queues) {
      for (const [key, queue] of byKey) {
        if (queue.retry) clearTimeout(queue.retry);
        queue.retry = null;
        this.#run(storage, key, queue);
      }
    }
  }

  /** A failure of the store met elsewhere (the outbox, keeping a draft aside): part of the same episode. */
  fail(message: string): void {
    if (this.#failing) return;
    this.#failing = true;
    this.#callbacks.failing(message);
  }

  /**
   * A change elsewhere in the store succeeded (the outbox): the store works again. Not while the current key is
   * forbidden: its draft could not be read, so nothing the person does is saved, whatever else works.
   */
  succeeded(): void {
    if (!this.#failing || this.#forbidden.has(this.#key())) return;
    this.#failing = false;
    this.#callbacks.recovered();
  }

  #enqueue(change: Change): void {
    const storage = this.#storage();
    const key = this.#key();
    if (this.#forbidden.has(key)) return;
    let byKey = this.#queues.get(storage);
    if (!byKey) this.#queues.set(storage, (byKey = new Map()));
    let queue = byKey.get(key);
    if (!queue) byKey.set(key, (queue = { waiting: null, running: null, failures: 0, retry: null, dropped: 0, synced: false, changes: 0, lastAsked: null }));
    // The draft moved to another store and back (`switchDraftStore` removes it from the first outside this keeper):
    // what this store holds is no longer this queue's last write.
    if (this.#lastStore.get(key) !== storage) queue.synced = false;
    this.#lastStore.set(key, storage);
    const next = merged(queue.waiting, change);
    queue.waiting = next;
    queue.lastAsked = next.kind === 'remove' ? 'remove' : next.change ? 'change' : 'whole';
    this.#run(storage, key, queue);
  }

  /** `settle` waits for a change asked for from now on: the draft stored may be another tab's, or a removed one's. */
  #forgetAsked(): void {
    const queue = this.#queues.get(this.#storage())?.get(this.#key());
    if (queue) queue.lastAsked = null;
  }

  /** The next write of the current key is whole: what is stored is no longer known to be this keeper's last write. */
  #unsync(): void {
    const queue = this.#queues.get(this.#storage())?.get(this.#key());
    if (queue) queue.synced = false;
  }

  #run(storage: DraftStorage, key: string, queue: KeyQueue): void {
    if (queue.running || !queue.waiting || this.#heldBack.has(key)) return;
    queue.running = this.#drain(storage, key, queue).finally(() => {
      queue.running = null;
    });
  }

  async #drain(storage: DraftStorage, key: string, queue: KeyQueue): Promise<void> {
    while (queue.waiting && !this.#heldBack.has(key) && !this.#forbidden.has(key)) {
      let change = queue.waiting;
      queue.waiting = null;
      const dropped = queue.dropped;
      try {
        const asChange =
          change.kind === 'write' &&
          change.change &&
          queue.synced &&
          queue.changes < CHANGES_BEFORE_WHOLE &&
          lastWriterOf(storage, key) === this &&
          storage.writeChange;
        // Not written whole after all when the store no longer holds this keeper's last write (another tab wrote it).
        const keptAsChange = asChange ? await storage.writeChange!(key, (change as { change: DraftChange }).change) : false;
        // Refused because the key was given up meanwhile (another tab took it, and wrote): a whole write now would be a
        // new write over that tab's draft, not one already under way, so it is not made.
        if (asChange && !keptAsChange && (queue.dropped !== dropped || this.#heldBack.has(key) || this.#forbidden.has(key))) {
          queue.synced = false;
          continue;
        }
        if (!keptAsChange && change.kind === 'write' && typeof change.value === 'function') {
          // Made once: a failed write is tried again with the same draft, not made again.
          change = { kind: 'write', value: (change.value as () => unknown)(), change: change.change };
        }
        // Noted as it starts: another keeper's write that lands after this one's start makes this one's next change whole.
        noteLastWriter(storage, key, this);
        if (!keptAsChange) await (change.kind === 'write' ? storage.write(key, change.value) : storage.remove(key));
        queue.changes = keptAsChange ? queue.changes + 1 : 0;
        // What is stored is this keeper's last write, unless it was a removal, or the key was given up meanwhile.
        queue.synced = change.kind === 'write' && queue.dropped === dropped && !this.#heldBack.has(key) && !this.#forbidden.has(key);
        queue.failures = 0;
        this.succeeded();
        this.#callbacks.saved();
      } catch (error) {
        // Whatever the store holds now, it is not known to be this write: the next one is whole.
        queue.synced = false;
        // Dropped while in flight: the draft is another tab's now, so this one is neither tried again nor reported
        // (a change saved since, by a later start that holds the draft again, is written next as usual).
        if (queue.dropped !== dropped) continue;
        this.fail(`The draft could not be saved: ${String(error)}`);
        // A newer change is written next anyway; otherwise this one is tried again after a back-off, so a brief
        // failure does not leave the stored draft behind the page until the person changes something else.
        if (queue.waiting) continue;
        queue.waiting = change;
        this.#retryLater(storage, key, queue);
        return;
      }
    }
  }

  #retryLater(storage: DraftStorage, key: string, queue: KeyQueue): void {
    if (queue.retry) return;
    const delay = this.#retryDelays[Math.min(queue.failures, this.#retryDelays.length - 1)] ?? 10000;
    queue.failures += 1;
    queue.retry = setTimeout(() => {
      queue.retry = null;
      if (this.#active()) this.#run(storage, key, queue);
    }, delay);
  }
}

/**
 * A write saved while another waits: the newest draft, with the steps of both when both have them (each is
 * from the draft saved before it, so together they go from the draft before the waiting one); whole otherwise.
 */
function merged(waiting: Change | null, next: Change): Change {
  if (next.kind !== 'write' || !next.change || waiting?.kind !== 'write') return waiting?.kind === 'remove' && next.kind === 'write' ? { ...next, change: null } : next;
  if (!waiting.change || waiting.change.length + next.change.length > MERGED_STEPS) return { ...next, change: null };
  return { ...next, change: [...waiting.change, ...next.change] };
}
