import type { Catalogue } from '../i18n/catalogue.js';
import { formatSignedChange, formatValue, type EpisodeSummaryModel, type MeasureKind, type MeasureRow, type MeasureScale, type Timepoint } from './episode-summary-model.js';

/**
 * The summary's text, put together from the catalogue: values with their
 * units, changes with their sign, dates and scales written for the locale.
 * The chart and the table say the same things in the same words.
 */
export type SummaryWords = Pick<Catalogue, 'format' | 'episodeSummary'>;

export const summaryCaption = ({ format, episodeSummary: m }: SummaryWords, model: EpisodeSummaryModel) =>
  m.caption(format.date(model.startedOn), model.endedOn ? format.date(model.endedOn) : null);

export const chartName = ({ episodeSummary: m }: SummaryWords, model: EpisodeSummaryModel) =>
  m.chartName(model.endedOn !== null, model.rows.map((row) => row.title));

/** A value without its unit, as on the chart. */
export const bareValue = ({ format }: SummaryWords, value: number, kind: MeasureKind) => formatValue(format.number, value, kind);

/** A value with its unit where it has one, as in the table. */
export function valueWithUnit(t: SummaryWords, value: number, kind: MeasureKind): string {
  const text = bareValue(t, value, kind);
  return kind === 'care-hours' ? t.episodeSummary.hoursAWeek(value, text) : text;
}

/** When and at what point of the episode a value was taken. */
export const taken = ({ format, episodeSummary: m }: SummaryWords, timepoint: Timepoint, date: string | null) =>
  m.taken(m.timepoints[timepoint], date ? format.date(date) : null);

/** A change with its sign and unit; never whether it is better or worse. */
export function changeText({ format, episodeSummary: m }: SummaryWords, row: MeasureRow): string {
  if (row.change === null) return m.changeNotKnown;
  if (row.change === 0) return m.noChange;
  const signed = formatSignedChange(format.number, row.change, row.kind);
  return row.kind === 'care-hours' ? m.hoursAWeek(row.change, signed) : signed;
}

/** The scale as the table names it: a fallback scale says that it is one. */
export function scaleText(t: SummaryWords, scale: MeasureScale | null, kind: MeasureKind): string | null {
  const m = t.episodeSummary;
  if (!scale) return null;
  // The ends are whole numbers: a T-score's 20 and 80 need no decimal place.
  const end = (value: number) => bareValue(t, value, kind === 'gas' ? 'instrument' : kind);
  const [min, max] = [end(scale.min), end(scale.max)];
  if (kind === 'gas') return m.scaleGas(min, max);
  if (scale.source === 'hours') return m.scaleHours(min, max);
  if (scale.source === 'values') return m.scaleValues(min, max);
  return m.scaleInstrument(min, max);
}
