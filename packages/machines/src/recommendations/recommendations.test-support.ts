import type { RecommendationsEvent, RecommendationsInput } from './recommendations-types.js';

/** Recommendations after a fictional visit: two suggestions to decide, the needs assessed, one goal. */
export const input: RecommendationsInput = {
  startedAt: '2026-11-10T10:40:00.000Z',
  today: '2026-11-10',
  suggestions: [
    {
      ruleId: 'step-rail',
      instrumentId: 'home-check',
      kind: 'minor-adaptation',
      what: 'Grab rail by the front step',
      code: { system: 'https://example.org/council-codes', code: 'MA-RAIL' },
      route: 'minor-adaptations-service',
      priority: 'high',
      reason: 'The front step is high and has no rail to hold.',
      needs: ['stepHeight', 'rail'],
    },
    {
      ruleId: 'smoke-alarm',
      instrumentId: 'home-check',
      kind: 'referral-on',
      what: 'Fire service home safety check',
      priority: 'routine',
      reason: 'There is no working smoke alarm.',
      needs: ['smokeAlarm'],
    },
  ],
  needs: [
    { instrumentId: 'home-check', itemId: 'stepHeight', label: 'Height of the front step' },
    { instrumentId: 'home-check', itemId: 'kitchen', label: 'Can you stand to cook?' },
  ],
  goals: [{ id: 'cook', statement: 'Make my own dinner again' }],
};

/**
 * Two walks that between them reach every kind of state: the decisions
 * (accepted, dismissed with and without a reason, dismissed with the reason
 * typed beforehand, reconsidered, removed, a route filled in, statuses
 * forward and refused), and a recommendation written by hand field by field
 * once the suggestions are decided.
 */
export const decisionEvents: RecommendationsEvent[] = [
  { type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' },
  { type: 'ACCEPT_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Ada asked for it', on: '2026-11-10' },
  { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Landlord fits alarms next week', on: '2026-11-10' },
  { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: '  ', on: '2026-11-10' },
  { type: 'RECONSIDER_SUGGESTION', ruleId: 'smoke-alarm' },
  { type: 'SET_DECISION_REASON', ruleId: 'smoke-alarm', reason: 'Fitted by her son' },
  { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', on: '2026-11-10' },
  { type: 'SET_FIELD', index: 1, field: 'route', value: 'housing-provider' },
  { type: 'SET_STATUS', index: 0, status: 'agreed', on: '2026-11-12' },
  { type: 'SET_STATUS', index: 0, status: 'ordered', on: '2026-11-01' },
  { type: 'REMOVE', index: 0 },
  { type: 'CONTINUE' },
];

/** Starts with both suggestions decided (one accepted, one dismissed). */
export const decided: RecommendationsEvent[] = [decisionEvents[0]!, decisionEvents[2]!];

export const handWrittenEvents: RecommendationsEvent[] = [
  { type: 'ADD' },
  { type: 'SET_FIELD', index: 1, field: 'kind', value: 'equipment' },
  { type: 'SET_FIELD', index: 1, field: 'what', value: 'Perching stool' },
  { type: 'SET_FIELD', index: 1, field: 'reason', value: 'Tires standing to cook' },
  { type: 'SET_FIELD', index: 1, field: 'priority', value: 'routine' },
  { type: 'SET_FIELD', index: 1, field: 'route', value: 'community-equipment-service' },
  { type: 'TOGGLE_NEED', index: 1, instrumentId: 'home-check', itemId: 'kitchen' },
  { type: 'TOGGLE_GOAL', index: 1, goalId: 'cook' },
  { type: 'REMOVE', index: 1 },
  { type: 'CONTINUE' },
];
