import { englandDate, type AssessmentRecord, type EpisodeAssessment, type EpisodeRecord } from '@otforms/core';

/**
 * What `<ot-episode-summary>` draws, worked out once from an episode record:
 * one row per measure with its value at the start and at the end, the scale
 * to draw it on and the change. It never says whether a change is better or
 * worse (for some measures lower is better), and a missing value stays
 * missing, with the reason, never a zero. DOM-free; the words, including
 * the titles of the rows that are not instruments, are the catalogue's
 * (`episode-summary.en.ts`), put together in `episode-summary-words.ts`.
 */

/** Why a value is not there. */
export type MissingReason =
  /** The assessment was done but the instrument's rules give no total. */
  | { kind: 'no-total'; detail: string | null; incomplete: boolean }
  /** No assessment of this instrument at this point of the episode. */
  | { kind: 'not-measured' }
  /** The goal plan has no T-score (no goal carries any weight). */
  | { kind: 'no-t-score' }
  /** The goals have not been reviewed. */
  | { kind: 'not-reviewed' }
  /** The planned care hours were not recorded. */
  | { kind: 'not-recorded' };

/** Where in the episode a value was taken. */
export type Timepoint = 'baseline' | 'interim' | 'discharge' | 'start' | 'end' | 'review';

export type MeasureValue =
  | { kind: 'value'; value: number; timepoint: Timepoint; date: string | null }
  | { kind: 'missing'; reason: MissingReason };

export type MeasureKind = 'instrument' | 'gas' | 'care-hours';

/**
 * The scale a row is drawn on. `instrument`: the record's own `totalRange`;
 * `values`: no range in the record, so one that just covers the values;
 * `fixed`: the T-score's 20–80; `hours`: 0 to a round number of hours above
 * the larger value.
 */
export interface MeasureScale {
  min: number;
  max: number;
  source: 'instrument' | 'values' | 'fixed' | 'hours';
}

export interface MeasureRow {
  /** Stable and unique in the summary: the instrument's id, `gas` or `care-hours`. */
  id: string;
  kind: MeasureKind;
  /** The instrument's title from the record (the person's data: always rendered as text), or the measure's name from `MeasureTitles`. */
  title: string;
  start: MeasureValue;
  end: MeasureValue;
  /** End minus start, when both are there. */
  change: number | null;
  /** Null when there is nothing to draw. */
  scale: MeasureScale | null;
}

export interface EpisodeSummaryModel {
  startedOn: string;
  /** Null while the episode is under way: the end values are then the latest so far. */
  endedOn: string | null;
  rows: MeasureRow[];
  hasGoalPlan: boolean;
}

/** T-scores centre on 50 with a standard deviation of 10: 20–80 is ±3 SD, so almost every plan fits. */
export const T_SCORE_SCALE = { min: 20, max: 80 } as const;

/** The names of the rows that are not instruments (the words are the catalogue's). */
export type MeasureTitles = Record<Exclude<MeasureKind, 'instrument'>, string>;

export function buildEpisodeSummary(record: EpisodeRecord, titles: MeasureTitles): EpisodeSummaryModel {
  const { episode } = record;
  const endedOn = episode.endedOn ?? null;
  const rows: MeasureRow[] = instrumentRows(record.assessments);
  if (record.goalPlan) rows.push(gasRow(record.goalPlan.gas, record.goalPlan.goalPlan.agreedOn ?? null, titles.gas));
  rows.push(careHoursRow(episode.plannedHoursPerWeek, episode.startedOn, endedOn, titles['care-hours']));
  return { startedOn: episode.startedOn, endedOn, rows, hasGoalPlan: record.goalPlan !== undefined };
}

/** One row per instrument, in the order each was first used. */
function instrumentRows(assessments: readonly EpisodeAssessment[]): MeasureRow[] {
  const byInstrument = new Map<string, EpisodeAssessment[]>();
  for (const assessment of assessments) {
    const id = assessment.record.instrument.id;
    byInstrument.set(id, [...(byInstrument.get(id) ?? []), assessment]);
  }
  return [...byInstrument].map(([id, taken]) => {
    const inOrder = [...taken].sort((a, b) => Date.parse(a.record.completedAt) - Date.parse(b.record.completedAt));
    const at = (timepoint: EpisodeAssessment['timepoint']) => inOrder.filter((assessment) => assessment.timepoint === timepoint);
    // The first baseline; the last discharge, or the last interim while there is none.
    const first = at('baseline')[0];
    const last = at('discharge').at(-1) ?? at('interim').at(-1);
    const start = assessmentValue(first);
    const end = assessmentValue(last);
    const title = (first ?? last ?? inOrder[0]!).record.instrument.title;
    const range = (first ?? last)?.record.totalRange;
    return { id, kind: 'instrument', title, start, end, change: changeOf(start, end), scale: instrumentScale(range, [start, end]) };
  });
}

function assessmentValue(assessment: EpisodeAssessment | undefined): MeasureValue {
  if (!assessment) return { kind: 'missing', reason: { kind: 'not-measured' } };
  const record: AssessmentRecord = assessment.record;
  if (record.total === null) {
    return { kind: 'missing', reason: { kind: 'no-total', detail: record.noTotalReason, incomplete: record.status === 'incomplete' } };
  }
  // The day in England, as the CLD return counts it: 00:30 BST is 23:30Z the day before.
  return { kind: 'value', value: record.total, timepoint: assessment.timepoint as Timepoint, date: englandDate(record.completedAt) };
}

function instrumentScale(range: { min: number; max: number } | undefined, values: MeasureValue[]): MeasureScale | null {
  if (range && range.max > range.min) return { ...range, source: 'instrument' };
  const numbers = presentValues(values);
  if (numbers.length === 0) return null;
  const low = Math.floor(Math.min(...numbers));
  const high = Math.ceil(Math.max(...numbers));
  // Two equal values still need a line to sit on.
  return low === high ? { min: low - 1, max: high + 1, source: 'values' } : { min: low, max: high, source: 'values' };
}

function gasRow(gas: { tScoreBaseline: number | null; reviews: readonly { date: string; tScore: number | null }[] }, agreedOn: string | null, title: string): MeasureRow {
  const start: MeasureValue =
    gas.tScoreBaseline === null ? { kind: 'missing', reason: { kind: 'no-t-score' } } : { kind: 'value', value: gas.tScoreBaseline, timepoint: 'baseline', date: agreedOn };
  const latest = [...gas.reviews].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  const end: MeasureValue = !latest
    ? { kind: 'missing', reason: { kind: 'not-reviewed' } }
    : latest.tScore === null
      ? { kind: 'missing', reason: { kind: 'no-t-score' } }
      : { kind: 'value', value: latest.tScore, timepoint: 'review', date: latest.date };
  return { id: 'gas', kind: 'gas', title, start, end, change: changeOf(start, end), scale: { ...T_SCORE_SCALE, source: 'fixed' } };
}

function careHoursRow(hours: { atStart?: number | undefined; atEnd?: number | undefined }, startedOn: string, endedOn: string | null, title: string): MeasureRow {
  const start: MeasureValue =
    hours.atStart === undefined ? { kind: 'missing', reason: { kind: 'not-recorded' } } : { kind: 'value', value: hours.atStart, timepoint: 'start', date: startedOn };
  const end: MeasureValue =
    hours.atEnd === undefined ? { kind: 'missing', reason: { kind: 'not-recorded' } } : { kind: 'value', value: hours.atEnd, timepoint: 'end', date: endedOn };
  const numbers = presentValues([start, end]);
  const scale: MeasureScale | null = numbers.length ? { min: 0, max: roundUpHours(Math.max(...numbers)), source: 'hours' } : null;
  return { id: 'care-hours', kind: 'care-hours', title, start, end, change: changeOf(start, end), scale };
}

/** The next multiple of 5 hours above the value (at least 5), so the scale's end is a round number. */
function roundUpHours(hours: number): number {
  return Math.max(5, Math.ceil(hours / 5) * 5);
}

function presentValues(values: readonly MeasureValue[]): number[] {
  return values.flatMap((value) => (value.kind === 'value' ? [value.value] : []));
}

function changeOf(start: MeasureValue, end: MeasureValue): number | null {
  if (start.kind !== 'value' || end.kind !== 'value') return null;
  // Rounded so that 3 − 10.5 is −7.5 and not a floating-point tail.
  return Math.round((end.value - start.value) * 1000) / 1000;
}

/** Where a value sits on its scale, from 0 to 1; beyond the scale it sits at the end (`clamped`). */
export function positionOnScale(value: number, scale: MeasureScale): { at: number; clamped: boolean } {
  const at = (value - scale.min) / (scale.max - scale.min);
  return { at: Math.min(1, Math.max(0, at)), clamped: at < 0 || at > 1 };
}

const MINUS = '\u2212';

/** How the catalogue writes a number (`t.format.number`): the locale's digits and decimal mark. */
export type NumberFormat = (value: number, options?: Intl.NumberFormatOptions) => string;

const twoPlaces: Intl.NumberFormatOptions = { maximumFractionDigits: 2, useGrouping: false };
const onePlace: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false };

/** A value as people read it in the locale: up to 2 decimal places (1 for a T-score), with a true minus sign. */
export function formatValue(number: NumberFormat, value: number, kind: MeasureKind): string {
  return number(value, kind === 'gas' ? onePlace : twoPlaces).replace('-', MINUS);
}

/** A change with its sign: +6, −7.5, 0. */
export function formatSignedChange(number: NumberFormat, change: number, kind: MeasureKind): string {
  const text = formatValue(number, Math.abs(change), kind);
  if (!/[1-9]/.test(text)) return text;
  return change > 0 ? `+${text}` : `${MINUS}${text}`;
}
