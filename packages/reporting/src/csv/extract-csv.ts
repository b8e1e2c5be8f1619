import { toCsv, type CsvOptions, type CsvValue } from '@otforms/interop';
import { flattenRow, type ExtractColumn } from '../extract/extract-columns.js';
import type { OutcomeExtract } from '../extract/outcome-extract.js';
import { labelledHeader } from './labelled-header.js';

export interface ExtractCsvOptions extends CsvOptions {
  /**
   * The header a person reads for each column, in their language (the report's
   * download passes its catalogue's words). Without it the header is the
   * columns' names, which are the same in every language: what a machine, a
   * script or the Parquet file use.
   */
  header?: (column: ExtractColumn) => string;
}

/**
 * The person-level extract as RFC 4180 CSV, one row per episode, in the
 * columns of `extract.columns`. Lists (days to complete each major
 * adaptation) are `;`-separated. It is person-level data: it stays inside the
 * council, so no suppression applies; the summary CSV is the one to share.
 * Values are the data set's own (codes such as `reduced`), whatever the header.
 */
export function outcomeExtractCsv(extract: OutcomeExtract, options: ExtractCsvOptions = {}): string {
  const { header, ...csvOptions } = options;
  const names = extract.columns.map((column) => column.name);
  const rows = extract.rows.map((row) =>
    Object.fromEntries(Object.entries(flattenRow(row)).map(([name, value]): [string, CsvValue] => [name, Array.isArray(value) ? value.join(';') : value])),
  );
  const csv = toCsv(rows, names, csvOptions);
  if (!header) return csv;
  // The names never hold a line break, so the header is the first line.
  return labelledHeader(extract.columns.map(header), csvOptions) + csv.slice(csv.indexOf('\r\n') + 2);
}
