import type { ExtractColumn } from '../extract/extract-columns.js';
import { outcomeExtract } from '../extract/outcome-extract.js';
import type { UnreadableRecord } from '../outcome-summary-schema.js';
import { outcomeExtractParquet } from './extract-parquet.js';

/** The person-level outcome data set as a Parquet file, with what a host needs to say what is (and is not) in it. */
export interface OutcomeParquet {
  /** The Apache Parquet file: save it as `.parquet`, or hand it to a `Blob` for download. */
  bytes: Uint8Array;
  /** Its columns in order, with their types and meaning: the fixed `EXTRACT_COLUMNS`, then two per instrument seen. */
  columns: ExtractColumn[];
  /** Rows written: one per readable episode record. Records of other kinds are not episodes and have no row. */
  rowCount: number;
  /** Records that could not be read and so have no row, with their positions and the reasons: never dropped silently. */
  unreadable: UnreadableRecord[];
}

/**
 * Writes the person-level outcome data set of a set of records (any kind,
 * any version, read through core's validation and migration) as Apache
 * Parquet, one row per episode, for DuckDB, Spark, BigQuery or pandas.
 *
 * The instrument columns are known only once every record is read, so it
 * holds the whole extract in memory: it is an export, not a stream. It is
 * person-level data, so no suppression applies; it stays inside the council.
 */
export function toOutcomeParquet(records: Iterable<unknown>): OutcomeParquet {
  const extract = outcomeExtract(records);
  return { bytes: outcomeExtractParquet(extract), columns: extract.columns, rowCount: extract.rows.length, unreadable: extract.unreadable };
}
