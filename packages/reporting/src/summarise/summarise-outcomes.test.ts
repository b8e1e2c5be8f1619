import { describe, expect, it } from 'vitest';
import type { OutcomeRecordInput } from '@otforms/core';
import { OutcomeSummarySchema } from '../outcome-summary-schema.js';
import { episodeVariant } from '../test-support/episode-variants.js';
import { createOutcomeSummariser, summariseOutcomes } from './outcome-summariser.js';

const BARTHEL = 'barthel-cw20';

// Reference cases worked on paper. The fixture episode ends on 2026-12-10
// with `Progress to support planning or services`, an ongoing low level next
// service, a shower seat still held and care hours 10.5 → 3.

describe('summariseOutcomes: instruments', () => {
  // Barthel (higher is better) differences 6, 2, −1, 0:
  //   mean 7/4 = 1.75; squared deviations 18.0625 + 0.0625 + 7.5625 + 3.0625 = 28.75;
  //   s² = 28.75/3 = 9.58333; s/√n = 3.095696/2 = 1.547848; t(0.975, 3) = 3.182446;
  //   half-width 4.925943 → 95% CI [−3.175943, 6.675943].
  const records = [
    episodeVariant({ barthel: { baseline: 10, discharge: 16 } }),
    episodeVariant({ barthel: { baseline: 12, discharge: 14 } }),
    episodeVariant({ barthel: { baseline: 15, discharge: 14 } }),
    episodeVariant({ barthel: { baseline: 9, discharge: 9 } }),
    // Only paired totals count: no discharge total, and no baseline total.
    episodeVariant({ barthel: { baseline: 11, discharge: null } }),
    episodeVariant({ barthel: { baseline: null, discharge: 20 } }),
  ];
  const { instruments } = summariseOutcomes(records);

  it('gives n, the means and the mean change over paired totals only', () => {
    const barthel = instruments[BARTHEL]!;
    expect(barthel.n).toBe(4);
    expect(barthel.baselineMean).toBeCloseTo(46 / 4, 12);
    expect(barthel.dischargeMean).toBeCloseTo(53 / 4, 12);
    expect(barthel.meanChange).toBeCloseTo(1.75, 12);
  });

  it('gives a t-interval on the paired differences', () => {
    expect(instruments[BARTHEL]!.changeCi95!.lower).toBeCloseTo(-3.175943, 5);
    expect(instruments[BARTHEL]!.changeCi95!.upper).toBeCloseTo(6.675943, 5);
  });

  it('counts improved, same and worse in the instrument’s direction', () => {
    expect(instruments[BARTHEL]).toMatchObject({ betterWhen: 'higher', improved: 2, same: 1, worse: 1 });
  });

  it('follows a lower-is-better direction, and leaves improved and worse empty when none is known', () => {
    const unmarked = records.map((record) => {
      const copy = structuredClone(record);
      for (const { record: assessment } of copy.assessments) delete assessment.totalBetterWhen;
      return copy;
    });
    expect(summariseOutcomes(unmarked).instruments[BARTHEL]).toMatchObject({ betterWhen: null, improved: null, same: 1, worse: null });
    // As if Barthel were better when lower: the two rises are now worse.
    expect(summariseOutcomes(unmarked, { betterWhen: { [BARTHEL]: 'lower' } }).instruments[BARTHEL]).toMatchObject({ betterWhen: 'lower', improved: 1, same: 1, worse: 2 });
  });

  it('has no interval for a single pair, and no entry for an instrument never paired', () => {
    const one = summariseOutcomes([episodeVariant()]);
    expect(one.instruments[BARTHEL]).toMatchObject({ n: 1, changeCi95: null });
    expect(summariseOutcomes([episodeVariant({ barthel: { baseline: 11, discharge: null } })]).instruments).toEqual({});
  });
});

describe('summariseOutcomes: ASCOF 2A (2023/24)', () => {
  const longTerm = { type: 'Long term support: Community' } as const;
  const records = [
    episodeVariant(), // next service ongoing low level → numerator
    episodeVariant({ episode: { nextService: longTerm } }), // long term support → denominator only
    episodeVariant({ episode: { endOutcome: 'NFA: Support ended as planned' }, without: ['nextService'] }), // → numerator
    episodeVariant({ episode: { endOutcome: 'NFA: Deceased' } }), // → excluded, before the next service
    episodeVariant({ episode: { endOutcome: 'Admitted to hospital' } }), // → excluded
    episodeVariant({ episode: { endOutcome: 'Continuation of support or services', equipment: [] }, without: ['nextService'] }), // → unclassified
    episodeVariant({ episode: { endOutcome: 'Continuation of support or services' }, without: ['nextService'] }), // shower seat held → ongoing low level → numerator
    episodeVariant({ without: ['endedOn', 'endOutcome', 'nextService'] }), // under way: out of scope
    episodeVariant({ episode: { serviceType: 'Short term support: Other short term' } }), // not ST-Max: out of scope
  ];
  const { ascof2a } = summariseOutcomes(records);

  it('places each ended ST-Max episode by the sequel order', () => {
    expect(ascof2a).toMatchObject({ numerator: 3, denominator: 4, unclassified: 1, excluded: 2 });
    expect(ascof2a.proportion).toBeCloseTo(0.75, 12);
  });

  it('counts the sequels, with "" for unclassified', () => {
    expect(ascof2a.sequels).toEqual({
      '': 1,
      'Admitted to hospital': 1,
      'Long term support: Community': 1,
      'NFA: Deceased': 1,
      'NFA: Support ended as planned': 1,
      'Short term support: Ongoing low level': 2,
    });
  });
});

describe('summariseOutcomes: care hours, follow-up, adaptations and goals', () => {
  const records = [
    episodeVariant(), // 10.5 → 3 reduced
    episodeVariant({ hours: { atStart: 5, atEnd: 0 } }),
    episodeVariant({ hours: { atStart: 4, atEnd: 4 } }),
    episodeVariant({ hours: { atStart: 2, atEnd: 6 } }),
    episodeVariant({ hours: { atEnd: 2 } }), // ended, start not known
    episodeVariant({ hours: { atStart: 3, atEnd: 1 }, without: ['endedOn', 'endOutcome'] }), // under way: not counted
    episodeVariant({
      episode: {
        followUp: [
          { kind: '91-day', date: '2027-03-01', status: 'readmitted' },
          { kind: '91-day', date: '2027-03-11', status: 'at-home' },
        ],
        majorAdaptations: [
          { description: 'Level access shower', recommendedOn: '2026-11-01', completedOn: '2027-01-30' },
          { description: 'Ramp', recommendedOn: '2026-11-10', completedOn: '2027-06-08' },
        ],
      },
      withoutGoalPlan: true,
    }),
  ];
  const summary = summariseOutcomes(records);

  it('classifies care hours of ended episodes and sums the hours of those classified', () => {
    expect(summary.careHours).toEqual({ removed: 1, reduced: 2, maintained: 1, increased: 1, notKnown: 1, hoursPerWeekAtStart: 10.5 + 5 + 4 + 2 + 10.5, hoursPerWeekAtEnd: 3 + 0 + 4 + 6 + 3 });
  });

  it('counts the latest status of each follow-up kind', () => {
    // Five ended episodes keep the fixture's 84-day check; the one under way is not counted.
    expect(summary.followUp['84-day']['at-home']).toBe(5);
    // The later 91-day check (at home) supersedes the earlier one.
    expect(summary.followUp['91-day']).toEqual({ 'at-home': 1, 'in-community': 0, readmitted: 0, 'res-nursing-admission': 0, deceased: 0, unknown: 0 });
  });

  it('gives the median days from recommendation to completion of major adaptations', () => {
    // The fixture's stair lift has no completion date; 90 and 210 days → median 150.
    expect(summary.adaptations).toEqual({ minor: 7, major: 8, majorCompleted: 2, medianDaysToComplete: 150 });
  });

  it('gives the goal attainment means over plans that have been reviewed', () => {
    const gas = records[0]!.goalPlan!.gas;
    const baseline = gas.tScoreBaseline!;
    const latest = gas.reviews.at(-1)!.tScore!;
    expect(summary.goals).toMatchObject({ n: 6, atOrAboveExpected: 0 });
    expect(summary.goals.meanBaselineTScore).toBeCloseTo(baseline, 12);
    expect(summary.goals.meanLatestTScore).toBeCloseTo(latest, 12);
    expect(summary.goals.meanChange).toBeCloseTo(latest - baseline, 12);
    expect(summary.goals.latestTScoreSpread.find((bin) => bin.from !== null && latest >= bin.from && (bin.to === null || latest < bin.to))!.count).toBe(6);
  });

  it('counts a standalone goal plan with the others', () => {
    const plan = records[0]!.goalPlan!;
    const withPlan = summariseOutcomes([...records, plan]);
    expect(withPlan.goals.n).toBe(7);
    expect(withPlan.counts).toEqual({ recordsRead: 8, episodes: 7, episodesEnded: 6, unreadable: 0 });
  });
});

describe('summariseOutcomes: reading records', () => {
  it('migrates an older record and lists one it cannot read, with its position and reasons', () => {
    const episode = episodeVariant();
    const { kind: _kind, totalRange: _range, totalBetterWhen: _direction, attachments: _photos, ...versionOne } = episode.assessments[0]!.record;
    const broken = structuredClone(episode);
    broken.recordId = '2e000000-0000-4000-8000-000000000001';
    broken.episode.endedOn = '2026-10-01';
    const summary = summariseOutcomes([episode, { ...versionOne, schemaVersion: 1 }, null, broken, { schemaVersion: 9 }]);
    expect(summary.counts).toEqual({ recordsRead: 2, episodes: 1, episodesEnded: 1, unreadable: 3 });
    expect(summary.unreadable.map(({ position, recordId }) => ({ position, recordId }))).toEqual([
      { position: 2, recordId: null },
      { position: 3, recordId: '2e000000-0000-4000-8000-000000000001' },
      { position: 4, recordId: null },
    ]);
    expect(summary.unreadable[1]!.reasons).toContain('episode.endedOn: The episode must end on or after the day it started');
    for (const entry of summary.unreadable) expect(entry.reasons.length).toBeGreaterThan(0);
  });

  it('consumes any iterable once, such as a generator streaming from a store', () => {
    let yielded = 0;
    function* stream() {
      for (let index = 0; index < 3; index += 1) {
        yielded += 1;
        yield episodeVariant();
      }
    }
    expect(summariseOutcomes(stream()).counts.episodes).toBe(3);
    expect(yielded).toBe(3);
  });

  it('gives a result that its schema accepts, with nothing to count as null rather than 0', () => {
    const empty = summariseOutcomes([]);
    expect(OutcomeSummarySchema.safeParse(empty).success).toBe(true);
    expect(empty.goals.meanBaselineTScore).toBeNull();
    expect(empty.ascof2a.proportion).toBeNull();
    expect(empty.adaptations.medianDaysToComplete).toBeNull();
    expect(OutcomeSummarySchema.safeParse(summariseOutcomes([episodeVariant(), episodeVariant()], { period: 'month' })).success).toBe(true);
  });

  it('says what is wrong with its input', () => {
    expect(() => summariseOutcomes(42 as never)).toThrow(/iterable/);
    expect(() => summariseOutcomes([], { period: 'week' as never })).toThrow(/month.*quarter/);
    expect(() => summariseOutcomes([], { groupBy: 'team' as never })).toThrow(/function/);
    expect(() => summariseOutcomes([], { betterWhen: { [BARTHEL]: 'up' as never } })).toThrow(/higher.*lower/);
    expect(() => summariseOutcomes([episodeVariant()], { groupBy: () => 3 as never })).toThrow(/string or null/);
  });
});

describe('summariseOutcomes: groups and periods', () => {
  const records = [
    episodeVariant({ episode: { endedOn: '2026-12-10' } }),
    episodeVariant({ episode: { endedOn: '2026-12-31' } }),
    episodeVariant({ episode: { endedOn: '2027-01-02' } }),
    episodeVariant({ without: ['endedOn', 'endOutcome'] }),
  ];
  const teams = new Map(records.map((record, index) => [record.recordId, index % 2 === 0 ? 'North' : 'South']));
  const team = (record: OutcomeRecordInput) => teams.get(record.recordId) ?? null;

  it('gives each group, each period, and each group in each period the same shape', () => {
    const summary = summariseOutcomes(records, { groupBy: team, period: 'quarter' });
    const keys = summary.groups.map(({ group, period }) => `${group ?? '*'}|${period ?? '*'}`);
    expect(keys).toEqual(expect.arrayContaining(['North|*', 'South|*', '*|2026-27 Q3', '*|2026-27 Q4', '*|not ended']));
    expect(summary.groups.find((entry) => entry.group === 'North' && entry.period === null)!.counts.episodes).toBe(2);
    expect(summary.groups.find((entry) => entry.group === null && entry.period === '2026-27 Q3')!.counts.episodes).toBe(2);
    const byGroup = summary.groups.filter((entry) => entry.period === null);
    expect(byGroup.reduce((sum, entry) => sum + entry.counts.episodes, 0)).toBe(summary.counts.episodes);
  });

  it('takes the group from add() when a worker passes the keys', () => {
    const summariser = createOutcomeSummariser({ period: 'month' });
    records.forEach((record, index) => summariser.add(record, index < 2 ? 'A' : null));
    const groups = summariser.result().groups.map(({ group, period, counts }) => [group, period, counts.episodes]);
    expect(groups).toContainEqual(['A', null, 2]);
    expect(groups).toContainEqual(['A', '2026-12', 2]);
    expect(groups).toContainEqual([null, '2027-01', 1]);
    expect(summariser.added).toBe(4);
  });

  it('gives groupBy the record as given: brought to the current version, not parsed', () => {
    const withoutEquipment = structuredClone(records[0]!) as { episode: { equipment?: unknown } };
    delete withoutEquipment.episode.equipment;
    const seen: unknown[] = [];
    const summary = summariseOutcomes([withoutEquipment], { groupBy: (record) => (seen.push(record), 'A') });
    expect(seen).toEqual([withoutEquipment]);
    // Parsed, it has the default; the figures come from the parsed record.
    expect(summary.counts.episodes).toBe(1);
  });

  it('has no groups unless asked', () => {
    expect(summariseOutcomes(records).groups).toEqual([]);
  });
});
