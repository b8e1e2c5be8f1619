import { toCsv, type CsvOptions, type CsvValue } from '@otforms/interop';
import { flattenRow } from '../extract/extract-columns.js';
import type { OutcomeExtract } from '../extract/outcome-extract.js';

/**
 * The person-level extract as RFC 4180 CSV, one row per episode, in the
 * columns of `extract.columns`. Lists (days to complete each major
 * adaptation) are `;`-separated. It is person-level data: it stays inside the
 * council, so no suppression applies; the summary CSV is the one to share.
 */
export function outcomeExtractCsv(extract: OutcomeExtract, options?: CsvOptions): string {
  const names = extract.columns.map((column) => column.name);
  const rows = extract.rows.map((row) =>
    Object.fromEntries(Object.entries(flattenRow(row)).map(([name, value]): [string, CsvValue] => [name, Array.isArray(value) ? value.join(';') : value])),
  );
  return toCsv(rows, names, options);
}
