import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { evaluateSuggestions } from './evaluate-suggestions.js';

const definition = parseDefinition(homeVisitDefinition);

describe('evaluateSuggestions', () => {
  it('suggests what a rule recommends, with its reason and the questions it looked at', () => {
    expect(evaluateSuggestions(definition, { steps: 'yes', stepHeight: 180, rail: 'no' })).toEqual([
      {
        ruleId: 'step-rail',
        instrumentId: 'home-sample',
        kind: 'minor-adaptation',
        what: 'Grab rail beside the front steps',
        route: 'minor-adaptations-service',
        priority: 'high',
        reason: 'A step higher than 150 mm with nothing to hold.',
        needs: ['stepHeight', 'rail'],
      },
    ]);
  });

  it('carries a rule’s code, leaves out a route it does not give, and uses the default priority', () => {
    expect(evaluateSuggestions(definition, { steps: 'no', doorWidth: 70 })).toEqual([
      {
        ruleId: 'wide-door',
        instrumentId: 'home-sample',
        kind: 'advice-signposting',
        what: 'Advice on moving a wheelchair through the front door',
        code: { system: 'urn:example:codes', code: 'ADV-1' },
        priority: 'routine',
        reason: 'A door narrower than a standard wheelchair needs.',
        needs: ['doorWidth'],
      },
    ]);
  });

  it('suggests nothing while any condition of an "all" rule fails, and every rule that holds', () => {
    expect(evaluateSuggestions(definition, { steps: 'yes', stepHeight: 150, rail: 'no' })).toEqual([]);
    expect(evaluateSuggestions(definition, { steps: 'yes', stepHeight: 180, rail: 'yes' })).toEqual([]);
    expect(evaluateSuggestions(definition, { steps: 'yes', stepHeight: 180, rail: 'no', doorWidth: 70 }).map((s) => s.ruleId)).toEqual(['step-rail', 'wide-door']);
  });

  it('counts only shown questions: an answer left behind by a changed earlier answer suggests nothing', () => {
    // "steps" changed to "no" hides the step height and the rail, whose old answers are still held.
    expect(evaluateSuggestions(definition, { steps: 'no', stepHeight: 180, rail: 'no' })).toEqual([]);
  });

  it('holds an "any" rule when one condition does, and returns nothing for a definition without rules', () => {
    const any = parseDefinition({
      ...homeVisitDefinition,
      suggestions: [{ ...homeVisitDefinition.suggestions[0], behavior: 'any' }],
    });
    expect(evaluateSuggestions(any, { steps: 'yes', rail: 'no' }).map((s) => s.needs)).toEqual([['stepHeight', 'rail']]);
    expect(evaluateSuggestions(parseDefinition({ ...homeVisitDefinition, suggestions: [] }), { steps: 'yes', stepHeight: 300, rail: 'no' })).toEqual([]);
  });
});
