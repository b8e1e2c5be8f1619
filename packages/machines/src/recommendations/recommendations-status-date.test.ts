import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { recommendationsMachine } from './recommendations-machine.js';
import { readRecommendationsDraft } from './recommendations-snapshot.js';
import type { RecommendationsEvent } from './recommendations-types.js';
import { input } from './recommendations.test-support.js';

/**
 * The date typed for a recommendation's next status is kept by the machine
 * as it is typed, so it is in the draft: a reload before "Mark as…" loses
 * nothing, and marking uses it.
 */

const start = (sent: RecommendationsEvent[]) => {
  const actor = createActor(recommendationsMachine, { input }).start();
  for (const event of sent) actor.send(event);
  return actor;
};
const through = <T = unknown>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

describe('the date typed for a next status', () => {
  it('is kept exactly as typed, survives the draft, and is the date the status is marked with', () => {
    const actor = start([{ type: 'ADD' }, { type: 'SET_NEXT_STATUS_DATE', index: 0, on: '2026-11-20' }]);
    expect(actor.getSnapshot().context.recommendations[0]!.nextStatusOn).toBe('2026-11-20');

    const stored = through(actor.getPersistedSnapshot());
    const reading = readRecommendationsDraft(stored);
    if (!reading.resumable) throw new Error(reading.detail);
    const resumed = createActor(recommendationsMachine, { input, snapshot: reading.snapshot as never }).start();
    expect(resumed.getSnapshot().context.recommendations[0]!.nextStatusOn).toBe('2026-11-20');

    resumed.send({ type: 'SET_STATUS', index: 0, status: 'agreed' });
    const marked = resumed.getSnapshot().context.recommendations[0]!;
    expect(marked.status.at(-1)).toEqual({ status: 'agreed', on: '2026-11-20' });
    expect(marked.nextStatusOn, 'used, so the next status starts from today again').toBeUndefined();
  });

  it('keeps an emptied field empty, so marking then asks for a date rather than using today', () => {
    const actor = start([{ type: 'ADD' }, { type: 'SET_NEXT_STATUS_DATE', index: 0, on: '' }, { type: 'SET_STATUS', index: 0, status: 'agreed' }]);
    const { context } = actor.getSnapshot();
    expect(context.recommendations[0]!.status).toHaveLength(1);
    expect(context.actionError).not.toBeNull();
  });

  it('gives way to a date sent with the status, and reads in drafts saved before it was kept', () => {
    const actor = start([{ type: 'ADD' }, { type: 'SET_NEXT_STATUS_DATE', index: 0, on: '2026-11-20' }, { type: 'SET_STATUS', index: 0, status: 'agreed', on: '2026-11-12' }]);
    expect(actor.getSnapshot().context.recommendations[0]!.status.at(-1)).toEqual({ status: 'agreed', on: '2026-11-12' });
    const old = start([{ type: 'ADD' }]);
    const stored = through<{ context: { recommendations: Record<string, unknown>[] } }>(old.getPersistedSnapshot());
    expect('nextStatusOn' in stored.context.recommendations[0]!).toBe(false);
    expect(readRecommendationsDraft(stored).resumable).toBe(true);
  });
});
