import type { WorkerReply, WorkerRequest } from './off-main-thread-protocol.js';

/** The worker failed after it had started (its own error, or a message that could not be read). */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

/**
 * The main thread's side of one worker: requests go out with `post`, and
 * replies come back in order from `next()`, which rejects once the worker
 * fails, or from `arrived()`. `close()` terminates it.
 */
export class WorkerConnection {
  readonly #worker: Worker;
  readonly #replies: WorkerReply[] = [];
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      this.#replies.push(event.data);
      this.#wakeUp();
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      // Handled here (a failed start falls back to the main thread), so not reported as uncaught.
      event.preventDefault();
      this.#fail(new WorkerFailure(event.message || 'The outcome summary worker could not run.'));
    });
    worker.addEventListener('messageerror', () => this.#fail(new WorkerFailure('A reply from the outcome summary worker could not be read.')));
  }

  /** Throws as postMessage does: a DataCloneError when a record cannot be copied to the worker. */
  post(request: WorkerRequest): void {
    this.#worker.postMessage(request);
  }

  /** The next reply; rejects if the worker fails first, or after `timeoutMs` without one. */
  async next(timeoutMs?: number): Promise<WorkerReply> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (timeoutMs !== undefined) timer = setTimeout(() => this.#fail(new WorkerFailure(`The outcome summary worker did not answer within ${timeoutMs} ms.`)), timeoutMs);
    try {
      while (this.#replies.length === 0 && !this.#failure) await new Promise<void>((resolve) => (this.#wake = resolve));
    } finally {
      clearTimeout(timer);
    }
    const reply = this.#replies.shift();
    if (reply) return reply;
    throw this.#failure;
  }

  /** The replies that have arrived, without waiting for more. */
  arrived(): WorkerReply[] {
    return this.#replies.splice(0);
  }

  close(): void {
    this.#worker.terminate();
  }

  #fail(failure: Error): void {
    this.#failure ??= failure;
    this.#wakeUp();
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
