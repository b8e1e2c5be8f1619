import { formatDate } from '../goals/gas-chart-model.js';
import {
  T_SCORE_SCALE,
  formatSignedChange,
  formatValue,
  type EpisodeSummaryModel,
  type MeasureKind,
  type MeasureRow,
  type MeasureScale,
  type MeasureTitles,
  type MissingReason,
  type Timepoint,
} from './episode-summary-model.js';

/**
 * The summary's own words (en-GB, GOV.UK style). Instrument titles and the
 * reasons an instrument gives no total come from the record and are always
 * rendered as text. No word here says a change is better or worse.
 */

const timepoints: Record<Timepoint, string> = {
  baseline: 'Baseline',
  interim: 'Interim',
  discharge: 'Discharge',
  start: 'Start of the episode',
  end: 'End of the episode',
  review: 'Review',
};

const hours = (value: number) => `${formatValue(value, 'care-hours')} hour${value === 1 ? '' : 's'} a week`;

export const summaryMessages = {
  /** The rows that are not instruments (an instrument's row takes its title from the record). */
  measureTitles: { gas: 'Goal attainment (T-score)', 'care-hours': 'Planned care hours a week' } satisfies MeasureTitles,
  caption: (model: EpisodeSummaryModel) =>
    model.endedOn
      ? `Outcomes of the episode, ${formatDate(model.startedOn)} to ${formatDate(model.endedOn)}`
      : `Outcomes so far of the episode that started on ${formatDate(model.startedOn)}`,
  underWay: 'This episode is under way: the end column shows the latest values so far.',
  noGoalPlan: 'This episode has no goal plan, so there is no goal attainment score.',
  chartName: (model: EpisodeSummaryModel) => {
    const count = model.rows.length;
    return (
      `${model.endedOn ? 'Start and end' : 'Start and latest values'} of ${count} measure${count === 1 ? '' : 's'}, each on its own scale: ` +
      `${model.rows.map((row) => row.title).join('; ')}. The figures are under “Show the figures”.`
    );
  },
  legendStart: 'Start',
  legendEnd: (ended: boolean) => (ended ? 'End' : 'Latest so far'),
  showFigures: 'Show the figures',
  tableCaption: (ended: boolean) => (ended ? 'Start and end of each measure' : 'Start and latest value of each measure'),
  columnMeasure: 'Measure',
  columnStart: 'Start',
  columnEnd: (ended: boolean) => (ended ? 'End' : 'Latest'),
  columnChange: 'Change',
  /** The value in a table cell, with its unit where it has one. */
  value: (value: number, kind: MeasureKind) => (kind === 'care-hours' ? hours(value) : formatValue(value, kind)),
  /** When and at what point of the episode a value was taken. */
  taken: (timepoint: Timepoint, date: string | null) => (date ? `${timepoints[timepoint]}, ${formatDate(date)}` : timepoints[timepoint]),
  missing: (reason: MissingReason, side: 'start' | 'end', ended: boolean) => {
    switch (reason.kind) {
      case 'no-total':
        return `No total: ${reason.detail ?? (reason.incomplete ? 'incomplete' : 'not scored')}`;
      case 'not-measured':
        return side === 'start' ? 'Not measured at the start' : ended ? 'Not measured at the end' : 'Not measured yet';
      case 'no-t-score':
        return 'No T-score: no goal carries any weight';
      case 'not-reviewed':
        return 'Not reviewed yet';
      case 'not-recorded':
        return side === 'end' && !ended ? 'Not known yet' : 'Not recorded';
    }
  },
  change: (row: MeasureRow) => {
    if (row.change === null) return 'Not known';
    if (row.change === 0) return 'No change';
    const signed = formatSignedChange(row.change, row.kind);
    return row.kind === 'care-hours' ? `${signed} hour${Math.abs(row.change) === 1 ? '' : 's'} a week` : signed;
  },
  /** The scale as the table names it: a fallback scale says that it is one. */
  scale: (scale: MeasureScale | null, kind: MeasureKind) => {
    if (kind === 'gas') return `T-score: 50 means every goal at its expected outcome. Drawn from ${T_SCORE_SCALE.min} to ${T_SCORE_SCALE.max}.`;
    if (!scale) return null;
    const from = `${formatValue(scale.min, kind)} to ${formatValue(scale.max, kind)}`;
    if (scale.source === 'hours') return `Drawn from ${from} hours a week.`;
    if (scale.source === 'values') return `The record gives no range for this total: drawn from ${from} to cover the values.`;
    return `Totals range from ${from}.`;
  },
  /** The short note beside a row's title on the chart. */
  scaleNote: (scale: MeasureScale | null) => (scale?.source === 'values' ? 'scale from the values' : null),
  /** A value's label on the chart. */
  chartLabel: (side: 'start' | 'end', ended: boolean, value: number, kind: MeasureKind, clamped: boolean) =>
    `${side === 'start' ? 'Start' : ended ? 'End' : 'Latest'} ${formatValue(value, kind)}${clamped ? ' (off the scale)' : ''}`,
  chartMissing: (side: 'start' | 'end', ended: boolean, text: string) => `${side === 'start' ? 'Start' : ended ? 'End' : 'Latest'}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  noTotalShort: 'No total (the reason is in the figures)',
  invalidRecord: 'This episode cannot be shown:',
} as const;
