import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { applyDraftChange, draftChange, parseDefinition } from '@otforms/core';
import { answerSequence } from '../../../../bench/answer-sequence.js';
import { generateDefinition } from '../../../../bench/generate-definition.js';
import { createAssessmentMachine } from './assessment-machine.js';

/**
 * Issue 15: the draft is written as a change, not the whole form. The answers of generated 300- and
 * 3,000-item forms (the bench's shape) are replayed, and after each one the change from the context
 * before (core's `draftChange`, along the copies the machine noted) is measured: its steps and its JSON.
 * Sizes, not times, so it cannot flake. Errors are hidden: once shown, the page's errors are set whole,
 * and a page's size is the form's choice, not the answer's.
 */
function replay(perSection: number) {
  const input = generateDefinition(perSection);
  const actor = createActor(createAssessmentMachine(parseDefinition(input)), { input: { startedAt: '2026-01-05T09:00:00Z' } }).start();
  // Drafts hold the context as the machine persists it (the audit flat, not bucketed as in memory).
  let stored: unknown = JSON.parse(JSON.stringify({ context: (actor.getPersistedSnapshot() as unknown as { context: unknown }).context }));
  const steps: number[] = [];
  const sizes: number[] = [];
  let before = actor.getSnapshot().context;
  for (const { itemId, input: text, endsSection } of answerSequence(input)) {
    actor.send({ type: 'ANSWER', itemId, input: text, at: '2026-01-05T09:30:00Z' });
    const after = actor.getSnapshot().context;
    const change = draftChange({ context: before }, { context: after })!;
    steps.push(change.length);
    sizes.push(JSON.stringify(change).length);
    stored = applyDraftChange(stored, JSON.parse(JSON.stringify(change)));
    before = after;
    // The page moving on goes with the next answer's change.
    if (endsSection) actor.send({ type: 'CONTINUE' });
  }
  expect(actor.getSnapshot().value).toBe('review');
  // Applied in turn, the changes give the context as it is: nothing was left out to make them small.
  expect(stored).toEqual(JSON.parse(JSON.stringify({ context: (actor.getPersistedSnapshot() as unknown as { context: unknown }).context })));
  return { steps, sizes };
}

describe('the draft change per answer', () => {
  it('does not grow with the form: 300 and 3,000 items change as many steps, of about the same size', () => {
    const small = replay(20);
    const large = replay(200);
    const most = (values: number[]) => Math.max(...values);
    expect(most(small.steps)).toBeGreaterThan(0);
    expect(most(large.steps)).toBeLessThanOrEqual(most(small.steps));
    // Item ids are a character or two longer in the larger form; nothing else may be.
    expect(most(large.sizes)).toBeLessThanOrEqual(most(small.sizes) + 16);
    // And no step sets all the answers, or the whole audit: the largest is one answer's audit entry and the page moved on.
    expect(most(large.sizes)).toBeLessThan(400);
  }, 120_000);
});
