import type { ReferenceCase } from '../reference-case.js';

/**
 * Reference case P1 (domain brief §2.9: performance 3, 4, 2 → 6, 7, 4). The
 * brief gives no satisfaction ratings, so P1's are illustrative, worked by hand:
 * 2, 3, 2 (mean 2.33) → 4, 5, 3 (mean 4), a change of 1.67, below 2.
 */
export const personRatedPerformanceReferenceCases: ReferenceCase[] = [
  {
    id: 'P1',
    description: 'Three activities rated at the start and at review: performance improves by 2.67',
    answers: {
      activities: [
        { activity: 'Make a hot meal', importance: 9, performance: 3, satisfaction: 2, performanceAtReview: 6, satisfactionAtReview: 4 },
        { activity: 'Get to the shops', importance: 8, performance: 4, satisfaction: 3, performanceAtReview: 7, satisfactionAtReview: 5 },
        { activity: 'Have a shower', importance: 10, performance: 2, satisfaction: 2, performanceAtReview: 4, satisfactionAtReview: 3 },
      ],
    },
    expected: {
      total: null,
      status: 'complete',
      scores: {
        performance: 3, satisfaction: 2.33, performanceAtReview: 5.67, satisfactionAtReview: 4,
        performanceChange: 2.67, satisfactionChange: 1.67,
      },
      flags: { 'meaningful-performance-change': true, 'meaningful-satisfaction-change': false },
    },
  },
  {
    id: 'P2',
    description: 'Before review: ratings now only, so no change and no flags',
    answers: {
      activities: [{ activity: 'Make a hot meal', importance: 9, performance: 3, satisfaction: 2 }],
    },
    expected: {
      total: null,
      status: 'complete',
      scores: {
        performance: 3, satisfaction: 2, performanceAtReview: null, satisfactionAtReview: null,
        performanceChange: null, satisfactionChange: null,
      },
      flags: { 'meaningful-performance-change': null, 'meaningful-satisfaction-change': null },
    },
  },
];
