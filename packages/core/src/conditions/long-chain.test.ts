import { describe, expect, it } from 'vitest';
import { emptyResponseState } from '../answers/answers.js';
import { validateAnswers } from '../answers/validate-answers.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { DefinitionError } from '../definition/definition-error.js';
import { scoreInstrument } from '../scoring/score-instrument.js';
import { longChainAnswers, longChainDefinition } from '../test-support/long-chain-definition.js';
import { effectiveAnswers, enabledItemIds, hiddenItemIds } from './enable-when.js';

/**
 * Issue 13: a chain of 5,000 conditions, each question depending on the next,
 * once overflowed the call stack in visibility and scoring. Nothing that walks
 * conditions may recurse along the chain.
 */
const length = 5000;
const last = `q${length - 1}`;

describe('a chain of 5,000 conditions', () => {
  const definition = parseDefinition(longChainDefinition(length));

  it('parses', () => {
    expect(definition.sections[0]!.items).toHaveLength(length);
  });

  it('shows only the last question before anything is answered, and everything after a yes to all', () => {
    expect([...enabledItemIds(definition, {})]).toEqual([last]);
    expect(hiddenItemIds(definition, {}).size).toBe(length - 1);
    expect(enabledItemIds(definition, longChainAnswers(length, 'yes')).size).toBe(length);
  });

  it('hides the whole chain above a no, however far away it is', () => {
    const answers = { ...longChainAnswers(length, 'yes'), q2500: 'no' };
    const enabled = enabledItemIds(definition, answers);
    expect(enabled.size).toBe(length - 2500);
    expect(enabled.has('q2499')).toBe(false);
    expect(enabled.has('q2500')).toBe(true);
    expect(Object.keys(effectiveAnswers(definition, answers, enabled))).toHaveLength(length - 2500);
  });

  it('scores', () => {
    expect(scoreInstrument(definition, longChainAnswers(length, 'yes'))).toMatchObject({ total: length, status: 'complete' });
    // A no to the last question hides every other: the total is that one answer.
    expect(scoreInstrument(definition, { [last]: 'no' })).toMatchObject({ total: 0, status: 'complete', missingItems: [] });
    expect(scoreInstrument(definition, { ...longChainAnswers(length, 'yes'), q0: 'no' }).total).toBe(length - 1);
  });

  it('validates', () => {
    expect(validateAnswers(definition, { ...emptyResponseState(), answers: longChainAnswers(length, 'yes') })).toEqual([]);
    expect(validateAnswers(definition, emptyResponseState())).toEqual([{ itemId: last, message: `Select an answer for question ${length}`, problem: { kind: 'missing', answer: 'choice' } }]);
  });

  it('is refused, naming the path, when its end points back at its start', () => {
    const looped = longChainDefinition(length) as { sections: { items: Record<string, unknown>[] }[] };
    looped.sections[0]!.items[length - 1]!.enableWhen = [{ item: 'q0', operator: 'answered' }];
    const error = catchError(() => parseDefinition(looped));
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues).toEqual([
      { path: 'sections[0].items[0].enableWhen', message: `Conditions form a loop: q0 → q1 → q2 → q3 → q4 → q5 → … (${length - 11} more) … → q4995 → q4996 → q4997 → q4998 → q4999 → q0` },
    ]);
  });
});

describe('a chain of 20,000 conditions', () => {
  it('parses, shows and scores, and is refused once its end points back at its start: nothing recurses along it', () => {
    const longer = 20_000;
    const definition = parseDefinition(longChainDefinition(longer));
    expect(enabledItemIds(definition, longChainAnswers(longer, 'yes')).size).toBe(longer);
    expect(scoreInstrument(definition, longChainAnswers(longer, 'yes')).total).toBe(longer);
    const looped = longChainDefinition(longer) as { sections: { items: Record<string, unknown>[] }[] };
    looped.sections[0]!.items[longer - 1]!.enableWhen = [{ item: 'q0', operator: 'answered' }];
    expect(catchError(() => parseDefinition(looped))).toBeInstanceOf(DefinitionError);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
