import type { OutcomeJob } from './outcome-jobs.js';
import { abortReason, SLICE_BUDGET_MS, SliceSize, yieldToMain } from './main-thread-slices.js';
import type { ProgressOptions } from './progress-options.js';
import { progressReporter } from './progress-reporter.js';

/**
 * Runs a job on the main thread in slices of about SLICE_BUDGET_MS, giving
 * the thread back between them: slower in all than a worker, but the page
 * keeps responding, and the progress reports are the same.
 */
export async function runOnMainThread<Result>(job: OutcomeJob<Result>, records: readonly unknown[], { onProgress, signal }: ProgressOptions): Promise<Result> {
  const total = records.length;
  const sizes = new SliceSize();
  const report = progressReporter(onProgress, total);
  for (let next = 0; next < total; ) {
    await yieldToMain();
    if (signal?.aborted) throw abortReason(signal);
    const started = performance.now();
    const end = Math.min(total, next + sizes.size);
    job.add(records.slice(next, end));
    sizes.measured(end - next, performance.now() - started);
    next = end;
    report(next);
  }
  const steps = job.finish();
  let deadline = performance.now() + SLICE_BUDGET_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToMain();
      if (signal?.aborted) throw abortReason(signal);
      deadline = performance.now() + SLICE_BUDGET_MS;
    }
  }
}
