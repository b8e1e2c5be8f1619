import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from './recommendation-values.js';
import { laterStatuses, statusHistoryProblems, statusStepProblems } from './status-history.js';

const step = (status: RecommendationStatus, on: string) => ({ status, on });

describe('laterStatuses', () => {
  it('offers every status after the one reached, the usual next first, and none once reviewed', () => {
    expect(laterStatuses({ status: [step('recommended', '2026-11-10')] })).toEqual(['agreed', 'ordered', 'completed', 'reviewed']);
    expect(laterStatuses({ status: [step('recommended', '2026-11-10'), step('ordered', '2026-11-12')] })).toEqual(['completed', 'reviewed']);
    expect(laterStatuses({ status: [step('recommended', '2026-11-10'), step('reviewed', '2026-12-12')] })).toEqual([]);
  });

  it('starts an empty history with "recommended" only', () => {
    expect(laterStatuses({ status: [] })).toEqual(['recommended']);
  });
});

describe('statusStepProblems', () => {
  it('allows any later status on the same day or after', () => {
    for (const [at, before] of RECOMMENDATION_STATUSES.entries()) {
      for (const next of RECOMMENDATION_STATUSES.slice(at + 1)) {
        expect(statusStepProblems(step(before, '2026-11-10'), step(next, '2026-11-10'))).toEqual([]);
      }
    }
  });

  it('refuses a status that is not later, and a date before the last one, each for itself', () => {
    expect(statusStepProblems(step('agreed', '2026-11-10'), step('agreed', '2026-11-11'))).toEqual(['not-later']);
    expect(statusStepProblems(step('ordered', '2026-11-10'), step('agreed', '2026-11-11'))).toEqual(['not-later']);
    expect(statusStepProblems(step('agreed', '2026-11-10'), step('ordered', '2026-11-09'))).toEqual(['earlier-date']);
    expect(statusStepProblems(step('completed', '2026-11-10'), step('recommended', '2026-11-01'))).toEqual(['not-later', 'earlier-date']);
  });

  it('agrees with laterStatuses on which statuses may follow', () => {
    for (const before of RECOMMENDATION_STATUSES) {
      const allowed = RECOMMENDATION_STATUSES.filter((next) => statusStepProblems(step(before, '2026-11-10'), step(next, '2026-11-10')).length === 0);
      expect(allowed).toEqual(laterStatuses({ status: [step(before, '2026-11-10')] }));
    }
  });
});

describe('statusHistoryProblems', () => {
  it('finds nothing wrong with a history that moves forward, skipping steps', () => {
    expect(statusHistoryProblems([step('recommended', '2026-11-10'), step('completed', '2026-11-10'), step('reviewed', '2027-01-05')])).toEqual([]);
    expect(statusHistoryProblems([])).toEqual([]);
  });

  it('names each entry that is wrong', () => {
    expect(statusHistoryProblems([step('agreed', '2026-11-10'), step('ordered', '2026-11-09'), step('ordered', '2026-11-12')])).toEqual([
      { index: 0, problem: 'not-recommended-first' },
      { index: 1, problem: 'earlier-date' },
      { index: 2, problem: 'not-later' },
    ]);
  });
});
