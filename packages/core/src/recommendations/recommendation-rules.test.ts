import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES, type RecommendationStatus } from './recommendation-values.js';
import { currentStatus, DEVICE_KINDS, hasReachedStatus, isDeviceKind, isGrantRecommendation, nextReviewDate } from './recommendation-rules.js';

const withHistory = (...steps: [RecommendationStatus, string][]) => ({ status: steps.map(([status, on]) => ({ status, on })) });

describe('isDeviceKind', () => {
  it('is true for equipment and technology-enabled care only', () => {
    expect(RECOMMENDATION_KINDS.filter(isDeviceKind)).toEqual(['equipment', 'technology-enabled-care']);
    expect(DEVICE_KINDS).toEqual(['equipment', 'technology-enabled-care']);
  });
});

describe('currentStatus and hasReachedStatus', () => {
  it('reads where a recommendation is now from the last entry', () => {
    expect(currentStatus(withHistory(['recommended', '2026-11-10'], ['ordered', '2026-11-12']))).toEqual({ status: 'ordered', on: '2026-11-12' });
  });

  it('counts a recommendation as agreed once it is agreed or any later status, skipped steps included', () => {
    expect(hasReachedStatus(withHistory(['recommended', '2026-11-10']), 'agreed')).toBe(false);
    expect(hasReachedStatus(withHistory(['recommended', '2026-11-10'], ['agreed', '2026-11-10']), 'agreed')).toBe(true);
    expect(hasReachedStatus(withHistory(['recommended', '2026-11-10'], ['completed', '2026-11-20']), 'agreed')).toBe(true);
    expect(hasReachedStatus(withHistory(['recommended', '2026-11-10'], ['completed', '2026-11-20']), 'reviewed')).toBe(false);
  });

  it('counts every status as reached by itself and every one before it', () => {
    RECOMMENDATION_STATUSES.forEach((now, at) => {
      const recommendation = withHistory(['recommended', '2026-11-10'], ...(at > 0 ? [[now, '2026-11-11'] as [RecommendationStatus, string]] : []));
      expect(RECOMMENDATION_STATUSES.filter((status) => hasReachedStatus(recommendation, status))).toEqual(RECOMMENDATION_STATUSES.slice(0, at + 1));
    });
  });
});

describe('isGrantRecommendation', () => {
  it('is a major adaptation by the Disabled Facilities Grant', () => {
    expect(isGrantRecommendation({ kind: 'major-adaptation', route: 'disabled-facilities-grant' })).toBe(true);
    expect(isGrantRecommendation({ kind: 'major-adaptation', route: 'housing-provider' })).toBe(false);
    expect(isGrantRecommendation({ kind: 'minor-adaptation', route: 'disabled-facilities-grant' })).toBe(false);
  });
});

describe('nextReviewDate', () => {
  const visitedOn = '2026-11-10';

  it('is the soonest review or follow-up after the visit', () => {
    const recommendations = [
      withHistory(['recommended', visitedOn], ['reviewed', '2026-12-01']),
      withHistory(['recommended', visitedOn], ['agreed', '2027-02-01']),
    ];
    expect(nextReviewDate({ visitedOn, recommendations })).toBe('2026-12-01');
    expect(nextReviewDate({ visitedOn, recommendations }, [{ date: '2027-01-15' }, { date: '2026-11-20' }])).toBe('2026-11-20');
  });

  it('passes over dates on or before the visit, and is null when none is left', () => {
    expect(nextReviewDate({ visitedOn, recommendations: [withHistory(['recommended', '2026-10-01'], ['reviewed', visitedOn])] }, [{ date: '2026-11-01' }])).toBeNull();
    expect(nextReviewDate({ visitedOn, recommendations: [] })).toBeNull();
  });
});
