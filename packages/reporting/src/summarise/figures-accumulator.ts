import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '@otforms/core';
import type { BetterWhen, EpisodeOutcomeRow } from '../episode-outcome-row.js';
import { T_SCORE_BINS, type InstrumentOutcome, type OutcomeFigures } from '../outcome-summary-schema.js';
import { CountingMedian, RunningStats, tInterval95 } from '../statistics/index.js';

/** Directions for instruments whose records do not say (records written before `totalBetterWhen`). */
export type BetterWhenByInstrument = Readonly<Record<string, BetterWhen>>;

interface InstrumentTally {
  title: string;
  betterWhen: BetterWhen | null;
  baseline: RunningStats;
  discharge: RunningStats;
  change: RunningStats;
  increased: number;
  same: number;
  decreased: number;
}

const zeroStatuses = (): Record<FollowUpStatus, number> => Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, 0])) as Record<FollowUpStatus, number>;

/**
 * The running figures of one set of records. Memory stays flat however many
 * records pass: means and variances are running (Welford), the median of
 * adaptation days counts distinct values, and no record is kept.
 */
export class FiguresAccumulator {
  private recordsRead = 0;
  private episodes = 0;
  private episodesEnded = 0;
  private readonly instruments = new Map<string, InstrumentTally>();
  private readonly gasBaseline = new RunningStats();
  private readonly gasLatest = new RunningStats();
  private readonly gasChange = new RunningStats();
  private atOrAboveExpected = 0;
  private readonly tScoreSpread = T_SCORE_BINS.map(() => 0);
  private readonly careHours = { removed: 0, reduced: 0, maintained: 0, increased: 0, notKnown: 0, hoursPerWeekAtStart: 0, hoursPerWeekAtEnd: 0 };
  private readonly ascof = { numerator: 0, denominator: 0, unclassified: 0, endOutcomeNotCld: 0, excluded: 0, sequels: new Map<string, number>() };
  private readonly followUp = { '84-day': zeroStatuses(), '91-day': zeroStatuses() };
  private readonly adaptations = { minor: 0, major: 0, days: new CountingMedian() };

  constructor(private readonly betterWhen: BetterWhenByInstrument = {}) {}

  /** A readable record that is not an episode: counted, and a goal plan's T-scores go into `goals`. */
  addRecord(): void {
    this.recordsRead += 1;
  }

  addGoalPlan(baseline: number | null, latest: number | null): void {
    if (baseline === null || latest === null) return;
    this.gasBaseline.add(baseline);
    this.gasLatest.add(latest);
    this.gasChange.add(latest - baseline);
    if (latest >= 50) this.atOrAboveExpected += 1;
    const bin = T_SCORE_BINS.findIndex(({ from, to }) => (from === null || latest >= from) && (to === null || latest < to));
    this.tScoreSpread[bin]! += 1;
  }

  addEpisode(row: EpisodeOutcomeRow): void {
    this.recordsRead += 1;
    this.episodes += 1;
    if (row.endedOn) this.episodesEnded += 1;
    for (const instrument of row.instruments) this.addInstrument(instrument);
    this.addGoalPlan(row.gasBaselineTScore, row.gasLatestTScore);
    if (row.endedOn) {
      if (row.careHoursChange === null) this.careHours.notKnown += 1;
      else {
        this.careHours[row.careHoursChange] += 1;
        this.careHours.hoursPerWeekAtStart += row.careHoursAtStart ?? 0;
        this.careHours.hoursPerWeekAtEnd += row.careHoursAtEnd ?? 0;
      }
    }
    if (row.ascof2aPlacement) {
      const ascof = this.ascof;
      if (row.ascof2aPlacement === 'numerator') ascof.numerator += 1;
      if (row.ascof2aPlacement === 'numerator' || row.ascof2aPlacement === 'denominator') ascof.denominator += 1;
      else ascof[row.ascof2aPlacement] += 1;
      if (row.ascof2aDecidedBy === 'end-outcome-not-cld') ascof.endOutcomeNotCld += 1;
      const sequel = row.ascof2aSequel ?? '';
      ascof.sequels.set(sequel, (ascof.sequels.get(sequel) ?? 0) + 1);
    }
    // A follow-up is of an ended episode; one recorded on an episode still under way is not counted until it ends.
    if (row.endedOn && row.followUp84Status) this.followUp['84-day'][row.followUp84Status] += 1;
    if (row.endedOn && row.followUp91Status) this.followUp['91-day'][row.followUp91Status] += 1;
    this.adaptations.minor += row.minorAdaptations;
    this.adaptations.major += row.majorAdaptations;
    for (const days of row.majorAdaptationDaysToComplete) this.adaptations.days.add(days);
  }

  private addInstrument({ instrumentId, title, betterWhen, baseline, discharge }: EpisodeOutcomeRow['instruments'][number]): void {
    let tally = this.instruments.get(instrumentId);
    if (!tally) {
      tally = { title, betterWhen: null, baseline: new RunningStats(), discharge: new RunningStats(), change: new RunningStats(), increased: 0, same: 0, decreased: 0 };
      this.instruments.set(instrumentId, tally);
    }
    tally.betterWhen ??= betterWhen ?? this.betterWhen[instrumentId] ?? null;
    if (baseline === null || discharge === null) return;
    tally.baseline.add(baseline);
    tally.discharge.add(discharge);
    tally.change.add(discharge - baseline);
    if (discharge > baseline) tally.increased += 1;
    else if (discharge < baseline) tally.decreased += 1;
    else tally.same += 1;
  }

  result(unreadable = 0): OutcomeFigures {
    const { sequels, ...ascof } = this.ascof;
    return {
      counts: { recordsRead: this.recordsRead, episodes: this.episodes, episodesEnded: this.episodesEnded, unreadable },
      instruments: Object.fromEntries([...this.instruments].filter(([, tally]) => tally.change.n > 0).map(([id, tally]) => [id, instrumentOutcome(id, tally)])),
      goals: {
        n: this.gasChange.n,
        meanBaselineTScore: this.gasBaseline.mean,
        meanLatestTScore: this.gasLatest.mean,
        meanChange: this.gasChange.mean,
        changeCi95: tInterval95(this.gasChange),
        atOrAboveExpected: this.atOrAboveExpected,
        latestTScoreSpread: T_SCORE_BINS.map(({ from, to }, index) => ({ from, to, count: this.tScoreSpread[index]! })),
      },
      careHours: { ...this.careHours },
      ascof2a: {
        definition: 'ASCOF 2A 2023/24',
        ...ascof,
        proportion: ascof.denominator > 0 ? ascof.numerator / ascof.denominator : null,
        sequels: Object.fromEntries([...sequels].sort(([a], [b]) => a.localeCompare(b, 'en-GB'))),
      },
      followUp: { '84-day': { ...this.followUp['84-day'] }, '91-day': { ...this.followUp['91-day'] } },
      adaptations: {
        minor: this.adaptations.minor,
        major: this.adaptations.major,
        majorCompleted: this.adaptations.days.n,
        medianDaysToComplete: this.adaptations.days.median(),
      },
    };
  }
}

function instrumentOutcome(instrumentId: string, tally: InstrumentTally): InstrumentOutcome {
  const { betterWhen } = tally;
  const improved = betterWhen === 'higher' ? tally.increased : betterWhen === 'lower' ? tally.decreased : null;
  const worse = betterWhen === 'higher' ? tally.decreased : betterWhen === 'lower' ? tally.increased : null;
  return {
    instrumentId,
    title: tally.title,
    betterWhen,
    n: tally.change.n,
    baselineMean: tally.baseline.mean,
    dischargeMean: tally.discharge.mean,
    meanChange: tally.change.mean,
    changeCi95: tInterval95(tally.change),
    improved,
    same: tally.same,
    worse,
  };
}
