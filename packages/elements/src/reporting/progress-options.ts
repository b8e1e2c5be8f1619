export interface ProgressOptions {
  /**
   * Called with (0, total) when the work starts, as batches of records are
   * read (at most every 50 ms), and with (total, total) before the promise
   * resolves.
   */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the worker (or stops the main-thread slices) and rejects with the signal's reason, an AbortError unless the host gave another. */
  signal?: AbortSignal;
  /**
   * Run in a Web Worker; by default only from WORKER_THRESHOLD records up,
   * below which starting a worker costs more than it saves. Where no worker
   * can start, the work runs on the main thread in slices either way.
   */
  worker?: boolean;
}
