import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { enabledItemIds, parseDefinition, scoreInstrument, validateAnswers, type InstrumentDefinition } from '@otforms/core';
import { conditionalDefinition } from '../../../core/src/test-support/conditional-definition.js';
import { catalogue } from '@otforms/instruments';
import { answerSequence } from '../../../../bench/answer-sequence.js';
import { generateDefinition } from '../../../../bench/generate-definition.js';
import { definitionOf } from '../../../core/src/test-support/definition-builders.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { runningScoreOf, shownItemIds, shownItems } from './assessment-selectors.js';
import type { AssessmentContext } from './assessment-types.js';
import { countingVisits } from './work-diagnostics.js';
import { flatAnswers, flatResponses, type HeldAnswers } from './held-answers.js';

/**
 * Issue 15: the work per answer does not grow with the form. The answers of
 * generated 300- and 3,000-item forms (the bench's shape) are replayed
 * through the machine with errors live, and after each one the page's
 * selectors are read as the element reads them; every item whose rules are
 * evaluated (visibility, score, validation) is counted. Counts, not times,
 * so it cannot flake. The known limit is counted too: while any score is
 * not a whole number (or the scores pass 2^53), the running score adds the
 * shown scores up again, so that work grows with the form.
 */

const START = { startedAt: '2026-01-05T09:00:00Z' };

/** The most items visited by any one answer, and the results seen after each answer (to check against full recomputation). */
function replay(perSection: number) {
  const input = generateDefinition(perSection);
  const definition = parseDefinition(input);
  const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
  // As the element reads the page after each answer: the shown items (the view, no copy) and the running score.
  const readPage = () => {
    const { context } = actor.getSnapshot();
    shownItems(definition, context);
    runningScoreOf(definition, context);
  };
  // A refused Continue first: from then on the page's errors are checked on every answer.
  actor.send({ type: 'CONTINUE' });
  readPage();
  const perAnswer: number[] = [];
  const copiedPerAnswer: number[] = [];
  for (const { itemId, input: text, endsSection } of answerSequence(input)) {
    let visits = 0;
    const before = actor.getSnapshot().context.responses.answers;
    countingVisits(
      () => visits++,
      () => {
        actor.send({ type: 'ANSWER', itemId, input: text, at: '2026-01-05T09:30:00Z' });
        readPage();
      },
    );
    perAnswer.push(visits);
    copiedPerAnswer.push(answersCopied(before, actor.getSnapshot().context.responses.answers));
    if (endsSection) actor.send({ type: 'CONTINUE' });
  }
  expect(actor.getSnapshot().value).toBe('review');
  return { definition, actor, perAnswer, copiedPerAnswer };
}

/**
 * How many keys an answer copied to make the new answers from the old: the list of buckets and each bucket
 * that is a new object (held-answers.ts). A plain object of answers would copy every answer held.
 */
function answersCopied(before: HeldAnswers, after: HeldAnswers): number {
  if (before === after) return 0;
  const buckets = after as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  const was = before as typeof buckets;
  return Object.keys(buckets).length + Object.keys(buckets).reduce((sum, name) => sum + (buckets[name] === was[name] ? 0 : Object.keys(buckets[name]!).length), 0);
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
    // The answers are copied a bucket at a time: at most the 64 buckets' list and one bucket of a few dozen,
    // where a plain object would copy up to 3,000 answers. A bucket holds about items ÷ 64 answers, so this
    // grows with the form 64 times more slowly than a whole copy did (core's bucketed-record.ts).
    expect(most(large.copiedPerAnswer)).toBeLessThanOrEqual(64 + 80);
    expect(most(small.copiedPerAnswer)).toBeLessThanOrEqual(64 + 20);
    const { definition, actor } = large;
    const { context } = actor.getSnapshot();
    expect([...shownItems(definition, context)]).toEqual([...enabledItemIds(definition, flatAnswers(context.responses.answers))]);
    expect(shownItemIds(definition, context)).toEqual(enabledItemIds(definition, flatAnswers(context.responses.answers)));
  }, 120_000);

  it('with errors hidden, visits only the changed item and what reads it', () => {
    const input = generateDefinition(200);
    const definition = parseDefinition(input);
    const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
    shownItems(definition, actor.getSnapshot().context);
    const counts: number[] = [];
    for (const { itemId, input: text } of answerSequence(input).slice(0, 400)) {
      let visits = 0;
      countingVisits(
        () => visits++,
        () => {
          actor.send({ type: 'ANSWER', itemId, input: text });
          shownItems(definition, actor.getSnapshot().context);
          runningScoreOf(definition, actor.getSnapshot().context);
        },
      );
      counts.push(visits);
    }
    // A trigger: itself, its follow-up evaluated, the follow-up rescored on showing. Anything else: itself.
    expect(Math.max(...counts)).toBe(3);
    expect(Math.min(...counts)).toBe(1);
  }, 60_000);

  it('the known limit: while a score is not a whole number (or the scores pass 2^53), the running score adds every shown score up again', () => {
    // Floating point sums depend on their order, so these are added up in scoreInstrument's order each time
    // (see ExactSum): the work per answer then grows with the number of scored items shown.
    const visitsForLastAnswer = (items: number) => {
      const ids = Array.from({ length: items }, (_, at) => `n${at}`);
      const definition = parseDefinition(definitionOf(ids.map((id) => ({ id, type: 'decimal', label: `Number ${id}` })), { items: ids }));
      const actor = createActor(createAssessmentMachine(definition), { input: START }).start();
      actor.send({ type: 'ANSWER', itemId: 'n0', input: '0.5' });
      runningScoreOf(definition, actor.getSnapshot().context);
      let visits = 0;
      const score = countingVisits(
        () => visits++,
        () => {
          actor.send({ type: 'ANSWER', itemId: 'n1', input: '2' });
          return runningScoreOf(definition, actor.getSnapshot().context);
        },
      );
      expect(score).toMatchObject({ sum: 2.5, unanswered: items - 2 });
      return visits;
    };
    // The changed item, then each shown scored item summed again.
    expect(visitsForLastAnswer(10)).toBe(1 + 10);
    expect(visitsForLastAnswer(100)).toBe(1 + 100);
  });
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
        expectContextSameAsFull(definition, actor.getSnapshot().context, String(actor.getSnapshot().value));
      }
    }),
    { numRuns: 25 },
  );
}

/** Checks one context's kept-up results against working everything out in full. */
function expectContextSameAsFull(definition: InstrumentDefinition, context: AssessmentContext, state: string) {
  const answers = flatAnswers(context.responses.answers);
  const enabled = enabledItemIds(definition, answers);
  expect([...shownItems(definition, context)]).toEqual([...enabled]);
  expect(shownItemIds(definition, context)).toEqual(enabled);
  const full = scoreInstrument(definition, answers);
  const sum = Object.values(full.itemScores).reduce<number>((total, score) => total + (score ?? 0), 0);
  if (definition.scoring) expect(runningScoreOf(definition, context)).toMatchObject({ sum, unanswered: full.missingItems.length });
  if (context.showErrors && state === 'answering') {
    const page = definition.sections[context.sectionIndex]!.items.map((item) => item.id);
    expect(context.errors).toEqual(validateAnswers(definition, flatResponses(context.responses), page));
  }
}

describe('the machine kept up answer by answer', () => {
  it('gives what working out in full gives with repeating groups, two actors of one machine, and earlier snapshots restored (undo)', () => {
    const definition = parseDefinition(conditionalDefinition);
    const ids = definition.sections.flatMap((section) => section.items.map((item) => item.id));
    const inputs = ['yes', 'no', '0', '1', '9', '12', 'x', '', 'none', 'minor', 'major', 'alone', 'help', 'bathroom', 'kitchen'];
    const event = fc.oneof(
      fc.record({ type: fc.constant('ANSWER' as const), itemId: fc.constantFrom(...ids), input: fc.oneof(fc.constantFrom(...inputs), fc.constant(['bathroom']), fc.constant([])) }),
      fc.record({ type: fc.constant('ADD_ENTRY' as const), itemId: fc.constant('aids') }),
      fc.record({ type: fc.constant('REMOVE_ENTRY' as const), itemId: fc.constant('aids'), index: fc.nat(2) }),
      fc.record({ type: fc.constant('ANSWER_ENTRY' as const), itemId: fc.constant('aids'), index: fc.nat(2), childId: fc.constantFrom('aidName', 'aidUse'), input: fc.constantFrom('3', 'x', '', 'cane') }),
      fc.record({ type: fc.constant('CONTINUE' as const) }),
      fc.record({ type: fc.constant('BACK' as const) }),
      // Restores the snapshot persisted `back` events ago, into a new actor.
      fc.record({ type: fc.constant('UNDO' as const), back: fc.nat(5) }),
      // Sends the next events to the other actor.
      fc.record({ type: fc.constant('SWAP' as const) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const machine = createAssessmentMachine(definition);
        const actors = [createActor(machine, { input: START }).start(), createActor(createAssessmentMachine(definition), { input: START }).start()];
        const history = actors.map((actor) => [actor.getPersistedSnapshot()]);
        let current = 0;
        for (const next of events) {
          if (next.type === 'SWAP') {
            current = 1 - current;
            continue;
          }
          if (next.type === 'UNDO') {
            const earlier = history[current]!;
            actors[current]!.stop();
            actors[current] = createActor(machine, { input: START, snapshot: earlier[Math.max(0, earlier.length - 1 - next.back)] }).start();
          } else actors[current]!.send(next as Parameters<(typeof actors)[number]['send']>[0]);
          history[current]!.push(actors[current]!.getPersistedSnapshot());
          for (const actor of [actors[current]!, actors[1 - current]!]) {
            const snapshot = actor.getSnapshot();
            expectContextSameAsFull(definition, snapshot.context, String(snapshot.value));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(catalogue.map((entry) => [entry.definition.id, parseDefinition(entry.definition)] as const))('gives what working out in full gives, on %s', (_id, definition) =>
    expectSameAsFull(definition),
  );
  it('gives what working out in full gives, on the generated 300-item form', () => expectSameAsFull(parseDefinition(generateDefinition())));
});
