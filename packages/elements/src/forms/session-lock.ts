import { EditorLock, warmUpLockManager } from './editor-lock.js';

/** How long a first claim waits for a lock another element of this page is letting go of, before it says the draft is open elsewhere. */
const LOCK_GRACE_MS = 300;

/**
 * Lets go of locks under way in this page, by draft key. An element removed from the page lets go of its
 * draft asynchronously (it writes what is pending first); an element added in its place waits for that
 * before it asks for the lock, so it is not told the draft is open elsewhere.
 */
const releasing = new Map<string, Promise<void>>();

export interface SessionLockCallbacks {
  /**
   * The draft is this element's again after waiting or losing it: start from the draft in the store now (the other
   * tab's latest). `tookOver` when this element asked for it ("Take over here"): its button is gone, focus moves on.
   */
  heldAgain(tookOver: boolean): void;
  /** Another tab or element took the draft over (what was pending is written already): stop editing. */
  lost(): void;
  /** Whether the draft is open elsewhere changed: render. */
  changed(): void;
  /** Writes what is pending, before the draft is handed over or let go. */
  flush(): Promise<void>;
  /**
   * Another tab asked for the draft under `key` ("Take over here") and is about to have it: called just before
   * `flush`, so the session can ask for the draft to be written whole (a tab of an earlier version reads no changes).
   */
  handingOver(key: string): void;
}

/**
 * A form session's side of the editor lock (`EditorLock`): one lock per draft key, claimed before the
 * form starts and let go when the element leaves the page or adopts an actor. A claim resolves once it is
 * known whether this element edits the draft. It waits for an element of this page that is letting go of the
 * same draft; a lock held elsewhere still gets a moment's grace (a tab being closed lets go of it too) before
 * the draft is said to be open elsewhere.
 */
export class SessionLock {
  readonly #callbacks: SessionLockCallbacks;
  #lock: EditorLock | null = null;
  #key = '';
  #state: 'asking' | 'held' | 'waiting' = 'asking';
  #decided: (held: boolean) => void = () => undefined;
  #decision: Promise<boolean> = Promise.resolve(false);
  /** A take-over was asked for here and has not yet brought the lock. */
  #tookOver = false;
  /** When the tab editing the draft elsewhere last saved it (the lock's `saved`), or null. */
  #savedElsewhereAt: string | null = null;

  constructor(callbacks: SessionLockCallbacks) {
    this.#callbacks = callbacks;
    // Made with its element, which a page writing the element in its HTML has long before it gives the definition.
    warmUpLockManager();
  }

  /** Whether a lock is claimed (held, or waited for). */
  get claimed(): boolean {
    return this.#lock !== null;
  }

  /** True while another tab or element edits the draft. */
  get openElsewhere(): boolean {
    return this.#lock !== null && this.#state === 'waiting';
  }

  /** Resolves true once this element edits the draft under `key`, false while another does. */
  claim(key: string): Promise<boolean> {
    if (this.#lock && this.#key === key) return this.#state === 'asking' ? this.#decision : Promise.resolve(this.#state === 'held');
    void this.release();
    this.#key = key;
    this.#tookOver = false;
    this.#savedElsewhereAt = null;
    this.#state = 'asking';
    this.#decision = new Promise((resolve) => (this.#decided = resolve));
    let grace: ReturnType<typeof setTimeout> | undefined;
    const lock: EditorLock = new EditorLock(key, {
      held: () => {
        if (lock !== this.#lock) return;
        clearTimeout(grace);
        const first = this.#state === 'asking';
        const tookOver = this.#tookOver;
        this.#tookOver = false;
        this.#state = 'held';
        this.#callbacks.changed();
        if (first) this.#decided(true);
        else this.#callbacks.heldAgain(tookOver);
      },
      waiting: () => {
        if (lock !== this.#lock) return;
        grace = setTimeout(() => {
          if (lock !== this.#lock || this.#state !== 'asking') return;
          this.#state = 'waiting';
          this.#callbacks.changed();
          this.#decided(false);
        }, LOCK_GRACE_MS);
      },
      // Shown in the "open elsewhere" banner: the other tab is alive and saving, which helps decide whether to take over.
      saved: (at) => {
        if (lock !== this.#lock) return;
        this.#savedElsewhereAt = at;
        this.#callbacks.changed();
      },
      lost: () => {
        if (lock !== this.#lock) return;
        this.#savedElsewhereAt = null;
        this.#state = 'waiting';
        this.#callbacks.lost();
        this.#callbacks.changed();
      },
    });
    lock.beforeRelease = () => {
      this.#callbacks.handingOver(key);
      return this.#callbacks.flush();
    };
    this.#lock = lock;
    const acquire = () => {
      if (lock === this.#lock) lock.acquire();
    };
    const letGo = releasing.get(key);
    if (letGo) void letGo.then(acquire);
    else acquire();
    return this.#decision;
  }

  /** When the tab editing the draft elsewhere last saved it (ISO), while it is open elsewhere. */
  get savedElsewhereAt(): string | null {
    return this.openElsewhere ? this.#savedElsewhereAt : null;
  }

  /** True while a take-over asked for here is under way. */
  get takingOver(): boolean {
    return this.#lock?.takingOver ?? false;
  }

  /** Asks whoever edits the draft to let go of it ("Take over here"); asking again while that is under way does nothing. */
  takeOver(): void {
    const lock = this.#lock;
    if (!lock || lock.takingOver) return;
    lock.takeOver();
    this.#tookOver = lock.takingOver;
    this.#callbacks.changed();
  }

  /** Tells the tabs waiting for the draft that it was saved. */
  announceSaved(): void {
    this.#lock?.announceSaved();
  }

  /** Writes what is pending, then lets go of the lock (or stops waiting for it). */
  async release(): Promise<void> {
    const lock = this.#lock;
    if (!lock) return;
    this.#lock = null;
    this.#state = 'asking';
    this.#decided(false);
    const key = this.#key;
    const done = this.#callbacks.flush().then(() => lock.release());
    const entry: Promise<void> = Promise.all([releasing.get(key), done]).then(() => {
      if (releasing.get(key) === entry) releasing.delete(key);
    });
    releasing.set(key, entry);
    await done;
  }
}
