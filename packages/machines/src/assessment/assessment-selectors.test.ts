import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { enabledItemIds, parseDefinition, scoreInstrument } from '@otforms/core';
import { definitionOf } from '../../../core/src/test-support/definition-builders.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';
import { createAssessmentMachine } from './assessment-machine.js';
import { describeAnswer, describeQuestionAnswer, formatDate, progressOf, runningScoreOf, shownItemIds, shownItems } from './assessment-selectors.js';
import { flatAnswers } from './held-answers.js';

const definition = parseDefinition(sampleDefinition);
const items = new Map(definition.sections.flatMap((section) => section.items.map((item) => [item.id, item])));

function contextAfter(...events: Parameters<ReturnType<typeof createActor<ReturnType<typeof createAssessmentMachine>>>['send']>[0][]) {
  const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot().context;
}

describe('assessment selectors', () => {
  it('sums the answered items so far, with the most possible and what is left', () => {
    expect(runningScoreOf(definition, contextAfter())).toEqual({ sum: 0, max: 4, unanswered: 2 });
    expect(runningScoreOf(definition, contextAfter({ type: 'ANSWER', itemId: 'walk', input: 'with-help' }))).toEqual({ sum: 1, max: 4, unanswered: 1 });
  });

  it('keeps the running score exact after a long number is typed one digit at a time and deleted back', () => {
    const steps = parseDefinition(
      definitionOf(
        [
          { id: 'steps', type: 'integer', label: 'Steps walked today', min: 0 },
          { id: 'falls', type: 'integer', label: 'Falls', min: 0, max: 10 },
        ],
        { items: ['steps', 'falls'] },
      ),
    );
    const actor = createActor(createAssessmentMachine(steps), { input: { startedAt: '2026-01-05T09:00:00Z' } }).start();
    actor.send({ type: 'ANSWER', itemId: 'falls', input: '3' });
    const typed = '1234567890123456789';
    // Read after every keystroke, as the page reads it: each sum is brought forward from the one before.
    const typing = [...Array.from({ length: typed.length }, (_, at) => at + 1), ...Array.from({ length: typed.length - 4 }, (_, at) => typed.length - 1 - at)];
    for (const length of typing) {
      actor.send({ type: 'ANSWER', itemId: 'steps', input: typed.slice(0, length) });
      const { context } = actor.getSnapshot();
      const full = scoreInstrument(steps, flatAnswers(context.responses.answers));
      expect(runningScoreOf(steps, context)?.sum).toBe(Object.values(full.itemScores).reduce<number>((total, score) => total + (score ?? 0), 0));
    }
    const { context } = actor.getSnapshot();
    expect(flatAnswers(context.responses.answers)).toEqual({ falls: 3, steps: 1234 });
    expect(runningScoreOf(steps, context)).toEqual({ sum: 1237, max: null, unanswered: 0 });
  });

  it('gives the shown ids as a Set of the caller’s own, as before issue 15: a copy it may change', () => {
    const context = contextAfter({ type: 'ANSWER', itemId: 'walk', input: 'alone' });
    const shown = shownItemIds(definition, context);
    expect(shown).toBeInstanceOf(Set);
    expect(shown).toEqual(enabledItemIds(definition, flatAnswers(context.responses.answers)));
    shown.add('added by the host');
    shown.delete('walk');
    expect(shownItemIds(definition, context)).toEqual(enabledItemIds(definition, flatAnswers(context.responses.answers)));
    expect(shownItemIds(definition, context)).not.toBe(shownItemIds(definition, context));
  });

  it('gives the same ids as a read-only view that copies nothing (shownItems)', () => {
    const context = contextAfter({ type: 'ANSWER', itemId: 'walk', input: 'alone' });
    const view = shownItems(definition, context);
    expect(shownItems(definition, context)).toBe(view);
    expect([...view]).toEqual([...enabledItemIds(definition, flatAnswers(context.responses.answers))]);
    expect(view.has('walk')).toBe(true);
    expect(view.size).toBe(enabledItemIds(definition, flatAnswers(context.responses.answers)).size);
  });

  it('describes answers as "Check your answers" shows them', () => {
    const context = contextAfter(
      { type: 'ANSWER', itemId: 'walk', input: 'alone' },
      { type: 'NOT_ASSESSED', itemId: 'stairs' },
      { type: 'ANSWER', itemId: 'time', input: '9.5' },
      { type: 'ANSWER', itemId: 'visits', input: 'many' },
      { type: 'ANSWER', itemId: 'seenOn', input: '2026-03-04' },
    );
    expect(describeAnswer(items.get('walk')!, context)).toBe('Alone');
    expect(describeAnswer(items.get('stairs')!, context)).toBe('Not assessed');
    expect(describeAnswer(items.get('time')!, context)).toBe('9.5 seconds');
    expect(describeAnswer(items.get('visits')!, context)).toBe('many');
    expect(describeAnswer(items.get('seenOn')!, context)).toBe('4 March 2026');
    expect(describeAnswer(items.get('notes')!, context)).toBe('Not answered');
  });

  it('gives a measurement its unit and counts photos rather than naming their ids', () => {
    expect(describeQuestionAnswer({ id: 'step', type: 'measurement', label: 'Step height', unit: 'mm', required: true, enableBehavior: 'all', decimalPlaces: 0 }, 180)).toBe('180 mm');
    const photo = { id: 'entrance', type: 'photo', label: 'Entrance', required: false, enableBehavior: 'all', maxPhotos: 3 } as const;
    expect(describeQuestionAnswer(photo, ['a1'])).toBe('1 photo');
    expect(describeQuestionAnswer(photo, ['a1', 'a2'])).toBe('2 photos');
    expect(describeQuestionAnswer(photo, [])).toBe('Not answered');
  });

  it('counts sections from 1 and formats dates the GOV.UK way', () => {
    expect(progressOf(definition, contextAfter())).toEqual({ current: 1, total: 2 });
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
