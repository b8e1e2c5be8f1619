import { createOutcomeExtractor, outcomeExtractCsv, type ExtractColumn } from '@otforms/reporting';

/** Rows written per part of the CSV, so a main-thread caller can yield between parts (about 5 ms each). */
const CSV_ROWS_PER_PART = 250;

/** The extract as CSV without its header line, and the columns to write the header from (in the words of whoever asked, on the main thread). */
export interface ExtractCsvBody {
  columns: ExtractColumn[];
  body: string;
}

/**
 * The extract of records that arrive a batch at a time, written as CSV in
 * parts: `outcomeExtractCsv(outcomeExtract(all))` is the header line of
 * `columns` followed by the parts joined. It holds every row, as
 * `outcomeExtract` does: an extract is an export.
 *
 * The header is left to the caller because its words may be a person's
 * language, and the catalogue's words are functions, which cannot be sent
 * to a worker; the columns (plain data) come back instead.
 */
export class ExtractCollector {
  readonly #extractor = createOutcomeExtractor();

  add(records: readonly unknown[]): void {
    for (const record of records) this.#extractor.add(record);
  }

  /** The columns seen, once every record has been added. */
  columns(): ExtractColumn[] {
    return this.#extractor.result().columns;
  }

  /** The rows as CSV in parts, without the header line; joined, they follow it. */
  *bodyParts(): Generator<string, void, undefined> {
    const { columns, rows } = this.#extractor.result();
    for (let from = 0; from < rows.length; from += CSV_ROWS_PER_PART) {
      const csv = outcomeExtractCsv({ columns, rows: rows.slice(from, from + CSV_ROWS_PER_PART), unreadable: [] });
      // Column names never hold a line break, so the header is the first line.
      yield csv.slice(csv.indexOf('\r\n') + 2);
    }
  }
}
