import type { Answers } from '../answers/answers.js';

/**
 * A definition of `length` scored yes-no questions in one section, where each
 * question's `enableWhen` points at the next: q0 is shown only after a yes to
 * q1, q1 only after a yes to q2, and so on; the last is always shown. Visibility
 * therefore depends on a chain as long as the definition, which is what must
 * work without recursion. A test fixture, not an instrument.
 */
export function longChainDefinition(length: number): Record<string, unknown> {
  const items = Array.from({ length }, (_, index) => ({
    id: `q${index}`,
    type: 'yes-no',
    label: `Question ${index + 1}`,
    scores: { yes: 1, no: 0 },
    ...(index < length - 1 ? { enableWhen: [{ item: `q${index + 1}`, operator: 'equals', value: 'yes' }] } : {}),
  }));
  return {
    id: 'long-chain',
    version: '1',
    title: 'Long chain',
    citation: 'Written for the otforms tests.',
    licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
    sections: [{ id: 'chain', title: 'Chain', items }],
    scoring: { method: 'sum' },
  };
}

/** Every question of a long chain answered with the same answer. */
export function longChainAnswers(length: number, answer: 'yes' | 'no'): Answers {
  return Object.fromEntries(Array.from({ length }, (_, index) => [`q${index}`, answer]));
}
