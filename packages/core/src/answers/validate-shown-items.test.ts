import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { enabledItemIds } from '../conditions/enable-when.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { answersForDefinition } from '../test-support/answer-arbitraries.js';
import { conditionalDefinition } from '../test-support/conditional-definition.js';
import { emptyResponseState, type ResponseStateInput } from './answers.js';
import { validateAnswers, validateShownItems } from './validate-answers.js';

const definition = parseDefinition(conditionalDefinition);
const pages = definition.sections.map((section) => section.items.map((item) => item.id));

describe('validateShownItems', () => {
  it('leaves validateAnswers as it was: the definition, what was entered and, optionally, the items to check', () => {
    expectTypeOf(validateAnswers).parameters.toEqualTypeOf<[InstrumentDefinition, ResponseStateInput, (readonly string[] | undefined)?]>();
    expect(validateAnswers).toHaveLength(3);
  });

  it('gives what validateAnswers gives when told the shown items, and checks only the shown items of the page', () => {
    fc.assert(
      fc.property(answersForDefinition(definition), fc.constantFrom(undefined, ...pages), (answers, page) => {
        const state = { ...emptyResponseState(), answers };
        const shown = enabledItemIds(definition, answers);
        const checked: string[] = [];
        expect(validateShownItems(definition, state, page, shown, (id) => checked.push(id))).toEqual(validateAnswers(definition, state, page));
        const expected = (page ?? definition.sections.flatMap((section) => section.items.map((item) => item.id))).filter((id) => shown.has(id));
        expect(checked).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
