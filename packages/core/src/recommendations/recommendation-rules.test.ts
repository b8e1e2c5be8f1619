import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES, type RecommendationStatus } from './recommendation-values.js';
import { currentStatus, DEVICE_KINDS, hasReachedStatus, isDeviceKind, isGrantRecommendation } from './recommendation-rules.js';

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
