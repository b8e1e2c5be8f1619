/**
 * The outcome summary worker (a module worker, started by
 * create-outcome-worker.ts). It reads the records the main thread sends, a
 * batch at a time, with the group keys the main thread worked out (the
 * host's `groupBy` cannot cross to a worker), and reports progress after
 * each batch. Nothing here touches the DOM.
 */
import type { OutcomeSummary } from '@otforms/reporting';
import type { ExtractCsvBody } from './extract-collector.js';
import { extractCsvJob, summaryJob, type OutcomeJob } from './outcome-jobs.js';
import type { WorkerReply, WorkerRequest } from './off-main-thread-protocol.js';

/** The little of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

type Running = { kind: 'summary'; job: OutcomeJob<OutcomeSummary> } | { kind: 'extract-csv'; job: OutcomeJob<ExtractCsvBody> };

const scope = globalThis as unknown as WorkerScope;
let running: Running | undefined;

scope.addEventListener('message', ({ data: request }) => {
  try {
    if (request.type === 'start') {
      const { job } = request;
      running = job.kind === 'summary' ? { kind: 'summary', job: summaryJob({ period: job.period, betterWhen: job.betterWhen }) } : { kind: 'extract-csv', job: extractCsvJob() };
    } else if (!running) {
      throw new Error(`The outcome summary worker was sent "${request.type}" before "start".`);
    } else if (request.type === 'batch') {
      running.job.add(request.records, request.groups);
      scope.postMessage({ type: 'progress', done: running.job.done });
    } else {
      scope.postMessage(running.kind === 'summary' ? { type: 'summary', summary: finish(running.job) } : { type: 'extract-csv', ...finish(running.job) });
      running = undefined;
    }
  } catch (error) {
    running = undefined;
    scope.postMessage({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
  }
});

/** A worker has no page to keep responsive: the result is made in one go. */
function finish<Result>(job: OutcomeJob<Result>): Result {
  const steps = job.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

scope.postMessage({ type: 'ready' });
