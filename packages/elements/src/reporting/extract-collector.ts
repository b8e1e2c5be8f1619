import { EXTRACT_COLUMNS, outcomeExtract, outcomeExtractCsv, type EpisodeOutcomeRow, type ExtractColumn } from '@otforms/reporting';

/** Rows written per part of the CSV, so a main-thread caller can yield between parts (about 5 ms each). */
const CSV_ROWS_PER_PART = 250;

/**
 * `outcomeExtract` over records that arrive a batch at a time: the same
 * columns (fixed, then two per instrument in the order first seen) and rows
 * in input order, so its CSV is `outcomeExtractCsv(outcomeExtract(all))`.
 * It holds every row, as `outcomeExtract` does: an extract is an export.
 */
export class ExtractCollector {
  readonly #columns = new Map<string, ExtractColumn>();
  readonly #rows: EpisodeOutcomeRow[] = [];
  readonly #instrumentIds = new Set<string>();

  add(records: readonly unknown[]): void {
    const extract = outcomeExtract(records);
    for (const column of extract.columns) if (!this.#columns.has(column.name)) this.#columns.set(column.name, column);
    for (const row of extract.rows) {
      this.#rows.push(row);
      for (const { instrumentId } of row.instruments) this.#instrumentIds.add(instrumentId);
    }
    // outcomeExtract refuses two ids that would share columns within one batch; this catches them across batches.
    if (this.#columns.size - EXTRACT_COLUMNS.length !== 2 * this.#instrumentIds.size) {
      throw new RangeError('Two instruments whose ids differ only in punctuation would share columns of the extract');
    }
  }

  /** The CSV in parts: the header with the first rows, then the rest; joined, it is the whole file. */
  *csvParts(): Generator<string, void, undefined> {
    const columns = [...this.#columns.values()];
    if (this.#rows.length === 0) {
      yield outcomeExtractCsv({ columns, rows: [], unreadable: [] });
      return;
    }
    for (let from = 0; from < this.#rows.length; from += CSV_ROWS_PER_PART) {
      const csv = outcomeExtractCsv({ columns, rows: this.#rows.slice(from, from + CSV_ROWS_PER_PART), unreadable: [] });
      // Every part but the first drops its header line; column names never hold a line break.
      yield from === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
    }
  }
}
