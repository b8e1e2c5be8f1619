import { toCsv } from '@otforms/interop';
import type { OutcomeFigures, OutcomeSummary } from '../outcome-summary-schema.js';
import { suppressFigures, type Shown, type SuppressionOptions } from '../suppression.js';
import { labelledHeader } from './labelled-header.js';

export const SUMMARY_CSV_COLUMNS = ['group', 'period', 'figure', 'value'] as const;

export type SummaryCsvColumn = (typeof SUMMARY_CSV_COLUMNS)[number];

export interface SummaryCsvOptions extends SuppressionOptions {
  /**
   * The header a person reads, in their language (the report's download passes
   * its catalogue's words). Without it the header is SUMMARY_CSV_COLUMNS, the
   * same in every language. Of the rest only a suppressed cell is words, the
   * suppression `label` (the report passes its catalogue's, so people read it
   * in their language): `figure` stays the figure's path and `period` its key.
   */
  headers?: Readonly<Record<SummaryCsvColumn, string>>;
}

/**
 * The summary as RFC 4180 CSV in long form, one figure per row, so every
 * section and group fits the same four columns: `group` and `period` (empty
 * for "all"), `figure` (its path in the summary, e.g. `ascof2a.numerator`,
 * `instruments.barthel.meanChange`, `followUp.84-day.at-home`) and `value`.
 * Small counts are suppressed (`suppressFigures`): this is the file that may
 * leave the council. Unreadable records are counted (`counts.unreadable`)
 * but not listed: their ids are for the council's own follow-up.
 */
export function outcomeSummaryCsv(summary: OutcomeSummary, options: SummaryCsvOptions = {}): string {
  const { headers, ...suppression } = options;
  const sets: { group: string | null; period: string | null; figures: OutcomeFigures }[] = [{ group: null, period: null, figures: summary }, ...summary.groups.map((group) => ({ group: group.group, period: group.period, figures: group }))];
  const rows = sets.flatMap(({ group, period, figures }) => {
    const { counts, instruments, goals, careHours, ascof2a, followUp, adaptations } = suppressFigures(figures, suppression);
    return flatten({ counts, instruments, goals, careHours, ascof2a, followUp, adaptations }).map(([figure, value]) => ({ group, period, figure, value }));
  });
  const csv = toCsv(rows, SUMMARY_CSV_COLUMNS);
  if (!headers) return csv;
  return labelledHeader(SUMMARY_CSV_COLUMNS.map((column) => headers[column])) + csv.slice(csv.indexOf('\r\n') + 2);
}

type Leaf = Shown | null;

/** Every leaf of the figures with its dotted path; a list's entries are numbered from 0. */
function flatten(value: unknown, path = ''): [string, Leaf][] {
  if (value === null || typeof value !== 'object') return [[path, value as Leaf]];
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, path ? `${path}.${key}` : key));
}
