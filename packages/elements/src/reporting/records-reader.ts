import { abortReason, SLICE_BUDGET_MS, yieldToMain } from './main-thread-slices.js';

/**
 * Reads an iterable of records (a Set, a generator over a host's store…)
 * into the array the report keeps, in slices of SLICE_BUDGET_MS with the
 * thread given back between them.
 *
 * Why: copying a collection is quick (a Set of 6,000 records: under 0.1 ms),
 * but an iterable may do work for each record it yields. A generator that
 * parsed each of 6,000 records from JSON took 360–400 ms to read at once,
 * all in the task that set `records`.
 */
export class RecordsReader {
  readonly records: unknown[] = [];
  readonly #iterator: Iterator<unknown>;

  constructor(records: Iterable<unknown>) {
    if (typeof (records as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
      throw new TypeError('records must be an iterable of records (an array, a Set, a generator…)');
    }
    this.#iterator = records[Symbol.iterator]();
  }

  /** Reads until the end (true) or until `budgetMs` has passed (false). */
  readFor(budgetMs: number): boolean {
    const deadline = performance.now() + budgetMs;
    do {
      const next = this.#iterator.next();
      if (next.done) return true;
      this.records.push(next.value);
    } while (performance.now() < deadline);
    return false;
  }

  /** Reads the rest a slice at a time, reporting how many have been read after each. Stopped by `signal`; another call carries on where it stopped. */
  async readRest(signal: AbortSignal, onProgress: (done: number) => void): Promise<unknown[]> {
    for (;;) {
      await yieldToMain();
      if (signal.aborted) throw abortReason(signal);
      if (this.readFor(SLICE_BUDGET_MS)) return this.records;
      onProgress(this.records.length);
    }
  }

  /** Lets the iterable go before its end, as `break` in a for…of would (a generator's `finally` runs). */
  close(): void {
    this.#iterator.return?.();
  }
}
