import type { ReferenceCase } from '../reference-case.js';
import { answersFromScores } from '../fes-i/fes-i-items.js';
import { shortFesIItemIds } from './short-fes-i-definition.js';

/** Reference case S1 (domain brief §2.6) and the library's missing-item policy, as the scores of the 7 items in order. */
export const shortFesIReferenceCases: ReferenceCase[] = [
  {
    id: 'S1',
    description: 'All 7 items answered',
    answers: answersFromScores(shortFesIItemIds, [2, 3, 1, 2, 3, 2, 1]),
    expected: { total: 14, status: 'complete', bands: { 'commonly-quoted': 'High concern' } },
  },
  {
    id: 'S2',
    description: 'One item missing: no total (library policy, as no rule is published)',
    answers: answersFromScores(shortFesIItemIds, [2, 3, 1, 2, 3, 2, null]),
    expected: { total: null, status: 'incomplete', missingItems: ['socialEvent'], bands: {} },
  },
];
