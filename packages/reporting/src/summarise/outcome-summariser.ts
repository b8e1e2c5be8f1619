import type { OutcomeRecordInput } from '@otforms/core';
import { episodeOutcomeRow } from '../episode-outcome-row.js';
import { gasOutcome } from '../gas-outcome.js';
import { OUTCOME_SUMMARY_VERSION, type OutcomeSummary, type UnreadableRecord } from '../outcome-summary-schema.js';
import { periodOf, type ReportingPeriod } from '../period.js';
import { readRecord } from '../read-record.js';
import { FiguresAccumulator, type BetterWhenByInstrument } from './figures-accumulator.js';

export interface SummaryOptions {
  /**
   * The host's key for a record (a team, a locality, a route of access…);
   * each key gets its own figures in `groups`. Return null to leave a record
   * out of every group (it still counts in the whole summary). It is called
   * only for a readable record, with the record as given, brought to the
   * current version but not parsed: fields with defaults may be absent and
   * text is not trimmed. So `<ot-outcome-report>`'s worker, which leaves the
   * parsing to the worker, gives every record the same key.
   */
  groupBy?: (record: OutcomeRecordInput) => string | null;
  /** Split the figures by the month or financial quarter in which each episode ended. */
  period?: ReportingPeriod;
  /** Which way each instrument's total improves, for records that do not say (by instrument id). */
  betterWhen?: BetterWhenByInstrument;
}

/** Adds records one at a time; `result()` can be called at any point. */
export interface OutcomeSummariser {
  /**
   * Reads one record of any kind and version. `group`, when given, is used
   * instead of `options.groupBy` (a worker, which cannot call the host's
   * function, is handed the keys instead).
   */
  add(record: unknown, group?: string | null): void;
  /** How many records have been added, readable or not. */
  readonly added: number;
  result(): OutcomeSummary;
}

const EVERY = '\u0000';

export function createOutcomeSummariser(options: SummaryOptions = {}): OutcomeSummariser {
  checkOptions(options);
  const whole = new FiguresAccumulator(options.betterWhen);
  // Keyed by group and period (EVERY for "all"): each record goes to its group, its period, and both.
  const groups = new Map<string, { group: string | null; period: string | null; figures: FiguresAccumulator }>();
  const unreadable: UnreadableRecord[] = [];
  const grouped = Boolean(options.groupBy) || Boolean(options.period);
  let added = 0;

  const accumulatorsOf = (group: string | null, period: string | null): FiguresAccumulator[] => {
    const keys: [string | null, string | null][] = [];
    if (group !== null) keys.push([group, null]);
    if (period !== null) keys.push([null, period]);
    if (group !== null && period !== null) keys.push([group, period]);
    return keys.map(([groupKey, periodKey]) => {
      const key = `${groupKey ?? EVERY}\u0001${periodKey ?? EVERY}`;
      let entry = groups.get(key);
      if (!entry) groups.set(key, (entry = { group: groupKey, period: periodKey, figures: new FiguresAccumulator(options.betterWhen) }));
      return entry.figures;
    });
  };

  return {
    get added() {
      return added;
    },
    add(input, group) {
      const position = added++;
      const read = readRecord(input, position);
      if ('unreadable' in read) {
        unreadable.push(read.unreadable);
        return;
      }
      const { record, given } = read;
      const targets = [whole];
      if (grouped || group !== undefined) {
        const groupKey = group !== undefined ? group : (options.groupBy?.(given) ?? null);
        if (groupKey !== null && typeof groupKey !== 'string') throw new TypeError(`groupBy must return a string or null, not ${typeof groupKey}`);
        const periodKey = options.period && record.kind === 'episode' ? periodOf(record.episode.endedOn ?? null, options.period) : null;
        targets.push(...accumulatorsOf(groupKey, periodKey));
      }
      if (record.kind === 'episode') {
        const row = episodeOutcomeRow(record);
        for (const figures of targets) figures.addEpisode(row);
      } else if (record.kind === 'goal-plan') {
        const { baseline, latest } = gasOutcome(record);
        for (const figures of targets) {
          figures.addRecord();
          figures.addGoalPlan(baseline, latest);
        }
      } else {
        for (const figures of targets) figures.addRecord();
      }
    },
    result() {
      return {
        summaryVersion: OUTCOME_SUMMARY_VERSION,
        ...whole.result(unreadable.length),
        // Copies, so a result taken part-way is not changed by later records.
        unreadable: unreadable.map((entry) => ({ ...entry, reasons: [...entry.reasons] })),
        groups: [...groups.values()]
          .sort((a, b) => compareKeys(a.group, b.group) || compareKeys(a.period, b.period))
          .map(({ group, period, figures }) => ({ group, period, ...figures.result() })),
      };
    },
  };
}

/**
 * Summarises outcome records of any kind and version. It consumes the
 * iterable once and keeps no record, so a host can stream records from its
 * store (a generator, a cursor) and memory stays flat. A record that cannot be
 * read is counted and listed with its position and the reasons, never dropped.
 */
export function summariseOutcomes(records: Iterable<unknown>, options: SummaryOptions = {}): OutcomeSummary {
  if (records === null || typeof (records as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
    throw new TypeError('summariseOutcomes needs an iterable of records (an array, a Set, a generator…)');
  }
  const summariser = createOutcomeSummariser(options);
  for (const record of records) summariser.add(record);
  return summariser.result();
}

/** "All" (null) first, then keys in en-GB order; "not ended" sorts with the other periods as text. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a.localeCompare(b, 'en-GB', { numeric: true });
}

function checkOptions(options: SummaryOptions): void {
  // Plain JavaScript callers can pass anything: say what is wrong rather than fail later.
  if (options.groupBy !== undefined && typeof options.groupBy !== 'function') throw new TypeError('options.groupBy must be a function from a record to a key');
  if (options.period !== undefined && options.period !== 'month' && options.period !== 'quarter') throw new TypeError('options.period must be "month" or "quarter"');
  for (const [id, direction] of Object.entries(options.betterWhen ?? {})) {
    if (direction !== 'higher' && direction !== 'lower') throw new TypeError(`options.betterWhen["${id}"] must be "higher" or "lower"`);
  }
}
