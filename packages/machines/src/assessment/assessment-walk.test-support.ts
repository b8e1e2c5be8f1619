import { parseDefinition } from '@otforms/core';
import type { AssessmentEvent } from './assessment-types.js';

/**
 * A small but complete assessment for walking every path of the machine:
 * two sections, a choice that can be not assessed, a number with a range,
 * and a question shown only after one answer.
 */
export const definition = parseDefinition({
  id: 'walk-test',
  version: '1',
  title: 'Walk test',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'one',
      title: 'One',
      items: [
        {
          id: 'choice',
          type: 'single-choice',
          label: 'Choice',
          allowNotAssessed: true,
          options: [
            { code: 'low', label: 'Low', score: 0 },
            { code: 'high', label: 'High', score: 1 },
          ],
        },
      ],
    },
    {
      id: 'two',
      title: 'Two',
      items: [
        { id: 'count', type: 'integer', label: 'Count', min: 0, max: 10 },
        {
          id: 'note',
          type: 'text',
          label: 'Note',
          required: false,
          enableWhen: [{ item: 'choice', operator: 'equals', value: 'high' }],
        },
      ],
    },
  ],
  scoring: { method: 'sum', bandSets: [{ id: 'b', label: 'B', bands: [{ min: 0, max: 0, label: 'Low' }, { min: 1, max: 1, label: 'High' }] }] },
});

export const events: AssessmentEvent[] = [
  { type: 'ANSWER', itemId: 'choice', input: 'low' },
  { type: 'ANSWER', itemId: 'choice', input: 'high' },
  { type: 'NOT_ASSESSED', itemId: 'choice' },
  { type: 'ANSWER', itemId: 'count', input: '3' },
  { type: 'ANSWER', itemId: 'count', input: '11' },
  { type: 'ANSWER', itemId: 'count', input: 'three' },
  { type: 'ANSWER', itemId: 'count', input: '' },
  { type: 'ANSWER', itemId: 'note', input: 'Uses a frame' },
  { type: 'CONTINUE' },
  { type: 'BACK' },
  { type: 'EDIT', itemId: 'choice' },
  { type: 'EDIT', itemId: 'count' },
  { type: 'SUBMIT', completedAt: '2026-11-22T10:00:00.000Z', recordId: '9b2f8b4c-5a7e-4c1d-9f3e-2a6b8c0d1e2f' },
];
