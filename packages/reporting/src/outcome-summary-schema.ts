import * as z from 'zod/mini';
import { FOLLOW_UP_STATUSES } from '@otforms/core';

/**
 * What `summariseOutcomes` returns: the outcome evidence across many people.
 * Every figure is raw (never suppressed: `suppressSummary` does that for
 * display) and plain floating point (round for display only). A figure that
 * has nothing to be worked out from is `null`, never 0.
 */

/** The version of this shape; it changes when a field changes meaning. */
export const OUTCOME_SUMMARY_VERSION = 1;

const count = z.int().check(z.minimum(0));
const figure = z.nullable(z.number());
const describe = (description: string) => z.meta({ description });

export const ConfidenceIntervalSchema = z
  .strictObject({ lower: z.number(), upper: z.number() })
  .check(describe('A 95% t-interval on the paired differences (discharge − baseline): mean ± t(0.975, n−1)·s/√n. Null when n < 2.'));

export const InstrumentOutcomeSchema = z
  .strictObject({
    instrumentId: z.string(),
    title: z.string().check(describe('The instrument’s title as the records carry it.')),
    betterWhen: z.nullable(z.enum(['higher', 'lower'])).check(describe('Which way the total improves; null when neither the records nor the options say.')),
    n: count.check(describe('Episodes with both a baseline and a discharge total of this instrument.')),
    baselineMean: figure,
    dischargeMean: figure,
    meanChange: figure.check(describe('Mean of discharge − baseline.')),
    changeCi95: z.nullable(ConfidenceIntervalSchema),
    improved: z.nullable(count).check(describe('Null when the direction is not known.')),
    same: count,
    worse: z.nullable(count).check(describe('Null when the direction is not known.')),
  })
  .check(z.meta({ id: 'InstrumentOutcome' }));

/** The T-score bins of `goals.latestTScoreSpread`: 10 points (one standard deviation) wide, centred on the expected 50. */
export const T_SCORE_BINS = [
  { from: null, to: 30 },
  { from: 30, to: 40 },
  { from: 40, to: 50 },
  { from: 50, to: 60 },
  { from: 60, to: 70 },
  { from: 70, to: null },
] as const;

export const TScoreBinSchema = z
  .strictObject({ from: z.nullable(z.number()), to: z.nullable(z.number()), count })
  .check(describe('Plans whose latest T-score is ≥ from and < to (null: no bound).'));

export const GoalOutcomeSchema = z
  .strictObject({
    n: count.check(describe('Goal plans with a baseline T-score and at least one reviewed T-score.')),
    meanBaselineTScore: figure,
    meanLatestTScore: figure,
    meanChange: figure,
    changeCi95: z.nullable(ConfidenceIntervalSchema),
    atOrAboveExpected: count.check(describe('Plans whose latest T-score is 50 or more: goals met as expected or better.')),
    latestTScoreSpread: z.array(TScoreBinSchema),
  })
  .check(z.meta({ id: 'GoalOutcome' }));

export const CareHoursOutcomeSchema = z
  .strictObject({
    removed: count.check(describe('Ended episodes: planned hours above 0 at the start, 0 at the end.')),
    reduced: count,
    maintained: count,
    increased: count,
    notKnown: count.check(describe('Ended episodes without planned hours at both the start and the end.')),
    hoursPerWeekAtStart: z.number().check(describe('Summed over the classified episodes.')),
    hoursPerWeekAtEnd: z.number(),
  })
  .check(z.meta({ id: 'CareHoursOutcome' }));

export const Ascof2aSummarySchema = z
  .strictObject({
    definition: z.literal('ASCOF 2A 2023/24'),
    numerator: count,
    denominator: count,
    proportion: figure.check(describe('numerator ÷ denominator; null when the denominator is 0.')),
    unclassified: count.check(describe('Ended ST-Max episodes whose sequel cannot be classified: counted apart, not in the denominator.')),
    endOutcomeNotCld: count.check(
      describe('Of the unclassified: episodes whose end outcome is from a vocabulary that is not England’s CLD (`endOutcomeCoding`), which ASCOF 2A cannot read.'),
    ),
    excluded: count.check(describe('Ended ST-Max episodes taken out of the measure: deceased, admitted to hospital, or a sequel not on the list.')),
    sequels: z.record(z.string(), count).check(describe('Ended ST-Max episodes by sequel (Release 2 strings); "" for unclassified.')),
  })
  .check(z.meta({ id: 'Ascof2aSummary' }));

const statusCounts = z.strictObject(Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, count])) as Record<(typeof FOLLOW_UP_STATUSES)[number], typeof count>);

export const FollowUpSummarySchema = z
  .strictObject({ '84-day': statusCounts, '91-day': statusCounts })
  .check(describe('Ended episodes by the latest status found at each follow-up.'), z.meta({ id: 'FollowUpSummary' }));

export const AdaptationSummarySchema = z
  .strictObject({
    minor: count,
    major: count,
    majorCompleted: count.check(describe('Major adaptations with both a recommendation and a completion date.')),
    medianDaysToComplete: figure.check(describe('Median days from recommendation to completion of those adaptations.')),
  })
  .check(z.meta({ id: 'AdaptationSummary' }));

export const SummaryCountsSchema = z.strictObject({
  recordsRead: count.check(describe('Records read (after migration from older versions).')),
  episodes: count,
  episodesEnded: count,
  unreadable: count.check(describe('Records that could not be read; listed in `unreadable` of the whole summary. Always 0 in a group: a record that cannot be read has no group or period.')),
});

/** The figures of one set of records: the whole summary, and each group. */
const figures = {
  counts: SummaryCountsSchema,
  instruments: z.record(z.string(), InstrumentOutcomeSchema),
  goals: GoalOutcomeSchema,
  careHours: CareHoursOutcomeSchema,
  ascof2a: Ascof2aSummarySchema,
  followUp: FollowUpSummarySchema,
  adaptations: AdaptationSummarySchema,
};

export const OutcomeFiguresSchema = z.strictObject(figures).check(z.meta({ id: 'OutcomeFigures' }));

export const OutcomeGroupSchema = z
  .strictObject({
    group: z.nullable(z.string()).check(describe('The key `groupBy` gave; null: every group.')),
    period: z.nullable(z.string()).check(describe('"YYYY-MM" or the financial quarter "YYYY-YY Qn" of the episode’s end; "not ended"; null: every period.')),
    ...figures,
  })
  .check(z.meta({ id: 'OutcomeGroup' }));

export const UnreadableRecordSchema = z
  .strictObject({
    position: count.check(describe('Where the record came in the input, from 0.')),
    recordId: z.nullable(z.string()),
    reasons: z.array(z.string()),
  })
  .check(z.meta({ id: 'UnreadableRecord' }));

export const OutcomeSummarySchema = z
  .strictObject({
    summaryVersion: z.literal(OUTCOME_SUMMARY_VERSION),
    ...figures,
    unreadable: z.array(UnreadableRecordSchema),
    groups: z.array(OutcomeGroupSchema).check(describe('One entry per group, per period, and per group in each period, when the options ask for them.')),
  })
  .check(z.meta({ id: 'OutcomeSummary', title: 'otforms outcome summary v1' }));

export type OutcomeSummary = z.output<typeof OutcomeSummarySchema>;
export type OutcomeFigures = z.output<typeof OutcomeFiguresSchema>;
export type OutcomeGroup = z.output<typeof OutcomeGroupSchema>;
export type InstrumentOutcome = z.output<typeof InstrumentOutcomeSchema>;
export type GoalOutcome = z.output<typeof GoalOutcomeSchema>;
export type CareHoursOutcome = z.output<typeof CareHoursOutcomeSchema>;
export type Ascof2aSummary = z.output<typeof Ascof2aSummarySchema>;
export type FollowUpSummary = z.output<typeof FollowUpSummarySchema>;
export type AdaptationSummary = z.output<typeof AdaptationSummarySchema>;
export type UnreadableRecord = z.output<typeof UnreadableRecordSchema>;
export type ConfidenceInterval = z.output<typeof ConfidenceIntervalSchema>;
