import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutcomeRecordInput } from '@otforms/core';
import { OutcomeSummarySchema, outcomeExtract, outcomeExtractCsv, summariseOutcomes, type BetterWhenByInstrument, type OutcomeSummary, type ReportingPeriod } from '@otforms/reporting';
import { SLICE_BUDGET_MS, yieldToMain } from './main-thread-slices.js';
import { RecordsReader } from './records-reader.js';
import { extractCsvOffMainThread, summariseOffMainThread } from './summarise-off-main-thread.js';
import type { Progress } from './render-report-progress.js';
import type { ExtractCsvHeader } from './extract-csv-header.js';

/**
 * Up to this many records are summarised (or extracted) at once, in the
 * update that set them: a small team's report appears with no progress bar.
 * Above it the work goes to `summariseOffMainThread`, which reads the
 * records on the main thread in slices that yield, or in a Web Worker from
 * its WORKER_THRESHOLD up, and reports progress, so that no task of ours
 * holds the main thread for 50 ms. Measured in Chromium on a shared 2-core
 * machine: about 0.15 ms a record once warm (100 records in 15 ms), several
 * times that on the page's first summary.
 */
export const AT_ONCE_LIMIT = 100;

/** What the element was given to report on. */
export interface SummaryInput {
  records?: Iterable<unknown> | null | undefined;
  summary?: OutcomeSummary | null | undefined;
  groupBy?: ((record: OutcomeRecordInput) => string | null) | undefined;
  period?: ReportingPeriod | undefined;
  betterWhen?: BetterWhenByInstrument | undefined;
}

export type SummaryState =
  | { status: 'idle' }
  | { status: 'working'; progress: Progress }
  | { status: 'ready'; summary: OutcomeSummary; from: 'records' | 'summary' }
  | { status: 'failed'; problem: 'summary' | 'records'; message: string };

/**
 * Owns the summary behind `<ot-outcome-report>`: reads the records (or
 * checks a summary a back end made), runs large sets off the main thread
 * with progress, stops work that a newer input or leaving the page made
 * useless, and makes the person-level extract on demand.
 */
export class ReportSummaryController implements ReactiveController {
  state: SummaryState = { status: 'idle' };
  /** The records given, read once into an array (the extract reads them again); null when none were given. */
  records: readonly unknown[] | null = null;

  private input: SummaryInput = {};
  private running: AbortController | null = null;
  /** Stops each extract under way: a new input makes the extract of the old records useless. */
  private readonly extractAborts = new Set<() => void>();
  /** Work stopped by leaving the page, to start again on return. */
  private interrupted = false;
  /**
   * The last iterable given (not an array) and what has been read of it, kept
   * so that starting again with it (a change of `groupBy`, the element put
   * back on the page) carries on where it stopped or uses what was read: a
   * generator cannot be read twice.
   */
  private reading: { source: Iterable<unknown>; reader: RecordsReader } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onProgress: (progress: Progress) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.start(this.input);
    }
  }

  hostDisconnected(): void {
    if (this.running) {
      this.interrupted = true;
      this.stop();
    }
  }

  /** Starts again from this input; any work under way is stopped and its result never shown. */
  start(input: SummaryInput): void {
    this.stop();
    this.input = input;
    const { records } = input;
    if (this.reading && this.reading.source !== records) {
      this.reading.reader.close(); // a no-op once it has been read to the end
      this.reading = null;
    }
    if (records === null || records === undefined || Array.isArray(records)) {
      this.continueWith(input, records ?? null);
      return;
    }
    // Another iterable is read into an array: at once if that is quick (a Set), else in slices.
    this.records = null;
    let reader: RecordsReader;
    let read: boolean;
    try {
      reader = this.reading?.reader ?? new RecordsReader(records);
      read = reader.readFor(SLICE_BUDGET_MS);
    } catch (error) {
      this.reading = null;
      this.state = { status: 'failed', problem: 'records', message: messageOf(error) };
      return;
    }
    this.reading = { source: records, reader };
    if (read) {
      this.continueWith(input, reader.records);
      return;
    }
    const running = new AbortController();
    this.running = running;
    this.state = { status: 'working', progress: { task: 'summary', done: reader.records.length, total: null } };
    reader
      .readRest(running.signal, (done) => {
        this.state = { status: 'working', progress: { task: 'summary', done, total: null } };
        this.onProgress(this.state.progress);
      })
      .then(
        (all) => {
          if (running.signal.aborted || this.running !== running) return;
          this.running = null;
          this.continueWith(input, all);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (!running.signal.aborted) this.reading = null;
          this.settle(running, { status: 'failed', problem: 'records', message: messageOf(error) });
        },
      );
  }

  /** Goes on once the records are an array (or there are none). */
  private continueWith(input: SummaryInput, records: readonly unknown[] | null): void {
    this.records = records;
    const { summary } = input;
    if (summary !== null && summary !== undefined) {
      this.state = checkSummary(summary);
      return;
    }
    if (this.records === null) {
      this.state = { status: 'idle' };
      return;
    }
    const options = { groupBy: input.groupBy, period: input.period, betterWhen: input.betterWhen };
    if (this.records.length <= AT_ONCE_LIMIT) {
      this.state = attempt(() => ({ status: 'ready', summary: summariseOutcomes(this.records!, options), from: 'records' }));
      return;
    }
    const running = new AbortController();
    this.running = running;
    this.state = { status: 'working', progress: { task: 'summary', done: 0, total: this.records.length } };
    summariseOffMainThread(this.records, {
      ...options,
      signal: running.signal,
      onProgress: (done, total) => {
        if (running.signal.aborted) return;
        this.state = { status: 'working', progress: { task: 'summary', done, total } };
        this.onProgress(this.state.progress);
      },
    }).then(
      async (result) => {
        // Shown in a task of its own: on the main thread the summary's last step (an interval for each instrument of each group)
        // ends the task that made it, and with the first of the figures in the same task it came to 20 ms in a production build.
        await yieldToMain();
        this.settle(running, { status: 'ready', summary: result, from: 'records' });
      },
      (error: unknown) => this.settle(running, { status: 'failed', problem: 'records', message: messageOf(error) }),
    );
  }

  /** The person-level extract of the records given, as CSV with `header`'s words: at once for a small set, off the main thread with progress for a large one. */
  async extractCsv(header: ExtractCsvHeader, onProgress: (progress: Progress) => void): Promise<string> {
    const records = this.records;
    if (records === null) throw new Error('The extract needs the records');
    if (records.length <= AT_ONCE_LIMIT) return outcomeExtractCsv(outcomeExtract(records), { header });
    const running = new AbortController();
    const stopWhenGone = () => running.abort();
    this.extractAborts.add(stopWhenGone);
    try {
      return await extractCsvOffMainThread(records, { header, signal: running.signal, onProgress: (done, total) => onProgress({ task: 'extract', done, total }) });
    } finally {
      this.extractAborts.delete(stopWhenGone);
    }
  }

  private stop(): void {
    this.running?.abort();
    this.running = null;
    for (const abort of this.extractAborts) abort();
  }

  private settle(running: AbortController, state: SummaryState): void {
    if (running.signal.aborted || this.running !== running) return;
    this.running = null;
    this.state = state;
    this.host.requestUpdate();
  }
}

/** A summary from elsewhere (a back end, JSON) is checked against the schema before it is shown. */
function checkSummary(summary: unknown): SummaryState {
  const parsed = OutcomeSummarySchema.safeParse(summary);
  if (parsed.success) return { status: 'ready', summary: parsed.data, from: 'summary' };
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { status: 'failed', problem: 'summary', message: `${path}${issue?.message ?? ''}` };
}

function attempt(work: () => SummaryState): SummaryState {
  try {
    return work();
  } catch (error) {
    return { status: 'failed', problem: 'records', message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
