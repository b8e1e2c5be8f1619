import type { OutcomeSummary, ReportingPeriod, BetterWhenByInstrument, ExtractColumn } from '@otforms/reporting';

/**
 * The messages between the main thread and the outcome summary worker. Only
 * plain data crosses: the host's `groupBy` stays on the main thread, which
 * sends each record's key beside it. No words for people cross either: the
 * extract comes back without its header line, with its columns, and the main
 * thread writes the header in the report's language.
 */
export type WorkerJob = { kind: 'summary'; period?: ReportingPeriod; betterWhen?: BetterWhenByInstrument } | { kind: 'extract-csv' };

export type WorkerRequest =
  | { type: 'start'; job: WorkerJob }
  /** `groups[i]` is the key of `records[i]`; absent when the host gave no `groupBy`. */
  | { type: 'batch'; records: unknown[]; groups?: (string | null)[] }
  | { type: 'end' };

export type WorkerReply =
  /** Posted once the worker's module has loaded: until then a failure means "no worker here". */
  | { type: 'ready' }
  /** How many records the worker has read so far. */
  | { type: 'progress'; done: number }
  | { type: 'summary'; summary: OutcomeSummary }
  /** The extract's rows as CSV (no header line) and its columns. */
  | { type: 'extract-csv'; columns: ExtractColumn[]; body: string }
  | { type: 'failed'; name: string; message: string };
