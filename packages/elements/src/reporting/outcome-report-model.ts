import {
  suppressFigures,
  type BetterWhen,
  type InstrumentOutcome,
  type OutcomeFigures,
  type OutcomeSummary,
  type SuppressedFigures,
  type SuppressionOptions,
  type UnreadableRecord,
} from '@otforms/reporting';

/**
 * What `<ot-outcome-report>` shows, worked out from a summary and the filters
 * chosen: the figures of the chosen group and period with small numbers
 * suppressed, the choices the filters offer, and the unreadable records.
 * Choosing a group or a period picks figures the summary already holds; it
 * never summarises again. DOM-free, with no words (those are the messages').
 */

/** The group and period shown; null is "all". */
export interface ReportSelection {
  group: string | null;
  period: string | null;
}

export const EVERYTHING: ReportSelection = { group: null, period: null };

/** The keys the filters offer, in the summary's order ("all" is the filters' own first option). */
export interface ReportChoices {
  groups: string[];
  periods: string[];
}

/** One instrument's figures as shown, with which way its total improves (read from the raw figures: a direction is not a count). */
export interface InstrumentView {
  id: string;
  title: string;
  betterWhen: BetterWhen | null;
  shown: SuppressedFigures['instruments'][string];
}

export interface ReportModel {
  choices: ReportChoices;
  selection: ReportSelection;
  /** Null when no record falls in the chosen group and period. */
  figures: SuppressedFigures | null;
  /** The instruments of `figures`, by title. */
  instruments: InstrumentView[];
  /** Listed whatever the filters: an unreadable record has no group or period. */
  unreadable: readonly UnreadableRecord[];
  /** Records given, readable or not. */
  recordsGiven: number;
  /** What a suppressed figure shows. */
  suppressionLabel: string;
}

export function reportChoices(summary: OutcomeSummary): ReportChoices {
  const groups = new Set<string>();
  const periods = new Set<string>();
  for (const entry of summary.groups) {
    if (entry.group !== null) groups.add(entry.group);
    if (entry.period !== null) periods.add(entry.period);
  }
  return { groups: [...groups], periods: [...periods] };
}

/** The selection, with a group or period the summary no longer has put back to "all". */
export function keepSelection(selection: ReportSelection, choices: ReportChoices): ReportSelection {
  const group = selection.group !== null && choices.groups.includes(selection.group) ? selection.group : null;
  const period = selection.period !== null && choices.periods.includes(selection.period) ? selection.period : null;
  return group === selection.group && period === selection.period ? selection : { group, period };
}

/** The raw figures of a selection: the whole summary, or its entry in `groups`; null when there is none (no record in that group and period). */
export function figuresOf(summary: OutcomeSummary, { group, period }: ReportSelection): OutcomeFigures | null {
  if (group === null && period === null) return summary;
  return summary.groups.find((entry) => entry.group === group && entry.period === period) ?? null;
}

/** `locale` orders the instruments by title in that language's alphabet. */
export function buildReportModel(summary: OutcomeSummary, selection: ReportSelection, suppression: Required<SuppressionOptions>, locale = 'en-GB'): ReportModel {
  const choices = reportChoices(summary);
  const kept = keepSelection(selection, choices);
  const raw = figuresOf(summary, kept);
  const figures = raw && suppressFigures(raw, suppression);
  return {
    choices,
    selection: kept,
    figures,
    instruments: raw && figures ? instrumentViews(raw.instruments, figures.instruments, locale) : [],
    unreadable: summary.unreadable,
    recordsGiven: summary.counts.recordsRead + summary.counts.unreadable,
    suppressionLabel: suppression.label,
  };
}

function instrumentViews(raw: Record<string, InstrumentOutcome>, shown: SuppressedFigures['instruments'], locale: string): InstrumentView[] {
  return Object.entries(raw)
    .map(([id, outcome]) => ({ id, title: outcome.title, betterWhen: outcome.betterWhen, shown: shown[id]! }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}
