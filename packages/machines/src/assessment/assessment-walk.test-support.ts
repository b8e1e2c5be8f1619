import { parseDefinition } from '@otforms/core';
import type { AssessmentContext, AssessmentEvent } from './assessment-types.js';

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

/** One time for every answer, so that a walk's states do not depend on the clock. */
const at = '2026-11-22T09:30:00.000Z';

/**
 * For `getShortestPaths`: states told apart by their value and context but
 * not by the answers' audit, which only remembers what was answered before
 * (walks explore the answers; the audit has its own tests). Told apart by
 * it too, the walk of this definition has 1,924 states rather than 544.
 */
export const serializeWalkState = (snapshot: { value: unknown; context: AssessmentContext }) =>
  JSON.stringify({ value: snapshot.value, context: { ...snapshot.context, audit: undefined } });

export const events: AssessmentEvent[] = [
  { type: 'ANSWER', itemId: 'choice', input: 'low', at },
  { type: 'ANSWER', itemId: 'choice', input: 'high', at },
  { type: 'NOT_ASSESSED', itemId: 'choice', at },
  { type: 'ANSWER', itemId: 'count', input: '3', at },
  { type: 'ANSWER', itemId: 'count', input: '11', at },
  { type: 'ANSWER', itemId: 'count', input: 'three', at },
  { type: 'ANSWER', itemId: 'count', input: '', at },
  { type: 'ANSWER', itemId: 'note', input: 'Uses a frame', at },
  { type: 'CONTINUE' },
  { type: 'BACK' },
  { type: 'EDIT', itemId: 'choice' },
  { type: 'EDIT', itemId: 'count' },
  { type: 'SUBMIT', completedAt: '2026-11-22T10:00:00.000Z', recordId: '9b2f8b4c-5a7e-4c1d-9f3e-2a6b8c0d1e2f' },
];
