import { MemoryDraftStorage, parseDefinition } from '@otforms/core';
import { createAssessmentMachine, runningScoreOf, shownItems } from '@otforms/machines';
import { isDeepStrictEqual } from 'node:util';
import { createActor, type AnyActorLogic } from 'xstate';
import { SavedSnapshots } from '../../packages/elements/src/forms/saved-snapshots.js';
import { DraftKeeper } from '../../packages/elements/src/storage/draft-keeper.js';
import { answerSequence } from '../answer-sequence.js';
import { generateDefinition } from '../generate-definition.js';

/**
 * The cost of one ANSWER event in Node, part by part, replaying every answer
 * of a generated form (`node bench/answer-cost/run.mjs [items per section…]`).
 * What the element does after each answer is done here by hand, without a
 * page: the machine's transition, which questions are shown, the running
 * score, and the draft as the session writes it: handed to a DraftKeeper as a
 * function that makes it when its write starts, with the change from the draft
 * saved before (`SavedSnapshots`), into a store in memory that keeps changes,
 * each write landing before the next answer (so every answer's draft is
 * written: as its change, and whole every 64 answers). Each part is timed
 * on its own; the answers are replayed `ROUNDS` times, and the median round
 * of each part is printed, in ms per answer.
 */

const ROUNDS = 3;

type Part = 'transition' | 'shown' | 'runningScore' | 'draft';
const parts: Part[] = ['transition', 'shown', 'runningScore', 'draft'];

async function replay(perSection: number, showErrors: boolean): Promise<Record<Part, number>> {
  const input = generateDefinition(perSection);
  const definition = parseDefinition(input);
  const sequence = answerSequence(input);
  const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: '2026-01-05T09:00:00Z' } }).start();
  // Errors live from the start (as after a refused Continue), so validation runs on every answer.
  if (showErrors) actor.send({ type: 'CONTINUE' });
  const logic = (actor as unknown as { logic: AnyActorLogic }).logic;
  const store = new MemoryDraftStorage();
  const keeper = new DraftKeeper(() => store, () => 'bench-draft', { failing: () => {}, recovered: () => {}, saved: () => {} });
  const savedSnapshots = new SavedSnapshots();
  savedSnapshots.reset(true);
  let saved: object | null = null;
  const spent: Record<Part, number> = { transition: 0, shown: 0, runningScore: 0, draft: 0 };
  let at = Date.parse('2026-01-05T09:00:00Z');
  let checksum = 0;
  for (const { itemId, input: text, endsSection } of sequence) {
    const event = { type: 'ANSWER' as const, itemId, input: text, at: new Date((at += 1000)).toISOString() };
    let start = performance.now();
    actor.send(event);
    spent.transition += performance.now() - start;
    const { context } = actor.getSnapshot();
    start = performance.now();
    checksum += shownItems(definition, context).size;
    spent.shown += performance.now() - start;
    start = performance.now();
    checksum += runningScoreOf(definition, context)?.sum ?? 0;
    spent.runningScore += performance.now() - start;
    start = performance.now();
    const snapshot = actor.getSnapshot();
    saved = snapshot;
    keeper.save(() => logic.getPersistedSnapshot(snapshot), savedSnapshots.saved(actor, snapshot));
    await keeper.flush();
    spent.draft += performance.now() - start;
    if (endsSection) {
      actor.send({ type: 'CONTINUE' });
      if (showErrors) actor.send({ type: 'CONTINUE' });
    }
  }
  if (actor.getSnapshot().value !== 'review') throw new Error(`answer-cost: the replay ended in ${JSON.stringify(actor.getSnapshot().value)}, not review`);
  if (!Number.isFinite(checksum)) throw new Error('answer-cost: no checksum');
  // The draft read back must be the last one saved (after the last answer): a bench that wrote less than the session would time nothing.
  // The same JSON values, in any key order: keys a change adds come after the others, and a draft's key order means nothing.
  const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  if (saved === null || !isDeepStrictEqual(asJson(store.read('bench-draft')), asJson(logic.getPersistedSnapshot(saved)))) {
    throw new Error("answer-cost: the draft read back is not the last one saved");
  }
  return Object.fromEntries(parts.map((part) => [part, spent[part] / sequence.length])) as Record<Part, number>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const perSection of sizes.length ? sizes : [20, 200]) {
  for (const showErrors of [false, true]) {
    // The first round warms the JIT up too: at 3,000 items a round is a few thousand answers.
    const rounds: Record<Part, number>[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await replay(perSection, showErrors));
    const cells = parts.map((part) => `${part} ${median(rounds.map((round) => round[part])).toFixed(3)}`);
    console.log(`${15 * perSection} items, errors ${showErrors ? 'live' : 'hidden'}: ms per answer: ${cells.join(', ')}`);
  }
}
