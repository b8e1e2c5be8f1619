import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { enabledItemIds, parseDefinition, scoreInstrument, validateAnswers, type InstrumentDefinition } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import { answerSequence } from '../../../../bench/answer-sequence.js';
import { generateDefinition } from '../../../../bench/generate-definition.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { runningScoreOf, shownItemIds } from './assessment-selectors.js';

/**
 * Issue 15: the work per answer does not grow with the form. The answers of
 * generated 300- and 3,000-item forms (the bench's shape) are replayed
 * through the machine with errors live, and after each one the page's
 * selectors are read as the element reads them; every item whose rules are
 * evaluated (visibility, score, validation) is counted. Counts, not times,
 * so it cannot flake.
 */

const START = { startedAt: '2026-01-05T09:00:00Z' };

/** The most items visited by any one answer, and the results seen after each answer (to check against full recomputation). */
function replay(perSection: number) {
  const input = generateDefinition(perSection);
  const definition = parseDefinition(input);
  let visits = 0;
  const visit = () => visits++;
  const actor = createActor(createAssessmentMachine(definition, { visit }), { input: START }).start();
  // A refused Continue first: from then on the page's errors are checked on every answer.
  actor.send({ type: 'CONTINUE' });
  shownItemIds(definition, actor.getSnapshot().context, visit);
  runningScoreOf(definition, actor.getSnapshot().context, visit);
  const perAnswer: number[] = [];
  for (const { itemId, input: text, endsSection } of answerSequence(input)) {
    visits = 0;
    actor.send({ type: 'ANSWER', itemId, input: text, at: '2026-01-05T09:30:00Z' });
    const { context } = actor.getSnapshot();
    shownItemIds(definition, context, visit);
    runningScoreOf(definition, context, visit);
    perAnswer.push(visits);
    if (endsSection) actor.send({ type: 'CONTINUE' });
  }
  expect(actor.getSnapshot().value).toBe('review');
  return { definition, actor, perAnswer };
}

describe('work per answer', () => {
  it('does not grow with the form: 300 and 3,000 items visit as many items per answer', () => {
    const small = replay(20);
    const large = replay(200);
    expect(small.perAnswer).toHaveLength(300);
    expect(large.perAnswer).toHaveLength(3000);
    const most = (counts: number[]) => Math.max(...counts);
    // The changed item, its follow-up and its page of 20 (the page of 200 in the large form is checked too: errors are live).
    expect(most(small.perAnswer)).toBeGreaterThan(0);
    expect(most(large.perAnswer) - 200).toBeLessThanOrEqual(most(small.perAnswer) - 20);
    // Without the page's errors (the page size is the form's choice, not the answer's), a handful of items at most.
    expect(most(large.perAnswer) - 200).toBeLessThanOrEqual(5);
    const { definition, actor } = large;
    const { context } = actor.getSnapshot();
    expect([...shownItemIds(definition, context)]).toEqual([...enabledItemIds(definition, context.responses.answers)]);
  }, 120_000);

  it('with errors hidden, visits only the changed item and what reads it', () => {
    const input = generateDefinition(200);
    const definition = parseDefinition(input);
    let visits = 0;
    const visit = () => visits++;
    const actor = createActor(createAssessmentMachine(definition, { visit }), { input: START }).start();
    shownItemIds(definition, actor.getSnapshot().context, visit);
    const counts: number[] = [];
    for (const { itemId, input: text } of answerSequence(input).slice(0, 400)) {
      visits = 0;
      actor.send({ type: 'ANSWER', itemId, input: text });
      shownItemIds(definition, actor.getSnapshot().context, visit);
      runningScoreOf(definition, actor.getSnapshot().context, visit);
      counts.push(visits);
    }
    // A trigger: itself, its follow-up evaluated, the follow-up rescored on showing. Anything else: itself.
    expect(Math.max(...counts)).toBe(3);
    expect(Math.min(...counts)).toBe(1);
  }, 60_000);
});

/** Random events on a definition, checked after each against working everything out in full. */
function expectSameAsFull(definition: InstrumentDefinition) {
  const ids = definition.sections.flatMap((section) => section.items.map((item) => item.id));
  const inputs = definition.sections.flatMap((section) =>
    section.items.flatMap((item) => ('options' in item && Array.isArray(item.options) ? item.options.map((option) => option.code) : ['0', '3', '12', 'yes', 'no', 'x', ''])),
  );
  const event = fc.oneof(
    fc.record({ type: fc.constant('ANSWER' as const), itemId: fc.constantFrom(...ids), input: fc.constantFrom(...inputs) }),
    fc.record({ type: fc.constant('NOT_ASSESSED' as const), itemId: fc.constantFrom(...ids) }),
    fc.record({ type: fc.constant('CONTINUE' as const) }),
    fc.record({ type: fc.constant('BACK' as const) }),
  );
  fc.assert(
    fc.property(fc.array(event, { maxLength: 40 }), (events) => {
      const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
      for (const next of events) {
        actor.send(next);
        const { context } = actor.getSnapshot();
        const { answers } = context.responses;
        expect(new Set(shownItemIds(definition, context))).toEqual(enabledItemIds(definition, answers));
        const full = scoreInstrument(definition, answers);
        const sum = Object.values(full.itemScores).reduce<number>((total, score) => total + (score ?? 0), 0);
        if (definition.scoring) expect(runningScoreOf(definition, context)).toMatchObject({ sum, unanswered: full.missingItems.length });
        if (context.showErrors && actor.getSnapshot().value === 'answering') {
          const page = definition.sections[context.sectionIndex]!.items.map((item) => item.id);
          expect(context.errors).toEqual(validateAnswers(definition, context.responses, page));
        }
      }
    }),
    { numRuns: 25 },
  );
}

describe('the machine kept up answer by answer', () => {
  it.each(catalogue.map((entry) => [entry.definition.id, parseDefinition(entry.definition)] as const))('gives what working out in full gives, on %s', (_id, definition) =>
    expectSameAsFull(definition),
  );
  it('gives what working out in full gives, on the generated 300-item form', () => expectSameAsFull(parseDefinition(generateDefinition())));
});
