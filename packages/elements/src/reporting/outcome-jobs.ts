import { createOutcomeSummariser, type OutcomeSummary, type SummaryOptions } from '@otforms/reporting';
import { ExtractCollector, type ExtractCsvBody } from './extract-collector.js';

/**
 * One piece of work over many records, run the same way in the worker and,
 * when there is no worker, on the main thread in slices: so both give the
 * same result.
 */
export interface OutcomeJob<Result> {
  /** Reads records in input order; `groups[i]`, when given, is the group key of `records[i]`. */
  add(records: readonly unknown[], groups?: readonly (string | null)[]): void;
  /** How many records have been read. */
  readonly done: number;
  /** Makes the result in steps, so that a main-thread caller can yield between them. */
  finish(): Generator<void, Result, undefined>;
}

export function summaryJob(options: SummaryOptions): OutcomeJob<OutcomeSummary> {
  const summariser = createOutcomeSummariser(options);
  return {
    add(records, groups) {
      for (let i = 0; i < records.length; i++) summariser.add(records[i], groups ? groups[i] : undefined);
    },
    get done() {
      return summariser.added;
    },
    // One step: the figures are summed as records arrive.
    *finish() {
      return summariser.result();
    },
  };
}

export function extractCsvJob(): OutcomeJob<ExtractCsvBody> {
  const collector = new ExtractCollector();
  let done = 0;
  return {
    add(records) {
      collector.add(records);
      done += records.length;
    },
    get done() {
      return done;
    },
    *finish() {
      const parts: string[] = [];
      for (const part of collector.bodyParts()) {
        parts.push(part);
        yield;
      }
      return { columns: collector.columns(), body: parts.join('') };
    },
  };
}
