import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor } from 'xstate';
import * as z from 'zod/mini';
import { recommendationsMachine } from './recommendations-machine.js';
import { readRecommendationsDraft, RecommendationsContextSchema } from './recommendations-snapshot.js';
import type { RecommendationsContext, RecommendationsEvent } from './recommendations-types.js';
import { input } from './recommendations.test-support.js';

const draftAfter = (sent: RecommendationsEvent[] = []) => {
  const actor = createActor(recommendationsMachine, { input }).start();
  for (const event of sent) actor.send(event);
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Record<string, unknown> & { context: Record<string, unknown> & { recommendations: Record<string, unknown>[] } };
};
const accept: RecommendationsEvent = { type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' };

describe('the recommendations snapshot schema', () => {
  it('describes exactly the machine’s context', () => {
    expectTypeOf<z.output<typeof RecommendationsContextSchema>>().toEqualTypeOf<RecommendationsContext>();
  });

  it('hands back the stored draft itself, which the machine resumes where it was', () => {
    const stored = draftAfter([accept, { type: 'SET_FIELD', index: 0, field: 'what', value: 'Rail, left' }]);
    const reading = readRecommendationsDraft(stored);
    expect(reading.resumable && reading.snapshot).toBe(stored);
    const resumed = createActor(recommendationsMachine, { input, snapshot: stored as never }).start();
    expect(resumed.getSnapshot().context.recommendations[0]!.what).toBe('Rail, left');
  });

  it('refuses a draft with a field the machine or the page reads missing or of the wrong type, naming it', () => {
    const breakages: [string, (draft: ReturnType<typeof draftAfter>) => void][] = [
      ['value', (draft) => (draft.value = 'reviewing')],
      ['context.recommendations[0].what', (draft) => (draft.context.recommendations[0]!.what = null)],
      ['context.recommendations[0].status', (draft) => (draft.context.recommendations[0]!.status = [])],
      ['context.recommendations[0].status[0].status', (draft) => (draft.context.recommendations[0]!.status = [{ status: 'delivered', on: '2026-11-10' }])],
      ['context.decisions[0].decision', (draft) => ((draft.context.decisions as Record<string, unknown>[])[0]!.decision = 'maybe')],
      ['context.options.suggestions', (draft) => delete (draft.context.options as Record<string, unknown>).suggestions],
      ['context.actionError', (draft) => delete draft.context.actionError],
      ['context.nextNumber', (draft) => (draft.context.nextNumber = 0)],
    ];
    for (const [path, breakIt] of breakages) {
      const stored = draftAfter([accept]);
      breakIt(stored);
      const reading = readRecommendationsDraft(stored);
      expect(reading.resumable ? 'resumable' : reading.reason, path).toBe('malformed');
      expect(reading.resumable ? '' : reading.detail, path).toContain(path);
    }
  });

  it('refuses recommendations that were finished', () => {
    const stored = draftAfter([accept, { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Fitted', on: '2026-11-10' }, { type: 'CONTINUE' }]);
    const reading = readRecommendationsDraft(stored);
    expect(reading.resumable ? 'resumable' : reading.reason).toBe('finished');
  });
});
