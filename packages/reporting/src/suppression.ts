import type { ConfidenceInterval, OutcomeFigures } from './outcome-summary-schema.js';

export interface SuppressionOptions {
  /** Counts from 1 up to one less than this are suppressed (default 5: counts 1–4). 0 is always shown. */
  threshold?: number;
  /** What a suppressed figure shows (default `fewer than 5`, from the threshold). Pass the words of the page's language. */
  label?: string;
}

/** A figure as it may be shown: the number, or the suppression label. */
export type Shown = number | string;
type ShownInterval = ConfidenceInterval | string | null;

// Wrapped in [ ] so a union such as 'higher' | 'lower' | null is matched whole, not member by member.
type Suppressed<T> = [T] extends [number]
  ? Shown
  : [T] extends [number | null]
    ? Shown | null
    : [T] extends [ConfidenceInterval | null]
      ? ShownInterval
      : T extends readonly (infer Item)[]
        ? Suppressed<Item>[]
        : T extends object
          ? { [Key in keyof T]: Suppressed<T[Key]> }
          : T;

/** Outcome figures with small counts, and the figures worked out from them, replaced by the label. */
export type SuppressedFigures = Suppressed<OutcomeFigures>;

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * Small-number suppression for figures that leave the council (a report, a
 * CSV): a count from 1 to 4 could identify a person, so it shows as "fewer
 * than 5". A figure worked out from a suppressed count (a mean, an interval,
 * a proportion, a median, summed hours) is suppressed with it, since the mean
 * of one person is that person's score. It is primary suppression only: a
 * reader who has a total and all but one of its parts can still work out the
 * last part; councils that publish should apply their own disclosure rules
 * as well. The raw summary is never changed.
 */
export function suppressFigures(figures: OutcomeFigures, options: SuppressionOptions = {}): SuppressedFigures {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('The suppression threshold must be a whole number of 1 or more');
  const label = options.label ?? `fewer than ${threshold}`;
  if (typeof label !== 'string' || label.trim() === '') throw new TypeError('The suppression label must be some text');

  const small = (n: number) => n > 0 && n < threshold;
  const count = (n: number): Shown => (small(n) ? label : n);
  // A figure is hidden when the number of people it comes from is small.
  const from = <T>(n: number, value: T): T | string => (small(n) ? label : value);
  const counts = <Key extends string>(record: Record<Key, number>): Record<Key, Shown> =>
    Object.fromEntries(Object.entries<number>(record).map(([key, value]) => [key, count(value)])) as Record<Key, Shown>;

  const { goals, careHours, ascof2a, adaptations } = figures;
  const careHoursClassified = careHours.removed + careHours.reduced + careHours.maintained + careHours.increased;
  return {
    counts: counts(figures.counts),
    instruments: Object.fromEntries(
      Object.entries(figures.instruments).map(([id, outcome]) => [
        id,
        {
          ...outcome,
          n: count(outcome.n),
          baselineMean: from(outcome.n, outcome.baselineMean),
          dischargeMean: from(outcome.n, outcome.dischargeMean),
          meanChange: from(outcome.n, outcome.meanChange),
          changeCi95: from(outcome.n, outcome.changeCi95),
          improved: outcome.improved === null ? null : count(outcome.improved),
          same: count(outcome.same),
          worse: outcome.worse === null ? null : count(outcome.worse),
        },
      ]),
    ),
    goals: {
      n: count(goals.n),
      meanBaselineTScore: from(goals.n, goals.meanBaselineTScore),
      meanLatestTScore: from(goals.n, goals.meanLatestTScore),
      meanChange: from(goals.n, goals.meanChange),
      changeCi95: from(goals.n, goals.changeCi95),
      atOrAboveExpected: count(goals.atOrAboveExpected),
      latestTScoreSpread: goals.latestTScoreSpread.map((bin) => ({ ...bin, count: count(bin.count) })),
    },
    careHours: {
      ...counts({ removed: careHours.removed, reduced: careHours.reduced, maintained: careHours.maintained, increased: careHours.increased, notKnown: careHours.notKnown }),
      hoursPerWeekAtStart: from(careHoursClassified, careHours.hoursPerWeekAtStart),
      hoursPerWeekAtEnd: from(careHoursClassified, careHours.hoursPerWeekAtEnd),
    },
    ascof2a: {
      definition: ascof2a.definition,
      numerator: count(ascof2a.numerator),
      denominator: count(ascof2a.denominator),
      // A proportion would give a hidden numerator back from the denominator.
      proportion: small(ascof2a.numerator) || small(ascof2a.denominator) ? label : ascof2a.proportion,
      unclassified: count(ascof2a.unclassified),
      endOutcomeNotCld: count(ascof2a.endOutcomeNotCld),
      excluded: count(ascof2a.excluded),
      sequels: counts(ascof2a.sequels),
    },
    followUp: { '84-day': counts(figures.followUp['84-day']), '91-day': counts(figures.followUp['91-day']) },
    adaptations: {
      minor: count(adaptations.minor),
      major: count(adaptations.major),
      majorCompleted: count(adaptations.majorCompleted),
      medianDaysToComplete: from(adaptations.majorCompleted, adaptations.medianDaysToComplete),
    },
  };
}
