import { toCsv, type CsvOptions } from '@otforms/interop';

/** A CSV header line of labels for people, quoted and guarded against formulas as any field is. */
export function labelledHeader(labels: readonly string[], options: CsvOptions = {}): string {
  return toCsv([], labels, options);
}
