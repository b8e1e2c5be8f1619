import { describe, expect, it } from 'vitest';
import { OUTCOME_RECORD_VERSION, type EpisodeRecord } from '@otforms/core';
import { episodeWithHomeVisitFixture, homeVisitRecordFixture } from '../../../interop/src/test-support/home-visit-record-fixture.js';
import { episodeRecordFixture } from '../../../interop/src/test-support/episode-record-fixture.js';
import { episodeOutcomeRow } from '../episode-outcome-row.js';
import { outcomeExtract } from '../extract/outcome-extract.js';
import { episodeVariant } from '../test-support/episode-variants.js';
import { summariseOutcomes } from './outcome-summariser.js';

/** The same episode as written by version 3: no attachments on its assessments, every part stamped 3. */
function asVersionThree(record: EpisodeRecord): unknown {
  const copy = structuredClone(record) as unknown as Record<string, unknown> & { assessments: { record: Record<string, unknown> }[]; goalPlan?: Record<string, unknown> };
  copy.schemaVersion = 3;
  for (const { record: assessment } of copy.assessments) {
    assessment.schemaVersion = 3;
    delete assessment.attachments;
  }
  if (copy.goalPlan) copy.goalPlan.schemaVersion = 3;
  return copy;
}

describe('records of version 4 and later', () => {
  it('reads current (version 6) records, and version 3 ones to the same figures', () => {
    const current = [episodeVariant({ barthel: { baseline: 10, discharge: 16 } }), episodeVariant({ barthel: { baseline: 12, discharge: 14 } })];
    expect(current.map((record) => record.schemaVersion)).toEqual([OUTCOME_RECORD_VERSION, OUTCOME_RECORD_VERSION]);
    expect(OUTCOME_RECORD_VERSION).toBe(6);
    const fromVersionThree = summariseOutcomes(current.map(asVersionThree));
    expect(fromVersionThree.counts).toEqual({ recordsRead: 2, episodes: 2, episodesEnded: 2, unreadable: 0 });
    expect(fromVersionThree).toEqual(summariseOutcomes(current));
  });

  it('counts a home visit as read and leaves it out of every episode figure', () => {
    const episodes = [episodeVariant(), episodeVariant()];
    const without = summariseOutcomes(episodes);
    const withVisit = summariseOutcomes([episodes[0], homeVisitRecordFixture(), episodes[1]]);
    expect(withVisit.counts).toEqual({ ...without.counts, recordsRead: without.counts.recordsRead + 1 });
    expect(withVisit.unreadable).toEqual([]);
    const { counts: _with, ...figuresWith } = withVisit;
    const { counts: _without, ...figuresWithout } = without;
    expect(figuresWith).toEqual(figuresWithout);
  });

  it('gives a home visit its group, read as given, but no period (periods are when episodes ended)', () => {
    const kinds: string[] = [];
    const summary = summariseOutcomes([episodeVariant(), homeVisitRecordFixture()], {
      groupBy: (record) => {
        kinds.push(record.kind);
        return 'Team A';
      },
      period: 'month',
    });
    expect(kinds).toEqual(['episode', 'home-visit']);
    expect(summary.groups.map(({ group, period, counts }) => [group, period, counts.recordsRead, counts.episodes])).toEqual([
      [null, '2026-12', 1, 1],
      ['Team A', null, 2, 1],
      ['Team A', '2026-12', 1, 1],
    ]);
  });

  it('an episode carrying a home visit gives the same person-level row as without it', () => {
    const withVisit = episodeWithHomeVisitFixture();
    expect(withVisit.homeVisit).toBeDefined();
    expect(episodeOutcomeRow(withVisit)).toEqual(episodeOutcomeRow(episodeRecordFixture()));
  });

  it('the extract has no row for a home visit, and does not call it unreadable', () => {
    const extract = outcomeExtract([homeVisitRecordFixture(), episodeWithHomeVisitFixture()]);
    expect(extract.rows).toHaveLength(1);
    expect(extract.rows[0]!.recordId).toBe(episodeRecordFixture().recordId);
    expect(extract.unreadable).toEqual([]);
  });
});
