import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { HomeVisitRecordSchema, RecommendationSchema, SuggestionDecisionSchema } from '@otforms/core';
import { recommendationsMachine, type RecommendationsMachine } from './recommendations-machine.js';
import type { RecommendationsEvent } from './recommendations-types.js';
import { readRecommendationsDraft, RecommendationsSnapshotSchema } from './recommendations-snapshot.js';
import { decided, decisionEvents, handWrittenEvents, input } from './recommendations.test-support.js';

/**
 * Walks every state the machine reaches with the walk's events (at most
 * two recommendations at once) and checks every final output against
 * core's schemas, and every persisted snapshot against the draft schema.
 */
describe('recommendations machine: every path', () => {
  const afterDecisions = createActor(recommendationsMachine, { input }).start();
  for (const event of decided) afterDecisions.send(event);
  // Ids are never reused, so adding after removing is a new state each time: a few ids are enough.
  const fewIds = (state: SnapshotFrom<RecommendationsMachine>, event: RecommendationsEvent) =>
    (event.type !== 'ADD' && event.type !== 'ACCEPT_SUGGESTION') || state.context.nextNumber <= 3;
  const paths = [
    ...getShortestPaths(recommendationsMachine, { events: decisionEvents, input, filterEvents: fewIds }),
    ...getShortestPaths(recommendationsMachine, {
      events: handWrittenEvents,
      input,
      fromState: afterDecisions.getSnapshot(),
      filterEvents: (state, event) => fewIds(state, event) && (event.type !== 'ADD' || state.context.recommendations.length < 2),
    }),
  ];
  const finals = paths.filter((path) => path.state.status === 'done');

  it('reaches many states, and continues with every mix of decisions', () => {
    expect(paths.length).toBeGreaterThan(200);
    const mixes = new Set(finals.map((path) => path.state.output!.suggestionDecisions.map((one) => one.decision).join('+')));
    expect(mixes).toEqual(new Set(['accepted+dismissed', 'accepted+accepted', 'dismissed+accepted']));
    expect(new Set(finals.map((path) => path.state.output!.recommendations.length))).toEqual(new Set([1, 2]));
    expect(finals.some((path) => path.state.output!.recommendations.some((one) => one.status.length === 2))).toBe(true);
    expect(finals.some((path) => path.state.output!.recommendations.some((one) => !one.fromSuggestion && one.reason.goals.length && one.reason.needs.length))).toBe(true);
  });

  it('gives recommendations and decisions that pass core’s schemas, as a home visit would hold them', () => {
    for (const path of finals) {
      const { recommendations, suggestionDecisions } = path.state.output!;
      for (const recommendation of recommendations) expect(RecommendationSchema.safeParse(recommendation).success).toBe(true);
      for (const decision of suggestionDecisions) expect(SuggestionDecisionSchema.safeParse(decision).success).toBe(true);
      const record = {
        schemaVersion: 6,
        kind: 'home-visit',
        recordId: '3d6f1c2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f',
        startedAt: '2026-11-10T09:30:00.000Z',
        completedAt: '2026-11-10T11:00:00.000Z',
        visitedOn: '2026-11-10',
        assessments: [],
        recommendations,
        suggestionDecisions,
        provenance: { generator: 'otforms', version: '0.1.0' },
      };
      const parsed = HomeVisitRecordSchema.safeParse(record);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it('never continues with a suggestion undecided', () => {
    for (const path of finals) expect(path.state.output!.suggestionDecisions).toHaveLength(input.suggestions.length);
  });

  it('persists a snapshot the draft schema accepts at every state, and only unfinished ones resume', () => {
    for (const path of paths) {
      const stored = JSON.parse(JSON.stringify(recommendationsMachine.getPersistedSnapshot(path.state)));
      const parsed = RecommendationsSnapshotSchema.safeParse(stored);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const reading = readRecommendationsDraft(stored);
      expect(reading.resumable ? 'resumable' : reading.reason).toBe(path.state.status === 'active' ? 'resumable' : 'finished');
    }
  });
});
