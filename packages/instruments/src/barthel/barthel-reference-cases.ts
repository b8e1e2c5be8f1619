import type { Answers } from '@otforms/core';
import type { ReferenceCase } from '../reference-case.js';

/** Reference cases B1–B4 (domain brief §2.1), written as option codes. */
export const barthelReferenceCases: ReferenceCase[] = [
  {
    id: 'B1',
    description: 'Independent in every activity',
    answers: {
      bowels: 'continent', bladder: 'continent', grooming: 'independent', toiletUse: 'independent',
      feeding: 'independent', transfers: 'independent', mobility: 'independent', dressing: 'independent',
      stairs: 'independent', bathing: 'independent',
    },
    expected: {
      total: 20, status: 'complete', scales: { 'barthel-100': 100 },
      bands: { 'shah-100': 'Independent', 'nictiz-20': 'Independent' },
    },
  },
  {
    id: 'B2',
    description: 'Mixed: help with several activities',
    answers: {
      bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help',
      feeding: 'independent', transfers: 'minor-help', mobility: 'walks-with-help', dressing: 'needs-help',
      stairs: 'unable', bathing: 'dependent',
    },
    expected: {
      total: 12, status: 'complete', scales: { 'barthel-100': 60 },
      bands: { 'shah-100': 'Severe dependency', 'nictiz-20': 'Slight dependence' },
    },
  },
  {
    id: 'B3',
    description: 'Dependent in every activity',
    answers: {
      bowels: 'incontinent', bladder: 'incontinent', grooming: 'needs-help', toiletUse: 'dependent',
      feeding: 'unable', transfers: 'unable', mobility: 'immobile', dressing: 'dependent',
      stairs: 'unable', bathing: 'dependent',
    },
    expected: {
      total: 0, status: 'complete', scales: { 'barthel-100': 0 },
      bands: { 'shah-100': 'Total dependency', 'nictiz-20': 'Serious dependence' },
    },
  },
  {
    id: 'B4',
    description: 'Stairs missing: no total',
    answers: {
      bowels: 'continent', bladder: 'continent', grooming: 'independent', toiletUse: 'independent',
      feeding: 'independent', transfers: 'independent', mobility: 'independent', dressing: 'independent',
      bathing: 'independent',
    } satisfies Answers,
    expected: { total: null, status: 'incomplete', scales: { 'barthel-100': null }, bands: {}, missingItems: ['stairs'] },
  },
];
