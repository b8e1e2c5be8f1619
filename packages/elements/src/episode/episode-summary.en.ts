import { formatNumber, plural } from '../i18n/intl.js';
import type { MissingReason, Timepoint } from './episode-summary-model.js';

/**
 * The words of `<ot-episode-summary>` in en-GB (GOV.UK style): the
 * `episodeSummary` namespace of the catalogue. Instrument titles and the
 * reasons an instrument gives no total come from the record and are always
 * rendered as text. Values and dates arrive already written for the locale
 * (`t.format`); the number itself comes too where a plural depends on it.
 * No word here says a change is better or worse.
 */
const LOCALE = 'en-GB';

type Side = 'start' | 'end';
/** "Start", "End", or "Latest" while the episode is under way. */
const sideName = (side: Side, ended: boolean) => (side === 'start' ? 'Start' : ended ? 'End' : 'Latest');

export const episodeSummaryEn = {
  /** The rows that are not instruments (an instrument's row takes its title from the record). */
  measureTitles: { gas: 'Goal attainment (T-score)', 'care-hours': 'Planned care hours a week' },
  timepoints: {
    baseline: 'Baseline',
    interim: 'Interim',
    discharge: 'Discharge',
    start: 'Start of the episode',
    end: 'End of the episode',
    review: 'Review',
  } satisfies Record<Timepoint, string>,
  caption: (startedOn: string, endedOn: string | null) =>
    endedOn ? `Outcomes of the episode, ${startedOn} to ${endedOn}` : `Outcomes so far of the episode that started on ${startedOn}`,
  underWay: 'This episode is under way: the end column shows the latest values so far.',
  noGoalPlan: 'This episode has no goal plan, so there is no goal attainment score.',
  /** The chart's name: `titles` are the rows' titles, in order. */
  chartName: (ended: boolean, titles: readonly string[]) =>
    `${ended ? 'Start and end' : 'Start and latest values'} of ${formatNumber(LOCALE, titles.length)} ${plural(LOCALE, titles.length, { one: 'measure', other: 'measures' })}, ` +
    `each on its own scale: ${titles.join('; ')}. The figures are under “Show the figures”.`,
  legendStart: 'Start',
  legendEnd: (ended: boolean) => (ended ? 'End' : 'Latest so far'),
  showFigures: 'Show the figures',
  tableCaption: (ended: boolean) => (ended ? 'Start and end of each measure' : 'Start and latest value of each measure'),
  columnMeasure: 'Measure',
  columnStart: 'Start',
  columnEnd: (ended: boolean) => (ended ? 'End' : 'Latest'),
  columnChange: 'Change',
  /** Care hours with their unit: `hours` is the number, `value` it written for the locale (with its sign, for a change). */
  hoursAWeek: (hours: number, value: string) => plural(LOCALE, Math.abs(hours), { one: `${value} hour a week`, other: `${value} hours a week` }),
  /** When and at what point of the episode a value was taken (`date` written for the locale). */
  taken: (timepoint: string, date: string | null) => (date ? `${timepoint}, ${date}` : timepoint),
  missing: (reason: MissingReason, side: Side, ended: boolean) => {
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
  changeNotKnown: 'Not known',
  noChange: 'No change',
  /** The scale as the table names it (ends written for the locale); a fallback scale says that it is one. */
  scaleGas: (min: string, max: string) => `T-score: 50 means every goal at its expected outcome. Drawn from ${min} to ${max}.`,
  scaleHours: (min: string, max: string) => `Drawn from ${min} to ${max} hours a week.`,
  scaleValues: (min: string, max: string) => `The record gives no range for this total: drawn from ${min} to ${max} to cover the values.`,
  scaleInstrument: (min: string, max: string) => `Totals range from ${min} to ${max}.`,
  /** The short note beside a row's title on the chart when its scale comes from the values. */
  scaleNote: 'scale from the values',
  /** A value's label on the chart (`value` written for the locale). */
  chartLabel: (side: Side, ended: boolean, value: string, clamped: boolean) => `${sideName(side, ended)} ${value}${clamped ? ' (off the scale)' : ''}`,
  /** A missing value on the chart: `text` is the `missing` message, or `noTotalShort`. */
  chartMissing: (side: Side, ended: boolean, text: string) => `${sideName(side, ended)}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  noTotalShort: 'No total (the reason is in the figures)',
  invalidRecord: 'This episode cannot be shown:',
};
