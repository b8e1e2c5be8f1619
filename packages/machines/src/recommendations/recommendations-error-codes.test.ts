import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { recommendationsMachine } from './recommendations-machine.js';
import { readRecommendationsDraft } from './recommendations-snapshot.js';
import { visibleRecommendationErrors } from './recommendations-selectors.js';
import type { RecommendationsEvent } from './recommendations-types.js';
import { input } from './recommendations.test-support.js';

/**
 * Every error the recommendations machine shows carries a code and the values
 * its words need, so a view in another language says it in its own words;
 * `message` stays en-GB for views without words of their own.
 */

const accept: RecommendationsEvent = { type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' };
const dismissSmoke: RecommendationsEvent = { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: '', on: '2026-11-10' };

function persistedAfter(sent: RecommendationsEvent[]) {
  const actor = createActor(recommendationsMachine, { input }).start();
  for (const event of sent) actor.send(event);
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { context: { recommendations: { status: unknown[] }[]; errors: unknown[]; actionError: unknown } };
}

describe('recommendation error codes', () => {
  it('names a dismissal without a reason, with the suggestion it is about', () => {
    const actor = createActor(recommendationsMachine, { input }).start();
    actor.send(dismissSmoke);
    expect(visibleRecommendationErrors(actor.getSnapshot()).summary).toEqual([
      {
        field: 'suggestions.home-check/smoke-alarm',
        message: 'Enter why you are not recommending: Fire service home safety check',
        code: 'dismissal-reason-missing',
        values: { suggestion: 'Fire service home safety check' },
      },
    ]);
  });

  it('gives the schema’s rule id when the recommendation’s own fields are fine but core’s rules refuse it', () => {
    // A status history out of order cannot be made through the events; a draft written elsewhere can hold one.
    const stored = persistedAfter([accept, dismissSmoke]);
    stored.context.recommendations[0]!.status = [
      { status: 'recommended', on: '2026-11-10' },
      { status: 'completed', on: '2026-11-12' },
      { status: 'agreed', on: '2026-11-13' },
    ];
    const actor = createActor(recommendationsMachine, { input, snapshot: stored as never }).start();
    actor.send({ type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Alarm fitted yesterday', on: '2026-11-10' });
    actor.send({ type: 'CONTINUE' });
    const [error] = visibleRecommendationErrors(actor.getSnapshot()).summary;
    expect(error).toEqual({
      field: 'recommendations[0].status',
      message: '"agreed" cannot follow "completed" (recommendation 1)',
      code: 'field-invalid',
      values: { number: 1, field: 'status', rule: 'recommendation-status-order' },
    });
  });

  it('resumes a draft whose errors were kept before they had codes, and finds them again with codes at the next change', () => {
    const stored = persistedAfter([{ type: 'ADD' }, { type: 'CONTINUE' }]);
    stored.context.errors = (stored.context.errors as { field: string; message: string }[]).map(({ field, message }) => ({ field, message }));
    const reading = readRecommendationsDraft(stored);
    expect(reading.resumable).toBe(true);
    const actor = createActor(recommendationsMachine, { input, snapshot: stored as never }).start();
    expect(visibleRecommendationErrors(actor.getSnapshot()).summary[0]).toEqual({ field: 'suggestions.home-check/step-rail', message: 'Accept or dismiss the suggestion: Grab rail by the front step' });
    actor.send({ type: 'SET_FIELD', index: 0, field: 'what', value: 'Perching stool' });
    expect(visibleRecommendationErrors(actor.getSnapshot()).summary[0]).toMatchObject({ code: 'suggestion-undecided', values: { suggestion: 'Grab rail by the front step' } });
  });

  it('refuses a kept error whose code is unknown or whose values do not fit its code', () => {
    const stored = persistedAfter([{ type: 'ADD' }, { type: 'CONTINUE' }]);
    const [first] = stored.context.errors as Record<string, unknown>[];
    for (const broken of [{ ...first, code: 'no-such-problem' }, { ...first, values: { number: 'one' } }]) {
      const draft = structuredClone(stored);
      draft.context.errors = [broken];
      const reading = readRecommendationsDraft(draft);
      expect(reading.resumable).toBe(false);
    }
  });
});
