import { createOutcomeExtractor, outcomeExtractCsv } from '@otforms/reporting';

/** Rows written per part of the CSV, so a main-thread caller can yield between parts (about 5 ms each). */
const CSV_ROWS_PER_PART = 250;

/**
 * The extract of records that arrive a batch at a time, written as CSV in
 * parts: joined, the parts are `outcomeExtractCsv(outcomeExtract(all))`.
 * It holds every row, as `outcomeExtract` does: an extract is an export.
 */
export class ExtractCollector {
  readonly #extractor = createOutcomeExtractor();

  add(records: readonly unknown[]): void {
    for (const record of records) this.#extractor.add(record);
  }

  /** The CSV in parts: the header with the first rows, then the rest; joined, it is the whole file. */
  *csvParts(): Generator<string, void, undefined> {
    const { columns, rows } = this.#extractor.result();
    if (rows.length === 0) {
      yield outcomeExtractCsv({ columns, rows: [], unreadable: [] });
      return;
    }
    for (let from = 0; from < rows.length; from += CSV_ROWS_PER_PART) {
      const csv = outcomeExtractCsv({ columns, rows: rows.slice(from, from + CSV_ROWS_PER_PART), unreadable: [] });
      // Every part but the first drops its header line; column names never hold a line break.
      yield from === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
    }
  }
}
