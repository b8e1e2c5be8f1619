import { describe, expect, it } from 'vitest';
import { RecommendationSchema, SuggestionDecisionSchema, type RecommendationInput } from './recommendation-schema.js';

const rail: RecommendationInput = {
  id: 'rec-1',
  kind: 'minor-adaptation',
  what: { text: 'Grab rail beside the front steps' },
  reason: { text: 'A 180 mm step with nothing to hold.', needs: [{ instrumentId: 'home-sample', itemId: 'stepHeight' }] },
  priority: 'high',
  route: 'minor-adaptations-service',
  status: [{ status: 'recommended', on: '2026-11-10' }],
  fromSuggestion: 'step-rail',
};

const issues = (input: unknown) => RecommendationSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('RecommendationSchema', () => {
  it('accepts a recommendation, filling in no goals', () => {
    expect(RecommendationSchema.parse(rail).reason.goals).toEqual([]);
    expect(RecommendationSchema.parse({ ...rail, reason: { text: 'Because' } }).reason.needs).toEqual([]);
  });

  it('keeps its statuses in order, skipping some if need be, on dates that never go back', () => {
    const history = [
      { status: 'recommended', on: '2026-11-10' },
      { status: 'agreed', on: '2026-11-10' },
      { status: 'completed', on: '2026-12-01' },
      { status: 'reviewed', on: '2027-01-05' },
    ];
    expect(issues({ ...rail, status: history })).toEqual([]);
    expect(issues({ ...rail, status: [{ status: 'agreed', on: '2026-11-10' }] })).toEqual([['status.0.status', 'A recommendation’s first status must be "recommended"']]);
    expect(issues({ ...rail, status: [history[0], history[2], history[1]] })).toEqual([
      ['status.2.status', '"agreed" cannot follow "completed"'],
      ['status.2.on', 'The date of "agreed" must not be before the date of "completed"'],
    ]);
    expect(issues({ ...rail, status: [history[0], history[0]] })).toEqual([['status.1.status', '"recommended" cannot follow "recommended"']]);
    expect(issues({ ...rail, status: [] }).map(([path]) => path)).toEqual(['status']);
  });

  it('refuses an unknown kind, route or priority', () => {
    expect(issues({ ...rail, kind: 'gadget', route: 'shop', priority: 'soon' }).map(([path]) => path)).toEqual(['kind', 'priority', 'route']);
  });
});

describe('SuggestionDecisionSchema', () => {
  const decision = { ruleId: 'step-rail', instrumentId: 'home-sample', decision: 'dismissed', reason: 'A rail is already on order privately.', decidedOn: '2026-11-10' };

  it('records a dismissal with its reason, and an acceptance with the recommendation it became', () => {
    expect(SuggestionDecisionSchema.safeParse(decision).success).toBe(true);
    expect(SuggestionDecisionSchema.safeParse({ ...decision, decision: 'accepted', recommendationId: 'rec-1' }).success).toBe(true);
    expect(SuggestionDecisionSchema.safeParse({ ...decision, decision: 'accepted' }).error?.issues.map((issue) => issue.message)).toEqual([
      'An accepted suggestion must name the recommendation it became',
    ]);
    expect(SuggestionDecisionSchema.safeParse({ ...decision, reason: '  ' }).success).toBe(false);
  });
});

describe('the rule ids of the recommendation schema’s own rules', () => {
  const rules = (schema: typeof RecommendationSchema | typeof SuggestionDecisionSchema, input: unknown) =>
    schema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.code === 'custom' ? issue.params : undefined]) ?? [];

  it('gives each status-history problem its rule and the statuses its words need', () => {
    const recommended = { status: 'recommended', on: '2026-11-10' };
    expect(rules(RecommendationSchema, { ...rail, status: [{ status: 'agreed', on: '2026-11-10' }] })).toEqual([
      ['status.0.status', { rule: 'recommendation-first-status', status: 'agreed' }],
    ]);
    expect(rules(RecommendationSchema, { ...rail, status: [recommended, { status: 'completed', on: '2026-11-12' }, { status: 'agreed', on: '2026-11-11' }] })).toEqual([
      ['status.2.status', { rule: 'recommendation-status-order', status: 'agreed', before: 'completed' }],
      ['status.2.on', { rule: 'recommendation-status-date-order', status: 'agreed', before: 'completed' }],
    ]);
  });

  it('names the rule an accepted decision without its recommendation breaks', () => {
    const decision = { ruleId: 'step-rail', instrumentId: 'home-sample', decision: 'accepted', reason: 'Needed', decidedOn: '2026-11-10' };
    expect(rules(SuggestionDecisionSchema, decision)).toEqual([['recommendationId', { rule: 'suggestion-accepted-names-recommendation' }]]);
  });
});
