/** What a form's session hears from its editor lock. */
export interface EditorLockCallbacks {
  /** This tab edits the draft now: start (or resume) the form. */
  held(): void;
  /** Another tab edits the draft: show that it is open elsewhere; `held()` follows when that tab closes or is taken over from. */
  waiting(): void;
  /**
   * Another tab took the draft over: stop editing. The lock is waiting again (no `waiting()` follows):
   * `held()` comes when the draft is taken back or the other tab closes.
   */
  lost(): void;
  /** The tab editing the draft saved it at `at` (ISO time); heard only while waiting. */
  saved?(at: string): void;
}

export interface EditorLockOptions {
  /** How long a take-over waits for the holder to let go before stealing the lock (a frozen or discarded tab never answers). */
  stealAfterMs?: number;
  /** At most one "saved" message in this long (the last save's time follows at its end); 1 s by default. */
  savedEveryMs?: number;
}

/** What the tabs say to each other: draft keys and times only, never anything from the draft. */
type EditorLockMessage = { type: 'take-over' | 'released'; key: string } | { type: 'saved'; key: string; at: string };

const CHANNEL_NAME = 'otforms-drafts';
const STEAL_AFTER_MS = 3000;
/**
 * A waiting tab shows the time of the last save to the minute, so one message a second says all it needs:
 * posting on every save cost about 0.1 ms per answer in the bench (a structured clone and a message to every tab).
 */
const SAVED_EVERY_MS = 1000;

/** One request made to the lock manager: `granted` once it holds the lock; `request` settles once it let go. */
interface Ticket {
  granted: boolean;
  request: Promise<unknown> | null;
}

/**
 * One editor per draft across tabs and windows: a Web Lock named after the draft key, and a
 * BroadcastChannel for asking the holder to hand over and for hearing when it saved.
 *
 * `acquire()` takes the lock when it is free (`held()`); otherwise it reports `waiting()` and queues for
 * it, so the lock passes here when the other tab closes. `takeOver()` asks the holder to let go: the
 * holder awaits `beforeRelease` (its session writes what is pending), stops (`lost()`) and lets go; a
 * holder that does not let go in time (a frozen tab) has the lock stolen from it, and hears `lost()`
 * when its request fails. A tab that lost the lock queues for it again, so it can take it back.
 *
 * Without `navigator.locks` (an old browser, or a page not served over HTTPS) nothing can be locked:
 * the draft is `held()` at once and two tabs can still overwrite each other, as before locks existed.
 * Without BroadcastChannel the holder cannot be asked, so a take-over steals at once.
 *
 * A page that holds a Web Lock is not kept in the back/forward cache (the HTML spec's "lock" reason):
 * going back to a form reloads it, and it resumes from its draft.
 */
export class EditorLock {
  /** Set by the session: writes what is pending before this tab hands the draft over. */
  beforeRelease?: () => Promise<void>;

  readonly #key: string;
  readonly #lockName: string;
  readonly #callbacks: EditorLockCallbacks;
  readonly #stealAfterMs: number;
  readonly #savedEveryMs: number;
  /** When the last "saved" message went (performance.now()), the time of the latest save, and the message waiting for its turn. */
  #savedPostedAt = -Infinity;
  #savedAt = '';
  #savedTimer: ReturnType<typeof setTimeout> | undefined;
  #state: 'idle' | 'asking' | 'waiting' | 'held' | 'released' = 'idle';
  /** Bumped on every acquire and release, so that answers to an earlier run's requests are ignored. */
  #run = 0;
  #channel: BroadcastChannel | null = null;
  /** Cancels the queued request (a queued request would take the lock again after this tab let go). */
  #queued: AbortController | null = null;
  /** The request holding the lock, and how to let it go. */
  #holding: { ticket: Ticket; letGo: () => void } | null = null;
  #stealTimer: ReturnType<typeof setTimeout> | undefined;
  #handingOver = false;
  #takingOver = false;

  constructor(name: string, callbacks: EditorLockCallbacks, options: EditorLockOptions = {}) {
    this.#key = name;
    this.#lockName = `otforms-draft:${name}`;
    this.#callbacks = callbacks;
    this.#stealAfterMs = options.stealAfterMs ?? STEAL_AFTER_MS;
    this.#savedEveryMs = options.savedEveryMs ?? SAVED_EVERY_MS;
  }

  /** Whether this tab edits the draft now. */
  get isHeld(): boolean {
    return this.#state === 'held';
  }

  /** Takes the lock, or waits for it. Does nothing while already holding or waiting. */
  acquire(): void {
    if (this.#state !== 'idle' && this.#state !== 'released') return;
    const run = ++this.#run;
    const locks = lockManager();
    if (!locks) {
      this.#state = 'held';
      this.#callbacks.held();
      return;
    }
    this.#state = 'asking';
    // The request first: opening a BroadcastChannel takes a few ms of this task, which then overlap the lock
    // manager's round trip. Its answer comes in a later task, by when the channel is open.
    this.#request(locks, { ifAvailable: true }, run, {
      notAvailable: () => {
        this.#state = 'waiting';
        this.#callbacks.waiting();
        this.#queue(locks, run);
      },
      // The lock manager refused outright (a sandboxed frame has no origin to lock in): carry on unlocked, as without locks.
      refused: () => {
        if (this.#state !== 'asking') return;
        this.#state = 'held';
        this.#callbacks.held();
      },
    });
    this.#openChannel();
  }

  /** True from `takeOver()` until this tab holds the draft (or lets go of it): the page says "Taking over…". */
  get takingOver(): boolean {
    return this.#takingOver;
  }

  /**
   * Asks the tab holding the draft to let go, so that this tab edits it. Only while waiting; asking again while a
   * take-over is under way does nothing (restarting the timer would let repeated clicks put off the steal for ever).
   */
  takeOver(): void {
    if (this.#state !== 'waiting' || this.#takingOver) return;
    const locks = lockManager();
    if (!locks) return;
    this.#takingOver = true;
    if (!this.#channel) {
      this.#steal(locks, this.#run);
      return;
    }
    this.#post({ type: 'take-over', key: this.#key });
    const run = this.#run;
    // Normally the holder lets go and the queued request takes the lock; if it is still elsewhere by now, take it.
    this.#stealTimer = setTimeout(() => {
      if (run === this.#run && this.#state === 'waiting') this.#steal(locks, run);
    }, this.#stealAfterMs);
  }

  /** Lets go of the lock, or stops waiting for it (the form disconnected or stopped). Resolves once the lock is free. */
  async release(): Promise<void> {
    const holding = this.#holding;
    this.#stop();
    if (holding) this.#post({ type: 'released', key: this.#key });
    this.#channel?.close();
    this.#channel = null;
    await holding?.ticket.request?.catch(() => undefined);
  }

  /** Tells the tabs waiting for this draft that it was saved now (at most once a `savedEveryMs`, the latest time last). Only while holding. */
  announceSaved(): void {
    if (this.#state !== 'held') return;
    this.#savedAt = new Date().toISOString();
    const wait = this.#savedPostedAt + this.#savedEveryMs - performance.now();
    if (wait <= 0) this.#postSaved();
    else
      this.#savedTimer ??= setTimeout(() => {
        this.#savedTimer = undefined;
        if (this.#state === 'held') this.#postSaved();
      }, wait);
  }

  #dropSavedWaiting(): void {
    clearTimeout(this.#savedTimer);
    this.#savedTimer = undefined;
  }

  #postSaved(): void {
    this.#savedPostedAt = performance.now();
    this.#post({ type: 'saved', key: this.#key, at: this.#savedAt });
  }

  /**
   * Asks the lock manager for the lock. A grant is taken only while this run still wants the lock;
   * `notAvailable` is an `ifAvailable` request's answer when another tab holds it, `refused` a request's
   * failure other than being cancelled here.
   */
  #request(locks: LockManager, options: LockOptions, run: number, answers: { notAvailable?: () => void; refused?: () => void } = {}): void {
    const ticket: Ticket = { granted: false, request: null };
    ticket.request = locks.request(this.#lockName, options, (lock): Promise<void> | undefined => {
      if (run !== this.#run || (this.#state !== 'asking' && this.#state !== 'waiting')) return undefined;
      if (lock) return this.#hold(ticket);
      answers.notAvailable?.();
      return undefined;
    });
    ticket.request.catch((error: unknown) => {
      if (run !== this.#run) return;
      // A granted request that rejects was stolen from this tab.
      if (ticket.granted) {
        if (this.#holding?.ticket === ticket) this.#lose();
      } else if (!isAbort(error)) {
        answers.refused?.();
      }
    });
  }

  #hold(ticket: Ticket): Promise<void> {
    ticket.granted = true;
    this.#state = 'held';
    this.#queued = null;
    clearTimeout(this.#stealTimer);
    this.#takingOver = false;
    // The lock is kept until this promise resolves: on release, on a take-over, or never if it is stolen.
    const kept = new Promise<void>((resolve) => {
      this.#holding = { ticket, letGo: resolve };
    });
    this.#callbacks.held();
    return kept;
  }

  /** A normal request: granted when every tab before it in the queue has let go. */
  #queue(locks: LockManager, run: number): void {
    const controller = new AbortController();
    this.#queued = controller;
    this.#request(locks, { signal: controller.signal }, run);
  }

  #steal(locks: LockManager, run: number): void {
    // A request may not be both queued and stealing: drop the queued one, or it would take the lock back later.
    this.#queued?.abort();
    this.#queued = null;
    this.#request(locks, { steal: true }, run);
  }

  /** Another tab has the draft now: stop, and queue to get it back. */
  #lose(): void {
    const locks = lockManager();
    this.#holding?.letGo();
    this.#holding = null;
    this.#handingOver = false;
    // A save waiting to be said is the other tab's to say now.
    this.#dropSavedWaiting();
    this.#state = 'waiting';
    this.#callbacks.lost();
    if (locks) this.#queue(locks, this.#run);
  }

  async #handOver(): Promise<void> {
    if (this.#handingOver || this.#state !== 'held') return;
    this.#handingOver = true;
    const holding = this.#holding;
    try {
      await this.beforeRelease?.();
    } catch {
      // The session reports its own failed writes; the other tab is where the person works now.
    }
    // Stolen (a slow write) or released while writing: that already stopped this tab.
    if (this.#holding !== holding || this.#state !== 'held') return;
    this.#lose();
    this.#post({ type: 'released', key: this.#key });
  }

  #stop(): void {
    this.#run += 1;
    this.#state = 'released';
    clearTimeout(this.#stealTimer);
    this.#dropSavedWaiting();
    this.#takingOver = false;
    this.#queued?.abort();
    this.#queued = null;
    this.#holding?.letGo();
    this.#holding = null;
    this.#handingOver = false;
  }

  #openChannel(): void {
    if (this.#channel || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(CHANNEL_NAME);
    this.#channel.onmessage = (event: MessageEvent<unknown>) => this.#heard(event.data);
  }

  #heard(data: unknown): void {
    if (!isMessage(data) || data.key !== this.#key) return;
    if (data.type === 'take-over') void this.#handOver();
    else if (data.type === 'saved' && this.#state === 'waiting') this.#callbacks.saved?.(data.at);
  }

  #post(message: EditorLockMessage): void {
    this.#channel?.postMessage(message);
  }
}

const warmedUp = new WeakSet<LockManager>();

/**
 * Opens the page's way to its lock manager before a form first asks for a lock. A page's first lock request
 * waits while that is set up (2.4 to 4.7 ms in headless Chromium, then 0.3 ms a request), and a form asks in
 * the middle of its first render, where the wait was time to interactive. Each form element's session calls
 * it when the element is made, which in a page that writes the element in its HTML is long before the host
 * sets its `definition`. It asks which locks are held (`query()`), which takes none and changes nothing, and
 * throws the answer away; once per lock manager, and only where there is one.
 */
export function warmUpLockManager(): void {
  const locks = lockManager();
  if (!locks || warmedUp.has(locks) || typeof locks.query !== 'function') return;
  warmedUp.add(locks);
  try {
    // A refusal (a frame with no origin to lock in) is not this call's to report: asking for the lock meets it too.
    locks.query().catch(() => undefined);
  } catch {
    // A browser's lock manager rejects rather than throws; this only keeps a stand-in's throw (a test's) from the constructor.
  }
}

/** `navigator.locks`, read each time: it is missing outside secure contexts and in old browsers. */
function lockManager(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.locks ?? undefined);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function isMessage(data: unknown): data is EditorLockMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, key, at } = data as Record<string, unknown>;
  if (typeof key !== 'string') return false;
  return type === 'take-over' || type === 'released' || (type === 'saved' && typeof at === 'string');
}
