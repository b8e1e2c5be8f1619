import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import type { AnyActorLogic, AnyActorRef } from 'xstate';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { until } from '../test-support/form-element-suite.js';
import { b1Answers, mountAssessment } from './session.test-support.js';

/**
 * A store in memory whose writes of `held` land only when released, counting them, with what landed there and
 * when it was removed (`history`); other keys (the outbox) land at once.
 */
function heldStore(held: string) {
  const memory = new MemoryDraftStorage();
  let waiting: (() => void)[] = [];
  const store = {
    memory,
    writes: 0,
    history: [] as unknown[],
    pending: () => waiting.length,
    read: (key: string) => memory.read(key),
    write(key: string, value: unknown): void | Promise<void> {
      if (key !== held) return memory.write(key, value);
      store.writes += 1;
      return new Promise<void>((resolve) =>
        waiting.push(() => {
          memory.write(key, value);
          store.history.push(memory.read(key));
          resolve();
        }),
      );
    },
    remove(key: string): void {
      if (key === held) store.history.push('removed');
      memory.remove(key);
    },
    release(): void {
      const now = waiting;
      waiting = [];
      now.forEach((land) => land());
    },
  } satisfies DraftStorage & Record<string, unknown>;
  return store;
}

interface SessionView {
  actor: AnyActorRef & { logic: AnyActorLogic };
  flush(): Promise<void>;
  settled(): Promise<void>;
}

const sessionOf = (element: OtAssessment) => (element as unknown as { session: SessionView }).session;

/** Counts the drafts the actor's logic makes (XState's `getPersistedSnapshot`, which walks the whole context). */
function countDrafts(element: OtAssessment): () => number {
  const logic = sessionOf(element).actor.logic;
  const persist = logic.getPersistedSnapshot.bind(logic);
  let made = 0;
  logic.getPersistedSnapshot = (...args: Parameters<typeof persist>) => ((made += 1), persist(...args));
  return () => made;
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the draft of a burst of answers', () => {
  it('is made once per write, not once per answer, and the draft written last is the latest answers', async () => {
    const key = `lazy-draft-${Date.now()}`;
    const storage = heldStore(key);
    const { element, driver } = await mountAssessment({ storageKey: key, storage });
    const made = countDrafts(element);
    const page = Object.entries(b1Answers).slice(0, 6);
    for (const [itemId, code] of page) await driver.choose(itemId, String(code));
    // The first answer's write started at once and is still under way; the other five wait, and only the latest counts.
    expect(storage.writes).to.equal(1);
    storage.release();
    await until(() => storage.writes === 2, 'the latest draft written');
    storage.release();
    await sessionOf(element).flush();
    // One more may be made for the form state, kept 200 ms after the first answer (a slow run passes that mid-burst).
    expect(made(), 'drafts made for six answers').to.be.within(2, 3);
    expect(storage.memory.read(key)).to.deep.equal(json(sessionOf(element).actor.getPersistedSnapshot()));
    expect((storage.memory.read(key) as { context: { responses: { answers: object } } }).context.responses.answers).to.deep.equal(Object.fromEntries(page));
  });

  it('still waiting when the assessment is submitted, never lands as a finished snapshot: the draft goes once the record is in the outbox', async () => {
    const key = `lazy-draft-submit-${Date.now()}`;
    const storage = heldStore(key);
    const { element, driver, outcomes } = await mountAssessment({ storageKey: key, storage });
    await driver.complete(b1Answers);
    expect([outcomes.length, storage.pending()], 'the record is out, a write still under way').to.deep.equal([1, 1]);
    for (let round = 0; round < 50 && storage.pending() > 0; round++) {
      storage.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const session = sessionOf(element);
    await session.flush();
    await session.settled();
    // The removal replaced the drafts waiting behind the write under way: nothing is written after it.
    expect(storage.history.map((entry) => (entry === 'removed' ? entry : (entry as { status: string }).status))).to.deep.equal(['active', 'removed']);
    expect(storage.memory.read(key)).to.equal(null);
  });
  it('finds the form’s button once for a required form, not on every answer', async () => {
    const { element, driver } = await mountAssessment({ storageKey: `lazy-anchor-${Date.now()}`, storage: new MemoryDraftStorage() });
    element.required = true;
    await element.updateComplete;
    const root = element.renderRoot as ParentNode;
    const find = root.querySelector.bind(root);
    let searches = 0;
    root.querySelector = ((selector: string) => (selector === '[part="button"]' && (searches += 1), find(selector))) as typeof root.querySelector;
    for (const [itemId, code] of Object.entries(b1Answers).slice(0, 6)) await driver.choose(itemId, String(code));
    await sessionOf(element).flush();
    expect(searches, 'searches for the button over six answers').to.be.at.most(1);
  });
});
