import type { ReferenceCase } from '../reference-case.js';
import { answersFromScores, fesIItemIds } from './fes-i-items.js';

/** Reference cases F1–F3 (domain brief §2.6), written as the scores of items 1–16 in order. */
export const fesIReferenceCases: ReferenceCase[] = [
  {
    id: 'F1',
    description: 'All 16 items answered',
    answers: answersFromScores(fesIItemIds, [1, 2, 1, 3, 2, 1, 2, 2, 3, 1, 4, 1, 2, 3, 3, 1]),
    expected: { total: 32, status: 'complete', prorated: false, bands: { 'delbaere-2010': 'High concern' } },
  },
  {
    id: 'F2',
    description: '2 items missing: 14 answered sum to 30, so 30 ÷ 14 × 16 = 34.29, rounded up',
    answers: answersFromScores(fesIItemIds, [2, 1, 1, 3, 2, 1, 3, 2, 3, null, 4, null, 2, 3, 2, 1]),
    expected: {
      total: 35, status: 'incomplete', prorated: true, missingItems: ['telephone', 'visiting'],
      bands: { 'delbaere-2010': 'High concern' },
    },
  },
  {
    id: 'F3',
    description: '5 items missing: no total',
    answers: answersFromScores(fesIItemIds, [1, 2, 1, 3, 2, 1, 2, 2, 3, 1, 4, null, null, null, null, null]),
    expected: {
      total: null, status: 'incomplete', prorated: false,
      missingItems: ['visiting', 'crowds', 'unevenSurface', 'slope', 'socialEvent'], bands: {},
    },
  },
];
