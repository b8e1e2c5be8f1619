import { episodeOutcomeRow, type EpisodeOutcomeRow } from '../episode-outcome-row.js';
import type { UnreadableRecord } from '../outcome-summary-schema.js';
import { readRecord } from '../read-record.js';
import { EXTRACT_COLUMNS, columnSafe, instrumentColumns, type ExtractColumn } from './extract-columns.js';

export interface OutcomeExtract {
  /** The fixed columns, then two per instrument in the order first seen. */
  columns: ExtractColumn[];
  /** One row per readable episode record, in input order. Records of other kinds are not episodes and have no row. */
  rows: EpisodeOutcomeRow[];
  /** Records that could not be read, with where they came and why: never dropped silently. */
  unreadable: UnreadableRecord[];
}

/** Builds an extract one record at a time (for records that arrive in batches); `result()` can be called at any point. */
export interface OutcomeExtractor {
  add(record: unknown): void;
  result(): OutcomeExtract;
}

export function createOutcomeExtractor(): OutcomeExtractor {
  const rows: EpisodeOutcomeRow[] = [];
  const unreadable: UnreadableRecord[] = [];
  const instrumentIds = new Map<string, string>();
  let position = 0;
  return {
    add(input) {
      const read = readRecord(input, position++);
      if ('unreadable' in read) {
        unreadable.push(read.unreadable);
        return;
      }
      if (read.record.kind !== 'episode') return;
      const row = episodeOutcomeRow(read.record);
      for (const { instrumentId } of row.instruments) {
        const column = columnSafe(instrumentId);
        const earlier = instrumentIds.get(column);
        // Two ids that differ only in punctuation would share a column and mix their totals.
        if (earlier !== undefined && earlier !== instrumentId) throw new RangeError(`Instruments "${earlier}" and "${instrumentId}" would share the columns ${column}_baseline and ${column}_discharge`);
        instrumentIds.set(column, instrumentId);
      }
      rows.push(row);
    },
    result() {
      return { columns: [...EXTRACT_COLUMNS, ...instrumentColumns(instrumentIds.values())], rows: [...rows], unreadable: [...unreadable] };
    },
  };
}

/**
 * The person-level outcome data set of a set of records: each record is read
 * through core's validation and migration, as `summariseOutcomes` reads it.
 * It holds every row, so it is for exports; summarise large sets with
 * `summariseOutcomes`, which keeps none.
 */
export function outcomeExtract(records: Iterable<unknown>): OutcomeExtract {
  const extractor = createOutcomeExtractor();
  for (const record of records) extractor.add(record);
  return extractor.result();
}
