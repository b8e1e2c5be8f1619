import { createOutcomeWorker } from './create-outcome-worker.js';
import { abortReason, SliceSize, unlessAborted, yieldToMain } from './main-thread-slices.js';
import type { WorkerJob, WorkerReply } from './off-main-thread-protocol.js';
import type { ProgressOptions } from './progress-options.js';
import { progressReporter } from './progress-reporter.js';
import { WorkerConnection, WorkerFailure } from './worker-connection.js';

/** How long a worker may take to load before the main thread does the work instead. */
const START_TIMEOUT_MS = 15_000;
/** Batches sent but not yet read: enough to keep the worker busy, few enough that copies do not pile up in its queue. */
const BATCHES_IN_FLIGHT = 3;

export type WorkerRun<Result> = { result: Result } | { unavailable: unknown };

/**
 * Runs a job in a module worker. The main thread sends the records in
 * batches sized so that copying a batch (and computing its group keys) takes
 * about SLICE_BUDGET_MS, and yields between batches. Resolves with
 * `unavailable` when no worker could start, or when a record cannot be
 * copied to one, so that the caller runs the job on the main thread instead.
 */
export async function runInWorker<Result>(
  job: WorkerJob,
  records: readonly unknown[],
  groupOf: ((record: unknown) => string | null) | undefined,
  { onProgress, signal }: ProgressOptions,
): Promise<WorkerRun<Result>> {
  if (signal?.aborted) throw abortReason(signal);
  let worker: Worker;
  try {
    worker = createOutcomeWorker();
  } catch (error) {
    // No Worker at all, a file:// page, or a Content-Security-Policy that blocks it.
    return { unavailable: error };
  }
  const connection = new WorkerConnection(worker);
  try {
    try {
      const first = await unlessAborted(connection.next(START_TIMEOUT_MS), signal);
      if (first.type !== 'ready') throw new WorkerFailure(`The outcome summary worker began with "${first.type}".`);
    } catch (error) {
      // The script was not there (a bundler that did not emit it), or it failed to load or to start.
      if (error instanceof WorkerFailure) return { unavailable: error };
      throw error;
    }
    const total = records.length;
    const report = progressReporter(onProgress, total);
    connection.post({ type: 'start', job });

    const sizes = new SliceSize();
    let inFlight = 0;
    let outcome: Result | undefined;
    const read = (reply: WorkerReply): void => {
      if (reply.type === 'progress') {
        inFlight -= 1;
        report(reply.done);
      } else if (reply.type === 'summary') outcome = reply.summary as Result;
      else if (reply.type === 'extract-csv') outcome = { columns: reply.columns, body: reply.body } as Result;
      else if (reply.type === 'failed') throw errorOf(reply);
    };

    for (let next = 0; next < total; ) {
      for (const reply of connection.arrived()) read(reply);
      while (inFlight >= BATCHES_IN_FLIGHT) read(await unlessAborted(connection.next(), signal));
      await yieldToMain();
      if (signal?.aborted) throw abortReason(signal);
      const started = performance.now();
      const end = Math.min(total, next + sizes.size);
      const batch = records.slice(next, end);
      try {
        connection.post({ type: 'batch', records: batch, ...(groupOf ? { groups: batch.map(groupOf) } : {}) });
      } catch (error) {
        // A record the structured clone cannot copy (a function, a proxy): the main thread can still read it.
        if (error instanceof DOMException && error.name === 'DataCloneError') return { unavailable: error };
        throw error;
      }
      sizes.measured(end - next, performance.now() - started);
      inFlight += 1;
      next = end;
    }
    connection.post({ type: 'end' });
    while (outcome === undefined) read(await unlessAborted(connection.next(), signal));
    return { result: outcome };
  } finally {
    connection.close();
  }
}

/** The worker's error as the main thread would have thrown it: a TypeError or RangeError keeps its class. */
function errorOf({ name, message }: { name: string; message: string }): Error {
  if (name === 'TypeError') return new TypeError(message);
  if (name === 'RangeError') return new RangeError(message);
  return Object.assign(new Error(message), { name });
}
