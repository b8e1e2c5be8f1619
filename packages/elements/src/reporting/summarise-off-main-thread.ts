import { outcomeExtractCsv, type OutcomeSummary, type SummaryOptions } from '@otforms/reporting';
import type { ExtractCsvBody } from './extract-collector.js';
import type { ExtractCsvHeader } from './extract-csv-header.js';
import { groupKeyReader } from './group-key.js';
import { extractCsvJob, summaryJob } from './outcome-jobs.js';
import type { ProgressOptions } from './progress-options.js';
import { runInWorker } from './run-in-worker.js';
import { runOnMainThread } from './run-on-main-thread.js';

export type { ProgressOptions } from './progress-options.js';

/** From this many records up, the work runs in a Web Worker unless `worker: false` is given. */
export const WORKER_THRESHOLD = 5000;

export type OffMainThreadSummaryOptions = SummaryOptions & ProgressOptions;

/**
 * `summariseOutcomes` without holding up the page: the same summary, made
 * in a module Web Worker from WORKER_THRESHOLD records up (or as `worker`
 * says), with progress reports, and stopped by `signal`.
 *
 * - The worker cannot call the host's `groupBy`, so the main thread calls
 *   it, on each record as migrated to the current version (what the
 *   summary would pass it for every record it can read), and sends the key
 *   with the record. It may also be called for records that turn out to be
 *   unreadable; their key is not used.
 * - The main thread sends the records in batches that each take about
 *   5 ms to copy, and gives the thread back between batches, so no task
 *   of its own comes near 50 ms.
 * - Records must survive the structured clone (plain JSON does). Where no
 *   worker can start (no Worker, a file:// page, a Content-Security-Policy
 *   without `worker-src 'self'` or an equivalent, a bundler that did not
 *   emit the worker file) or a record cannot be copied, the same work runs
 *   on the main thread in slices of about 5 ms, with the same progress
 *   reports (after a failed copy, progress starts again from 0).
 */
export async function summariseOffMainThread(records: readonly unknown[], options: OffMainThreadSummaryOptions = {}): Promise<OutcomeSummary> {
  checkRecords(records, 'summariseOffMainThread');
  const { onProgress, signal, worker, groupBy, ...figures } = options;
  // Made first, so that options the summary refuses are refused at once, on either path.
  const onMainThread = summaryJob({ ...figures, ...(groupBy ? { groupBy } : {}) });
  const progress = { onProgress, signal };
  if (worker ?? records.length >= WORKER_THRESHOLD) {
    const run = await runInWorker<OutcomeSummary>({ kind: 'summary', period: figures.period, betterWhen: figures.betterWhen }, records, groupBy && groupKeyReader(groupBy), progress);
    if ('result' in run) return run.result;
  }
  return runOnMainThread(onMainThread, records, progress);
}

export interface ExtractCsvOptions extends ProgressOptions {
  /** The header's words for each column (a person's language); without it, the columns' machine names. */
  header?: ExtractCsvHeader;
}

/**
 * The person-level extract as CSV, `outcomeExtractCsv(outcomeExtract(records), { header })`,
 * made off the main thread as `summariseOffMainThread` makes a summary, with
 * the same fallback. The header line is written here, on the main thread,
 * once the columns are known: `header` is a function of the catalogue and
 * cannot go to the worker.
 */
export async function extractCsvOffMainThread(records: readonly unknown[], options: ExtractCsvOptions = {}): Promise<string> {
  checkRecords(records, 'extractCsvOffMainThread');
  const { onProgress, signal, worker, header } = options;
  let made: ExtractCsvBody | undefined;
  if (worker ?? records.length >= WORKER_THRESHOLD) {
    const run = await runInWorker<ExtractCsvBody>({ kind: 'extract-csv' }, records, undefined, { onProgress, signal });
    if ('result' in run) made = run.result;
  }
  made ??= await runOnMainThread(extractCsvJob(), records, { onProgress, signal });
  return outcomeExtractCsv({ columns: made.columns, rows: [], unreadable: [] }, header ? { header } : {}) + made.body;
}

function checkRecords(records: readonly unknown[], caller: string): void {
  if (!Array.isArray(records)) throw new TypeError(`${caller} needs an array of records`);
}
