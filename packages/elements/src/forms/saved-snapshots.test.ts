import { expect } from '@open-wc/testing';
import { applyDraftChange, parseDefinition, type DraftChange, type InstrumentDefinitionInput } from '@otforms/core';
import { createAssessmentMachine, type AssessmentEvent } from '@otforms/machines';
import { createActor } from 'xstate';
import { SavedSnapshots } from './saved-snapshots.js';

/** More questions than draftChange compares one by one, so answers and audit are followed as noted copies. */
const QUESTIONS = 40;
const definition = parseDefinition({
  id: 'saved-snapshots',
  version: '1',
  title: 'Saved snapshots',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'one',
      title: 'One',
      items: [
        {
          id: 'choice',
          type: 'single-choice',
          label: 'Choice',
          allowNotAssessed: true,
          options: [
            { code: 'low', label: 'Low', score: 0 },
            { code: 'high', label: 'High', score: 1 },
          ],
        },
        ...Array.from({ length: QUESTIONS }, (_, at) => ({ id: `q${at}`, type: 'integer' as const, label: `Question ${at}`, required: false, min: 0, max: 9 })),
        { id: 'note', type: 'text', label: 'Note', required: false, enableWhen: [{ item: 'choice', operator: 'equals', value: 'high' }] },
        {
          id: 'visits',
          type: 'group',
          label: 'Visits',
          entryLabel: 'Visit',
          required: false,
          items: [{ id: 'who', type: 'text', label: 'Who visits' }],
        },
      ],
    },
    { id: 'two', title: 'Two', items: [{ id: 'count', type: 'integer', label: 'Count', min: 0, max: 10 }] },
  ],
} satisfies InstrumentDefinitionInput);

const at = '2026-11-22T09:30:00.000Z';
const events: AssessmentEvent[] = [
  { type: 'ANSWER', itemId: 'choice', input: 'low', at },
  { type: 'ANSWER', itemId: 'choice', input: 'high', at },
  { type: 'NOT_ASSESSED', itemId: 'choice', at },
  ...[0, 1, 17, 39].flatMap((q) => ['3', '12', 'x', ''].map((input) => ({ type: 'ANSWER' as const, itemId: `q${q}`, input, at }))),
  { type: 'ANSWER', itemId: 'note', input: 'Uses a frame', at },
  { type: 'ADD_ENTRY', itemId: 'visits' },
  { type: 'ANSWER_ENTRY', itemId: 'visits', index: 0, childId: 'who', input: 'Carer', at },
  { type: 'REMOVE_ENTRY', itemId: 'visits', index: 0 },
  { type: 'ANSWER', itemId: 'count', input: '3', at },
  { type: 'CONTINUE' },
  { type: 'BACK' },
  { type: 'EDIT', itemId: 'choice' },
];

/** A small seeded generator, so that a failure can be run again as it was. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('SavedSnapshots', () => {
  for (const auditHistory of [false, true]) {
    it(`gives changes that turn each saved draft into the next, over random walks with snapshots left unsaved (audit history ${auditHistory ? 'on' : 'off'})`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const next = random(seed);
        const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: at, auditHistory } }).start();
        const saved = new SavedSnapshots();
        saved.reset(true);
        expect(saved.saved(actor, actor.getSnapshot())).to.equal(null);
        let stored = json(actor.getPersistedSnapshot());
        for (let step = 0; step < 60; step++) {
          const event = events[Math.floor(next() * events.length)]!;
          actor.send(event);
          // Some snapshots are not saved (shown while the form starts, say): the next change spans them.
          if (next() < 0.3) continue;
          const change = saved.saved(actor, actor.getSnapshot());
          expect(change, `seed ${seed}, step ${step}`).not.to.equal(null);
          stored = applyDraftChange(stored, json(change) as DraftChange);
          expect(stored, `seed ${seed}, step ${step}: ${JSON.stringify(event)}`).to.deep.equal(json(actor.getPersistedSnapshot()));
          // An answer never sets every answer, or the whole audit, again: only what changed since the save before.
          const whole = (change ?? []).filter((taken) => ['answers', 'audit'].includes(taken.path[taken.path.length - 1]!));
          if (event.type === 'ANSWER' || event.type === 'NOT_ASSESSED') expect(whole, JSON.stringify(event)).to.deep.equal([]);
        }
        actor.stop();
      }
    });
  }

  it('gives null (save it whole) after a reset, for another actor, and when drafts are not saved as changes', () => {
    const saved = new SavedSnapshots();
    const one = createActor(createAssessmentMachine(definition), { input: { startedAt: at } }).start();
    const two = createActor(createAssessmentMachine(definition), { input: { startedAt: at } }).start();
    saved.reset(true);
    saved.saved(one, one.getSnapshot());
    one.send(events[0]!);
    expect(saved.saved(one, one.getSnapshot())).to.deep.equal([
      { path: ['context', 'responses', 'answers', 'choice'], to: 'low' },
      { path: ['context', 'errors'], to: [] },
      { path: ['context', 'audit', 'choice'], to: { firstAt: at, lastAt: at } },
    ]);
    expect(saved.saved(two, two.getSnapshot())).to.equal(null);
    saved.reset(true);
    expect(saved.saved(two, two.getSnapshot())).to.equal(null);
    saved.reset(false);
    saved.saved(two, two.getSnapshot());
    two.send(events[0]!);
    expect(saved.saved(two, two.getSnapshot())).to.equal(null);
  });
});
