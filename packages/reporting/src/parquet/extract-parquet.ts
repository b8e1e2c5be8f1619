import { parquetWriteBuffer, type ColumnSource, type KeyValue, type SchemaElement } from 'hyparquet-writer';
import { flattenRow, type ExtractColumn, type ExtractColumnType, type ExtractValue } from '../extract/extract-columns.js';
import type { OutcomeExtract } from '../extract/outcome-extract.js';

/**
 * How each extract column type is stored in Parquet, so that DuckDB, Spark,
 * BigQuery or pandas read it with its type rather than as text:
 *
 * | extract type   | Parquet                                      | DuckDB      |
 * | -------------- | -------------------------------------------- | ----------- |
 * | `text`         | BYTE_ARRAY, STRING (UTF8)                    | `VARCHAR`   |
 * | `date`         | INT32, DATE (days since 1970-01-01)          | `DATE`      |
 * | `decimal`      | DOUBLE                                       | `DOUBLE`    |
 * | `integer`      | INT32                                        | `INTEGER`   |
 * | `integer-list` | LIST of required INT32 (the three-level form) | `INTEGER[]` |
 *
 * Every column is OPTIONAL (nullable), even those the row never leaves empty:
 * a value not known is null, never 0, and a column that later becomes
 * nullable then changes no reader's schema.
 */
export const PARQUET_COLUMN_TYPES: Readonly<Record<ExtractColumnType, string>> = {
  text: 'VARCHAR',
  date: 'DATE',
  decimal: 'DOUBLE',
  integer: 'INTEGER',
  'integer-list': 'INTEGER[]',
};

const schemaOf: Record<ExtractColumnType, (name: string) => SchemaElement[]> = {
  text: (name) => [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: 'OPTIONAL' }],
  date: (name) => [{ name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type: 'OPTIONAL' }],
  decimal: (name) => [{ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' }],
  integer: (name) => [{ name, type: 'INT32', repetition_type: 'OPTIONAL' }],
  // The three-level LIST the Parquet spec asks writers to use; an empty list (no completed adaptation) stays [] rather than null.
  'integer-list': (name) => [
    { name, converted_type: 'LIST', logical_type: { type: 'LIST' }, repetition_type: 'OPTIONAL', num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    { name: 'element', type: 'INT32', repetition_type: 'REQUIRED' },
  ],
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The person-level extract as an Apache Parquet file, one row per episode, in
 * the columns of `extract.columns` with their types (`PARQUET_COLUMN_TYPES`),
 * Snappy-compressed. The file's key-value metadata carries `otforms.columns`
 * (each column's name, type and meaning, as JSON) and `otforms.unreadable`
 * (how many input records could not be read and so have no row), so the file
 * says what it holds and what it lacks on its own.
 *
 * Plain JavaScript (hyparquet-writer): it runs in Node, a browser or a worker.
 */
export function outcomeExtractParquet(extract: OutcomeExtract): Uint8Array {
  const { columns, rows, unreadable } = extract;
  const data = columns.map((): unknown[] => new Array(rows.length));
  rows.forEach((row, at) => {
    const flat = flattenRow(row);
    columns.forEach((column, index) => (data[index]![at] = parquetValue(column, flat[column.name])));
  });
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.flatMap(({ name, type }) => schemaOf[type](name))];
  const columnData: ColumnSource[] = columns.map(({ name }, index) => ({ name, data: data[index]! }));
  const kvMetadata: KeyValue[] = [
    { key: 'otforms.columns', value: JSON.stringify(columns) },
    { key: 'otforms.unreadable', value: String(unreadable.length) },
  ];
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, codec: 'SNAPPY', kvMetadata, createdBy: 'otforms (@otforms/reporting)' }));
}

/** A row's value as the writer takes it for the column's type; a value of the wrong type is a bug upstream, so it throws rather than write a wrong file. */
function parquetValue(column: ExtractColumn, value: ExtractValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'text':
      if (typeof value === 'string') return value;
      break;
    case 'date':
      // Days since the epoch: an ISO date with no time parses as midnight UTC, so the division is exact.
      if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value) / DAY_MS;
      break;
    case 'decimal':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    case 'integer':
      if (isInt32(value)) return value;
      break;
    case 'integer-list':
      if (Array.isArray(value) && value.every(isInt32)) return value;
      break;
  }
  throw new TypeError(`Column ${column.name} (${column.type}) cannot hold ${JSON.stringify(value)}`);
}

function isInt32(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31;
}
