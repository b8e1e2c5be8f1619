import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fieldMessage } from '../errors/visible-errors.js';
import { recommendationsMachine } from './recommendations-machine.js';
import { recommendationFieldKey, suggestionFieldKey } from './recommendations-errors.js';
import { nextStatusesOf, pendingSuggestions, visibleRecommendationErrors } from './recommendations-selectors.js';
import type { RecommendationError, RecommendationsEmitted, RecommendationsEvent } from './recommendations-types.js';
import { input } from './recommendations.test-support.js';

function start(sent: RecommendationsEvent[] = [], options = input) {
  const actor = createActor(recommendationsMachine, { input: options }).start();
  const failed: RecommendationsEmitted['attempt'][] = [];
  actor.on('ATTEMPT_FAILED', (event) => failed.push(event.attempt));
  for (const event of sent) actor.send(event);
  return { actor, failed, context: () => actor.getSnapshot().context, visible: () => visibleRecommendationErrors(actor.getSnapshot()) };
}

const rail = input.suggestions[0]!;
const smoke = input.suggestions[1]!;
const acceptRail: RecommendationsEvent = { type: 'ACCEPT_SUGGESTION', ruleId: 'step-rail', reason: '', on: '2026-11-10' };
const dismissSmoke: RecommendationsEvent = { type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', reason: 'Alarm fitted yesterday', on: '2026-11-10' };
const fill = (index: number): RecommendationsEvent[] => [
  { type: 'SET_FIELD', index, field: 'kind', value: 'equipment' },
  { type: 'SET_FIELD', index, field: 'what', value: 'Perching stool' },
  { type: 'SET_FIELD', index, field: 'reason', value: 'Tires standing to cook' },
  { type: 'SET_FIELD', index, field: 'priority', value: 'routine' },
  { type: 'SET_FIELD', index, field: 'route', value: 'community-equipment-service' },
];

describe('suggestions', () => {
  it('are all pending at first, in the order the rules made them', () => {
    const { actor } = start();
    expect(pendingSuggestions(actor.getSnapshot())).toEqual([rail, smoke]);
  });

  it('accepting one adds a recommendation prefilled from it, recommended on the day, with its decision', () => {
    const { actor, context } = start([{ ...acceptRail, reason: 'Ada agrees' }]);
    expect(context().recommendations).toEqual([
      {
        id: 'recommendation-1',
        kind: 'minor-adaptation',
        what: 'Grab rail by the front step',
        code: { system: 'https://example.org/council-codes', code: 'MA-RAIL' },
        reason: 'The front step is high and has no rail to hold.',
        priority: 'high',
        route: 'minor-adaptations-service',
        needs: [{ instrumentId: 'home-check', itemId: 'stepHeight' }, { instrumentId: 'home-check', itemId: 'rail' }],
        goals: [],
        status: [{ status: 'recommended', on: '2026-11-10' }],
        fromSuggestion: 'step-rail',
        fromInstrument: 'home-check',
      },
    ]);
    expect(context().decisions).toEqual([
      { ruleId: 'step-rail', instrumentId: 'home-check', decision: 'accepted', reason: 'Ada agrees', decidedOn: '2026-11-10', recommendationId: 'recommendation-1' },
    ]);
    expect(pendingSuggestions(actor.getSnapshot())).toEqual([smoke]);
  });

  it('accepting with no reason of the OT’s own keeps the rule’s', () => {
    const { context } = start([acceptRail]);
    expect(context().decisions[0]!.reason).toBe(rail.reason);
  });

  it('dismissing one needs a reason: without, it is refused at once and says so beside the suggestion', () => {
    const { context, failed, visible } = start([{ ...dismissSmoke, reason: '   ' }]);
    expect(context().decisions).toEqual([]);
    expect(failed).toEqual(['DISMISS_SUGGESTION']);
    expect(fieldMessage(visible(), suggestionFieldKey(smoke))).toBe('Enter why you are not recommending: Fire service home safety check');
  });

  it('dismissing with a reason records the decision, and clears the refusal', () => {
    const { context, visible } = start([{ ...dismissSmoke, reason: '' }, dismissSmoke]);
    expect(context().decisions).toEqual([{ ruleId: 'smoke-alarm', instrumentId: 'home-check', decision: 'dismissed', reason: 'Alarm fitted yesterday', decidedOn: '2026-11-10' }]);
    expect(visible().summary).toEqual([]);
  });

  it('a dismissed suggestion can be reconsidered; an accepted one comes back when its recommendation is removed', () => {
    const { actor, context } = start([acceptRail, dismissSmoke, { type: 'RECONSIDER_SUGGESTION', ruleId: 'smoke-alarm' }]);
    expect(pendingSuggestions(actor.getSnapshot())).toEqual([smoke]);
    actor.send({ type: 'RECONSIDER_SUGGESTION', ruleId: 'step-rail' });
    expect(context().decisions).toHaveLength(1);
    actor.send({ type: 'REMOVE', index: 0 });
    expect(pendingSuggestions(actor.getSnapshot())).toEqual([rail, smoke]);
    expect(context().decisions).toEqual([]);
  });

  it('is decided once: a second decision, an unknown rule, another instrument’s rule or a date that is not real changes nothing', () => {
    const { context } = start([
      acceptRail,
      { ...acceptRail },
      { type: 'DISMISS_SUGGESTION', ruleId: 'step-rail', reason: 'Changed my mind', on: '2026-11-10' },
      { type: 'ACCEPT_SUGGESTION', ruleId: 'no-such-rule', reason: '', on: '2026-11-10' },
      { type: 'ACCEPT_SUGGESTION', ruleId: 'smoke-alarm', instrumentId: 'falls-checklist', reason: '', on: '2026-11-10' },
      { type: 'ACCEPT_SUGGESTION', ruleId: 'smoke-alarm', reason: '', on: '10/11/2026' },
    ]);
    expect(context().recommendations).toHaveLength(1);
    expect(context().decisions).toHaveLength(1);
  });

  it('tells two definitions’ rules with the same id apart by instrument', () => {
    const twin = { ...smoke, instrumentId: 'falls-checklist' };
    const { actor, context } = start(
      [{ type: 'DISMISS_SUGGESTION', ruleId: 'smoke-alarm', instrumentId: 'falls-checklist', reason: 'Covered by the home check', on: '2026-11-10' }],
      { ...input, suggestions: [...input.suggestions, twin] },
    );
    expect(context().decisions.map((one) => one.instrumentId)).toEqual(['falls-checklist']);
    expect(pendingSuggestions(actor.getSnapshot())).toEqual([rail, smoke]);
  });
});

describe('recommendations written by hand', () => {
  it('start blank, recommended today, with ids never reused', () => {
    const { context } = start([{ type: 'ADD' }, { type: 'ADD' }, { type: 'REMOVE', index: 1 }, { type: 'ADD' }]);
    expect(context().recommendations.map((one) => one.id)).toEqual(['recommendation-1', 'recommendation-3']);
    expect(context().recommendations[0]).toMatchObject({ kind: '', what: '', reason: '', priority: '', route: '', status: [{ status: 'recommended', on: '2026-11-10' }], fromSuggestion: null });
  });

  it('keep what is typed, exactly', () => {
    const { context } = start([{ type: 'ADD' }, { type: 'SET_FIELD', index: 0, field: 'what', value: '  Perching stool ' }]);
    expect(context().recommendations[0]!.what).toBe('  Perching stool ');
  });

  it('name assessed needs and goals offered, and take one off again; nothing else', () => {
    const { context } = start([
      { type: 'ADD' },
      { type: 'TOGGLE_NEED', index: 0, instrumentId: 'home-check', itemId: 'kitchen' },
      { type: 'TOGGLE_NEED', index: 0, instrumentId: 'home-check', itemId: 'stepHeight' },
      { type: 'TOGGLE_NEED', index: 0, instrumentId: 'home-check', itemId: 'stepHeight' },
      { type: 'TOGGLE_NEED', index: 0, instrumentId: 'home-check', itemId: 'not-assessed' },
      { type: 'TOGGLE_GOAL', index: 0, goalId: 'cook' },
      { type: 'TOGGLE_GOAL', index: 0, goalId: 'someone-else' },
      { type: 'TOGGLE_GOAL', index: 3, goalId: 'cook' },
    ]);
    expect(context().recommendations[0]!.needs).toEqual([{ instrumentId: 'home-check', itemId: 'kitchen' }]);
    expect(context().recommendations[0]!.goals).toEqual(['cook']);
  });

  it('ignore a change to a recommendation that is not there', () => {
    const { actor, context } = start([{ type: 'ADD' }]);
    const before = context();
    for (const event of [
      { type: 'SET_FIELD', index: 2, field: 'what', value: 'Stool' },
      { type: 'REMOVE', index: -1 },
      { type: 'TOGGLE_NEED', index: 1, instrumentId: 'home-check', itemId: 'kitchen' },
      { type: 'TOGGLE_GOAL', index: 0.5, goalId: 'cook' },
      { type: 'SET_STATUS', index: 4, status: 'agreed', on: '2026-11-11' },
    ] as const) actor.send(event);
    expect(context()).toBe(before);
  });
});

describe('statuses', () => {
  it('move forward with their dates, skipping if need be, and the next ones are offered', () => {
    const { actor, context, failed } = start([acceptRail]);
    expect(nextStatusesOf(context().recommendations[0]!)).toEqual(['agreed', 'ordered', 'completed', 'reviewed']);
    actor.send({ type: 'SET_STATUS', index: 0, status: 'agreed', on: '2026-11-10' });
    actor.send({ type: 'SET_STATUS', index: 0, status: 'completed', on: '2026-12-01' });
    expect(context().recommendations[0]!.status).toEqual([
      { status: 'recommended', on: '2026-11-10' },
      { status: 'agreed', on: '2026-11-10' },
      { status: 'completed', on: '2026-12-01' },
    ]);
    expect(nextStatusesOf(context().recommendations[0]!)).toEqual(['reviewed']);
    actor.send({ type: 'SET_STATUS', index: 0, status: 'reviewed', on: '2027-01-05' });
    expect(nextStatusesOf(context().recommendations[0]!)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('never go back, or to a date before the last, or without a real date: each is refused with its reason', () => {
    const cases: [RecommendationsEvent, string, Pick<RecommendationError, 'code' | 'values'>][] = [
      [
        { type: 'SET_STATUS', index: 0, status: 'recommended', on: '2026-11-12' },
        'Recommendation 1 is already agreed: choose a later status',
        { code: 'status-not-later', values: { number: 1, current: 'agreed' } },
      ],
      [
        { type: 'SET_STATUS', index: 0, status: 'agreed', on: '2026-11-12' },
        'Recommendation 1 is already agreed: choose a later status',
        { code: 'status-not-later', values: { number: 1, current: 'agreed' } },
      ],
      [
        { type: 'SET_STATUS', index: 0, status: 'ordered', on: '2026-11-10' },
        'The date recommendation 1 was ordered must be the same as or after 11 November 2026, when it was agreed',
        { code: 'status-date-earlier', values: { number: 1, status: 'ordered', after: '2026-11-11', afterStatus: 'agreed' } },
      ],
      [
        { type: 'SET_STATUS', index: 0, status: 'ordered', on: '2026-02-30' },
        'The date recommendation 1 was ordered must be a real date, like 2026-11-22',
        { code: 'status-date-not-real', values: { number: 1, status: 'ordered' } },
      ],
      [{ type: 'SET_STATUS', index: 0, status: 'ordered', on: ' ' }, 'Enter the date recommendation 1 was ordered', { code: 'status-date-missing', values: { number: 1, status: 'ordered' } }],
    ];
    for (const [event, message, problem] of cases) {
      const { actor, context, failed, visible } = start([acceptRail, { type: 'SET_STATUS', index: 0, status: 'agreed', on: '2026-11-11' }]);
      actor.send(event);
      expect(context().recommendations[0]!.status).toHaveLength(2);
      expect(failed).toEqual(['SET_STATUS']);
      // The en-GB message for views without words of their own, and the code and values for those with them.
      expect(visible().summary).toEqual([{ field: recommendationFieldKey(0, 'status'), message, ...problem }]);
      // The next try that works clears it.
      actor.send({ type: 'SET_STATUS', index: 0, status: 'ordered', on: '2026-11-12' });
      expect(visible().summary).toEqual([]);
    }
  });
});

describe('continuing', () => {
  it('needs every suggestion decided and every recommendation complete; errors are hidden until then, then live', () => {
    const { actor, failed, visible } = start([{ type: 'ADD' }]);
    expect(visible().summary).toEqual([]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(failed).toEqual(['CONTINUE']);
    const undecided = (suggestion: string) => ({ code: 'suggestion-undecided', values: { suggestion } });
    const missing = (field: string) => ({ code: 'field-missing', values: { number: 1, field } });
    expect(visible().summary).toEqual([
      { field: suggestionFieldKey(rail), message: 'Accept or dismiss the suggestion: Grab rail by the front step', ...undecided('Grab rail by the front step') },
      { field: suggestionFieldKey(smoke), message: 'Accept or dismiss the suggestion: Fire service home safety check', ...undecided('Fire service home safety check') },
      { field: 'recommendations[0].kind', message: 'Select the kind of recommendation 1', ...missing('kind') },
      { field: 'recommendations[0].what', message: 'Enter what is recommended in recommendation 1', ...missing('what') },
      { field: 'recommendations[0].reason', message: 'Enter why recommendation 1 is needed', ...missing('reason') },
      { field: 'recommendations[0].priority', message: 'Select the priority of recommendation 1', ...missing('priority') },
      { field: 'recommendations[0].route', message: 'Select how recommendation 1 will be provided', ...missing('route') },
    ]);
    for (const event of [acceptRail, dismissSmoke, ...fill(0).slice(0, 4)]) actor.send(event);
    expect(visible().summary).toEqual([{ field: 'recommendations[0].route', message: 'Select how recommendation 1 will be provided', ...missing('route') }]);
    actor.send(fill(0)[4]!);
    expect(visible().summary).toEqual([]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output!.recommendations.map((one) => one.id)).toEqual(['recommendation-1', 'recommendation-2']);
  });

  it('refuses a choice that is not one of core’s, and a suggestion with no route until one is chosen', () => {
    const { actor, visible } = start([
      acceptRail,
      { type: 'ACCEPT_SUGGESTION', ruleId: 'smoke-alarm', reason: '', on: '2026-11-10' },
      { type: 'SET_FIELD', index: 0, field: 'priority', value: 'whenever' },
      { type: 'CONTINUE' },
    ]);
    expect(visible().summary.map((error) => error.message)).toEqual(['Select the priority of recommendation 1', 'Select how recommendation 2 will be provided']);
    actor.send({ type: 'SET_FIELD', index: 0, field: 'priority', value: 'urgent' });
    actor.send({ type: 'SET_FIELD', index: 1, field: 'route', value: 'housing-provider' });
    actor.send({ type: 'CONTINUE' });
    const output = actor.getSnapshot().output!;
    expect(output.recommendations.map((one) => [one.priority, one.route])).toEqual([['urgent', 'minor-adaptations-service'], ['routine', 'housing-provider']]);
  });

  it('trims what the record keeps, as core’s schema does', () => {
    const { actor } = start([acceptRail, dismissSmoke, { type: 'SET_FIELD', index: 0, field: 'what', value: '  Grab rail, left side  ' }, { type: 'CONTINUE' }]);
    expect(actor.getSnapshot().output!.recommendations[0]!.what.text).toBe('Grab rail, left side');
  });

  it('with nothing suggested and nothing recommended, continues with empty lists', () => {
    const { actor } = start([{ type: 'CONTINUE' }], { ...input, suggestions: [] });
    expect(actor.getSnapshot().output).toEqual({ recommendations: [], suggestionDecisions: [] });
  });
});

describe('carrying on with what was decided before', () => {
  it('starts from the previous output as drafts, and continues to the same output', () => {
    const first = start([acceptRail, dismissSmoke, { type: 'SET_STATUS', index: 0, status: 'agreed', on: '2026-11-11' }, { type: 'ADD' }, ...fill(1), { type: 'CONTINUE' }]);
    const previous = first.actor.getSnapshot().output!;
    const again = start([], { ...input, previous });
    expect(pendingSuggestions(again.actor.getSnapshot())).toEqual([]);
    expect(again.context().recommendations[0]).toMatchObject({ fromSuggestion: 'step-rail', fromInstrument: 'home-check', code: { code: 'MA-RAIL' } });
    again.actor.send({ type: 'ADD' });
    expect(again.context().recommendations.at(-1)!.id).toBe('recommendation-3');
    again.actor.send({ type: 'REMOVE', index: 2 });
    again.actor.send({ type: 'CONTINUE' });
    expect(again.actor.getSnapshot().output).toEqual(previous);
  });
});
