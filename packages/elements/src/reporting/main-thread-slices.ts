/**
 * Keeping the main thread free: work is cut into slices of about
 * SLICE_BUDGET_MS, a tenth of the 50 ms that makes a long task, leaving room
 * for a slower device, a garbage collection, a busy machine that takes the
 * core away part-way, or the page's own work in the same task; between
 * slices the page gets the thread back.
 */
export const SLICE_BUDGET_MS = 5;

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Gives the thread back to the browser and resumes in a new task, queued
 * behind the page's own: a message to ourselves, which, unlike a nested
 * setTimeout, is not clamped to 4 ms.
 *
 * Not `scheduler.yield()`: its continuations run ahead of the page's other
 * tasks, which suits finishing what a click started but starves everything
 * else during a long job. Measured in Chromium, summarising 6,000 records on
 * the main thread: with scheduler.yield (1.5 s) a 10 ms interval timer ran
 * 0 times and 14 frames were drawn; with this message (1.1 s), 69 and 67.
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const { port2 } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port2.postMessage(null);
  });
}

/**
 * How many records fit in one slice: measured as it goes, since a record's
 * cost (cloning it, reading it) depends on the records and on the device.
 * It starts small, grows at most twofold a slice, and shrinks at once after
 * a slow slice.
 */
export class SliceSize {
  #size: number;
  readonly #budgetMs: number;
  readonly #max: number;

  constructor({ budgetMs = SLICE_BUDGET_MS, initial = 16, max = 4096 }: { budgetMs?: number; initial?: number; max?: number } = {}) {
    this.#budgetMs = budgetMs;
    this.#size = initial;
    this.#max = max;
  }

  get size(): number {
    return this.#size;
  }

  /** Records that `count` records took `elapsedMs`. */
  measured(count: number, elapsedMs: number): void {
    if (count < this.#size) return; // a short last slice says nothing about the next
    // A clock as coarse as 0.1 ms (cross-origin isolation off) can read 0 for a fast slice.
    const perRecord = Math.max(elapsedMs, 0.1) / count;
    const fits = Math.floor(this.#budgetMs / perRecord);
    this.#size = Math.max(1, Math.min(this.#max, fits, this.#size * 2));
  }
}

/** The reason to reject with once `signal` is aborted: its own reason, as fetch and scheduler.yield do. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Settles as `promise` does, or rejects with the abort reason as soon as `signal` aborts. */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
