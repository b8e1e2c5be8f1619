import { summariseOffMainThread } from '../../packages/elements/src/reporting/summarise-off-main-thread.js';
import { partCount, partName } from '../reporting/cohort-files.js';
import { timeParseAndSummarise, type TimedRuns } from '../reporting/timed-runs.js';

/**
 * The page half of the reporting bench: fetches a cached cohort's JSON parts
 * (served by bench/serve.mjs under `base`) as bytes, then times `JSON.parse`
 * and the summary with the same code as Node (timed-runs.ts). Chromium is
 * launched with --js-flags=--expose-gc so that runs start clean.
 *
 * `how`: 'main-thread' is `summariseOutcomes` in one go; 'worker' is
 * `summariseOffMainThread(records, { worker: true })`, as
 * `<ot-outcome-report>` runs 5,000 records or more: timed until its promise
 * settles, with the longest main-thread task seen meanwhile (Long Tasks API:
 * only tasks of 50 ms or more are reported) and whether the worker's script
 * was loaded (where none starts, the same work runs on the main thread).
 */
interface RunOptions {
  base: string;
  count: number;
  runs: number;
  how: 'main-thread' | 'worker';
}
export interface PageRun extends TimedRuns {
  /** Longest main-thread task while summarising off the main thread (the warm-up included), in ms; 0 when none reached 50 ms. */
  longestTaskMs?: number;
  longTasks?: number;
  workerLoaded?: boolean;
  /** Per timed run: the main thread's time in `postMessage` sending batches to the worker (the structured clone), and how many batches. */
  copyMs?: number[];
  batches?: number[];
}

async function fetchParts(base: string, count: number): Promise<Uint8Array[]> {
  return Promise.all(
    Array.from({ length: partCount(count) }, async (_, index) => {
      const response = await fetch(`${base}${partName(index)}`);
      if (!response.ok) throw new Error(`${base}${partName(index)}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
}

async function run({ base, count, runs, how }: RunOptions): Promise<PageRun> {
  const gc = (window as { gc?: () => void }).gc;
  if (!gc) throw new Error('launch Chromium with --js-flags=--expose-gc');
  const parts = await fetchParts(base, count);
  if (how === 'main-thread') return timeParseAndSummarise(parts, count, runs, gc);

  let longestTaskMs = 0;
  let longTasks = 0;
  const copyMs: number[] = [];
  const batches: number[] = [];
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  const timed = await timeParseAndSummarise(parts, count, runs, gc, async (records) => {
    // The parse ran in the task that calls this: end it first, so that its long task is not counted.
    // The two task turns add a few milliseconds to the time.
    await nextTask();
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'longtask' });
    const copying = timePostMessage();
    try {
      return await summariseOffMainThread(records, { worker: true });
    } finally {
      const { ms, batches: sent } = copying.stop();
      copyMs.push(ms);
      batches.push(sent);
      // A task's entry is queued once the task has ended: let the last one land before taking them.
      await nextTask();
      for (const entry of observer.takeRecords()) {
        longTasks += 1;
        longestTaskMs = Math.max(longestTaskMs, entry.duration);
      }
      observer.disconnect();
    }
  });
  const workerLoaded = performance.getEntriesByType('resource').some((entry) => entry.name.includes('outcome-summary-worker'));
  // The first call was the warm-up.
  return { ...timed, longestTaskMs, longTasks, workerLoaded, copyMs: copyMs.slice(1), batches: batches.slice(1) };
}

/**
 * Times each batch the main thread posts to a worker until `stop()`: the
 * structured clone happens inside `postMessage`, so this is the main
 * thread's share of the worker path (run-in-worker.ts).
 */
function timePostMessage(): { stop: () => { ms: number; batches: number } } {
  const original = Worker.prototype.postMessage;
  let ms = 0;
  let batches = 0;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    const started = performance.now();
    original.apply(this, args as [unknown, StructuredSerializeOptions?]);
    if ((args[0] as { type?: unknown } | null)?.type === 'batch') {
      ms += performance.now() - started;
      batches += 1;
    }
  } as Worker['postMessage'];
  return {
    stop() {
      Worker.prototype.postMessage = original;
      return { ms, batches };
    },
  };
}

window.otformsReportingBench = { run };

declare global {
  interface Window {
    otformsReportingBench?: { run: typeof run };
  }
}
