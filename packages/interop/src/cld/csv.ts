/** A value a CSV cell can hold; `null` and `undefined` are written as empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Prefix a value that a spreadsheet would run as a formula with an
   * apostrophe (default true). Turn it off only for files that no person
   * will open in a spreadsheet.
   */
  guardFormulas?: boolean;
}

const needsQuotes = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * RFC 4180 CSV: a header row of the column names, then one record per row,
 * each record ending in CRLF. A field is quoted when it holds a comma, a
 * double quote, CR or LF, with its quotes doubled.
 *
 * Formula injection: a value that starts with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it (the OWASP "CSV injection" advice). It applies to every field,
 * because a general helper cannot tell free text from coded values, and the
 * CLD coded values never start with these characters. A value that is wholly
 * a number (`-3`, `+1.5`) is left alone: a spreadsheet reads it as a number,
 * never a formula, and an apostrophe would change the data.
 *
 * `columns` defaults to every key of the rows, in the order first seen.
 */
export function toCsv<Column extends string>(
  rows: readonly Readonly<Partial<Record<Column, CsvValue>>>[],
  columns?: readonly Column[],
  options: CsvOptions = {},
): string {
  const guard = options.guardFormulas ?? true;
  const header = columns ?? columnsOf(rows);
  const records = [header.map((column) => csvField(column, guard)), ...rows.map((row) => header.map((column) => csvField(row[column], guard)))];
  return records.map((fields) => `${fields.join(',')}\r\n`).join('');
}

function columnsOf<Column extends string>(rows: readonly Readonly<Partial<Record<Column, CsvValue>>>[]): Column[] {
  const seen = new Set<Column>();
  for (const row of rows) for (const column of Object.keys(row) as Column[]) seen.add(column);
  return [...seen];
}

function csvField(value: CsvValue, guard: boolean): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (guard && formulaStart.test(text) && !plainNumber.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
