import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createHomeVisitMachine } from '../home-visit/home-visit-machine.js';
import { homeVisitAssessmentChild, homeVisitRecommendationsChild } from '../home-visit/home-visit-selectors.js';
import { readHomeVisitDraft } from '../home-visit/home-visit-snapshot.js';
import { conversation, homeCheck, visitInput } from '../home-visit/home-visit.test-support.js';
import { recommendationsMachine } from './recommendations-machine.js';
import { decisionReasonOf, pendingSuggestions } from './recommendations-selectors.js';
import { readRecommendationsDraft } from './recommendations-snapshot.js';
import type { RecommendationsEvent } from './recommendations-types.js';
import { input } from './recommendations.test-support.js';

/**
 * The reason typed for a suggestion is kept by the machine as it is typed,
 * so it is in the draft: a reload before Accept or Dismiss loses nothing.
 */

const rail = { ruleId: 'step-rail', instrumentId: 'home-check' };
const alarm = { ruleId: 'smoke-alarm', instrumentId: 'home-check' };
const ON = '2026-11-10';
const typed = (ref: { ruleId: string; instrumentId?: string }, reason: string): RecommendationsEvent => ({ type: 'SET_DECISION_REASON', ...ref, reason });

const start = (sent: RecommendationsEvent[] = []) => {
  const actor = createActor(recommendationsMachine, { input }).start();
  for (const event of sent) actor.send(event);
  return actor;
};
type Snapshot = SnapshotFrom<typeof recommendationsMachine>;
/** A draft as storage hands it back: JSON, typed as the test reads it. */
const through = <T = unknown>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

describe('the reason typed for a suggestion', () => {
  it('is kept exactly as typed for that suggestion only, and an emptied box keeps nothing', () => {
    const actor = start([typed(rail, '  Holds the door frame\nto get in '), typed({ ruleId: 'smoke-alarm' }, 'Landlord')]);
    expect(decisionReasonOf(actor.getSnapshot(), rail)).toBe('  Holds the door frame\nto get in ');
    expect(decisionReasonOf(actor.getSnapshot(), alarm), 'the instrument id may be left out, as for Accept').toBe('Landlord');
    actor.send(typed(alarm, ''));
    expect(decisionReasonOf(actor.getSnapshot(), alarm)).toBe('');
    expect(actor.getSnapshot().context.decisionReasons).toEqual({ 'home-check/step-rail': '  Holds the door frame\nto get in ' });
  });

  it('is not kept for a suggestion that is not there or already decided', () => {
    const actor = start([{ type: 'ACCEPT_SUGGESTION', ...rail, on: ON }]);
    const before = actor.getSnapshot();
    actor.send(typed(rail, 'Too late'));
    actor.send(typed({ ruleId: 'step-rail', instrumentId: 'other-check' }, 'Not this one'));
    actor.send(typed({ ruleId: 'no-such-rule' }, 'Nothing'));
    expect(actor.getSnapshot()).toBe(before);
  });

  it('is what Accept records when it comes without a reason or with a blank one, and is then cleared', () => {
    for (const sent of [undefined, '', '   ']) {
      const actor = start([typed(rail, 'Agreed with Ada on the doorstep')]);
      actor.send({ type: 'ACCEPT_SUGGESTION', ...rail, on: ON, ...(sent === undefined ? {} : { reason: sent }) });
      const { decisions, decisionReasons } = actor.getSnapshot().context;
      expect(decisions[0]?.reason, JSON.stringify(sent)).toBe('Agreed with Ada on the doorstep');
      expect(decisionReasons, 'cleared once decided').toEqual({});
    }
  });

  it('gives way to a reason sent with Accept, and without either Accept keeps the rule’s reason', () => {
    const own = start([typed(rail, 'Typed first'), { type: 'ACCEPT_SUGGESTION', ...rail, reason: 'Sent with Accept', on: ON }]);
    expect(own.getSnapshot().context.decisions[0]?.reason).toBe('Sent with Accept');
    const none = start([{ type: 'ACCEPT_SUGGESTION', ...rail, on: ON }]);
    expect(none.getSnapshot().context.decisions[0]?.reason).toBe('The front step is high and has no rail to hold.');
  });

  it('is what Dismiss records when it comes without one; with no reason anywhere the dismissal is refused and what was typed stays', () => {
    const actor = start([typed(alarm, '   ')]);
    const failures: string[] = [];
    actor.on('ATTEMPT_FAILED', (event) => failures.push(event.attempt));
    actor.send({ type: 'DISMISS_SUGGESTION', ...alarm, on: ON });
    expect(failures).toEqual(['DISMISS_SUGGESTION']);
    expect(actor.getSnapshot().context.actionError?.message).toBe('Enter why you are not recommending: Fire service home safety check');
    expect(decisionReasonOf(actor.getSnapshot(), alarm)).toBe('   ');

    actor.send(typed(alarm, 'Landlord fits alarms next week'));
    actor.send({ type: 'DISMISS_SUGGESTION', ...alarm, reason: '', on: ON });
    const { decisions, decisionReasons, actionError } = actor.getSnapshot().context;
    expect(decisions.map(({ decision, reason }) => ({ decision, reason }))).toEqual([{ decision: 'dismissed', reason: 'Landlord fits alarms next week' }]);
    expect([decisionReasons, actionError]).toEqual([{}, null]);

    actor.send({ type: 'RECONSIDER_SUGGESTION', ...alarm });
    expect(decisionReasonOf(actor.getSnapshot(), alarm), 'reconsidered, the box starts empty (the old reason is in the dismissal that was undone)').toBe('');
  });

  it('survives a snapshot, the draft reader and a restore, and the restored machine decides with it', () => {
    const stored = through(start([typed(rail, 'She holds the door frame'), typed(alarm, 'Son fitted one')]).getPersistedSnapshot());
    const reading = readRecommendationsDraft(stored);
    if (!reading.resumable) throw new Error(reading.detail);
    const resumed = createActor(recommendationsMachine, { input, snapshot: reading.snapshot as never }).start();
    expect([rail, alarm].map((ref) => decisionReasonOf(resumed.getSnapshot(), ref))).toEqual(['She holds the door frame', 'Son fitted one']);
    resumed.send({ type: 'ACCEPT_SUGGESTION', ...rail, on: ON });
    resumed.send({ type: 'DISMISS_SUGGESTION', ...alarm, on: ON });
    resumed.send({ type: 'CONTINUE' });
    expect(resumed.getSnapshot().output?.suggestionDecisions.map(({ decision, reason }) => `${decision}: ${reason}`)).toEqual([
      'accepted: She holds the door frame',
      'dismissed: Son fitted one',
    ]);
  });

  it('is absent from a draft saved before reasons were kept, which still resumes, with none typed, and takes one', () => {
    const stored = through<{ context: Record<string, unknown> }>(start([{ type: 'ACCEPT_SUGGESTION', ...rail, on: ON }]).getPersistedSnapshot());
    delete stored.context.decisionReasons;
    const reading = readRecommendationsDraft(stored);
    if (!reading.resumable) throw new Error(reading.detail);
    const resumed = createActor(recommendationsMachine, { input, snapshot: reading.snapshot as never }).start();
    expect(decisionReasonOf(resumed.getSnapshot(), alarm)).toBe('');
    resumed.send({ type: 'DISMISS_SUGGESTION', ...alarm, on: ON });
    expect(resumed.getSnapshot().context.actionError?.field, 'no reason yet: refused').toBe('suggestions.home-check/smoke-alarm');
    resumed.send(typed(alarm, 'Fitted last week'));
    resumed.send({ type: 'DISMISS_SUGGESTION', ...alarm, on: ON });
    expect(pendingSuggestions(resumed.getSnapshot())).toEqual([]);
    expect(resumed.getSnapshot().context.decisions.at(-1)?.reason).toBe('Fitted last week');
  });

  it('is refused in a draft when it is not text, naming where', () => {
    const stored = through<{ context: { decisionReasons: Record<string, unknown> } }>(start([typed(rail, 'Rail')]).getPersistedSnapshot());
    stored.context.decisionReasons['home-check/step-rail'] = 3;
    const reading = readRecommendationsDraft(stored);
    expect(reading.resumable ? 'resumable' : reading.detail).toContain('context.decisionReasons');
  });
});

describe('the reason typed in a home visit', () => {
  /** A visit at its recommendations, both suggestions made (a high step with no rail, no smoke alarm). */
  function visitAtRecommendations() {
    const actor = createActor(createHomeVisitMachine([homeCheck, conversation]), { input: visitInput }).start();
    const answer = (event: Record<string, unknown> & { type: string }) => homeVisitAssessmentChild(actor.getSnapshot())!.send(event as never);
    answer({ type: 'ANSWER', itemId: 'stepHeight', input: '180' });
    answer({ type: 'ANSWER', itemId: 'rail', input: 'no' });
    answer({ type: 'CONTINUE' });
    answer({ type: 'ANSWER', itemId: 'smokeAlarm', input: 'no' });
    answer({ type: 'CONTINUE' });
    answer({ type: 'SUBMIT', completedAt: '2026-11-10T10:15:00.000Z', recordId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
    answer({ type: 'ANSWER', itemId: 'mattersToMe', input: 'My garden' });
    answer({ type: 'CONTINUE' });
    answer({ type: 'SUBMIT', completedAt: '2026-11-10T10:40:00.000Z', recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' });
    return actor;
  }
  const resume = (stored: unknown) => {
    const reading = readHomeVisitDraft(stored, [homeCheck, conversation], visitInput.subjectReference);
    if (!reading.resumable) throw new Error(reading.detail);
    return createActor(createHomeVisitMachine([homeCheck, conversation]), { input: visitInput, snapshot: reading.snapshot as never }).start();
  };
  const recommending = (actor: ReturnType<typeof resume>) => homeVisitRecommendationsChild(actor.getSnapshot())!;

  it('is saved with the visit’s draft as it is typed, and is there again after a reload', () => {
    const actor = visitAtRecommendations();
    recommending(actor).send(typed(rail, 'She holds the door frame'));
    const resumed = resume(through(actor.getPersistedSnapshot()));
    expect(decisionReasonOf(recommending(resumed).getSnapshot() as Snapshot, rail)).toBe('She holds the door frame');
    recommending(resumed).send({ type: 'ACCEPT_SUGGESTION', ...rail, on: ON });
    expect((recommending(resumed).getSnapshot() as Snapshot).context.decisions[0]?.reason).toBe('She holds the door frame');
  });

  it('is absent from a visit saved before reasons were kept, which still resumes and takes one', () => {
    const stored = through<{ children: { recommendations: { snapshot: { context: Record<string, unknown> } } } }>(visitAtRecommendations().getPersistedSnapshot());
    delete stored.children.recommendations.snapshot.context.decisionReasons;
    const resumed = resume(stored);
    expect(decisionReasonOf(recommending(resumed).getSnapshot() as Snapshot, alarm)).toBe('');
    recommending(resumed).send(typed(alarm, 'Fitted last week'));
    recommending(resumed).send({ type: 'DISMISS_SUGGESTION', ...alarm, on: ON });
    expect((recommending(resumed).getSnapshot() as Snapshot).context.decisions.map(({ reason }) => reason)).toEqual(['Fitted last week']);
  });
});
