import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveAnswers, enabledItemIds } from '../conditions/enable-when.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { answersForDefinition } from '../test-support/answer-arbitraries.js';
import { homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { evaluateSuggestions } from './evaluate-suggestions.js';

const definition = parseDefinition(homeVisitDefinition);

describe('evaluateSuggestions, for any answers', () => {
  it('never throws, sees only shown questions, and names only shown questions as needs', () => {
    fc.assert(
      fc.property(answersForDefinition(definition), (answers) => {
        const suggestions = evaluateSuggestions(definition, answers);
        // Answers of hidden questions make no difference: they are as if never given.
        expect(evaluateSuggestions(definition, effectiveAnswers(definition, answers))).toEqual(suggestions);
        const shown = enabledItemIds(definition, answers);
        for (const suggestion of suggestions) {
          // Every rule here tests its questions with comparisons, which hold only for answered questions.
          for (const need of suggestion.needs) expect(shown.has(need)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
