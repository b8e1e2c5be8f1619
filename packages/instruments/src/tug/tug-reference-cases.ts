import type { ReferenceCase } from '../reference-case.js';

/** Reference case T1 (domain brief §2.7) and the rule that physical help invalidates the test. */
export const tugReferenceCases: ReferenceCase[] = [
  {
    id: 'T1',
    description: '14.2 seconds with a stick and no help: at or above the 12-second threshold',
    answers: { time: 14.2, walkingAid: 'stick', assistance: 'none' },
    expected: { total: 14.2, status: 'complete', flags: { 'fall-risk': true }, noTotalReason: null },
  },
  {
    id: 'T2',
    description: 'Physical help given: the test is not valid, so no time and no flag',
    answers: { time: 9.8, walkingAid: 'frame', assistance: 'physical-help' },
    expected: {
      total: null,
      status: 'complete',
      flags: { 'fall-risk': null },
      noTotalReason: 'Physical help was given, so the test is not valid and gives no time.',
    },
  },
];
