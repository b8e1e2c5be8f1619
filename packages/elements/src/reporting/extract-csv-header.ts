import type { ExtractColumn } from '@otforms/reporting';
import type { Catalogue } from '../i18n/catalogue.js';

export type ExtractCsvHeader = (column: ExtractColumn) => string;

/**
 * The person-level extract's header in the catalogue's words: a fixed column
 * by its name, an instrument's by its id. A column the catalogue has no word
 * for (one added to the data set since the catalogue was written) keeps its
 * machine name rather than leaving the header blank.
 */
export function extractCsvHeader(m: Catalogue['report']): ExtractCsvHeader {
  const labels: Readonly<Record<string, string>> = m.extractCsvColumns;
  return (column) => (column.instrument ? m.extractInstrumentColumn(column.instrument.id, column.instrument.at) : Object.hasOwn(labels, column.name) ? labels[column.name]! : column.name);
}
