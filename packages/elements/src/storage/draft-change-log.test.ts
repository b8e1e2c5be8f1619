import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, UnreadableDraftError, parseDefinition, type DraftStorage } from '@otforms/core';
import { changedKeyOf, createAssessmentMachine } from '@otforms/machines';
import { createActor, type AnyActorLogic } from 'xstate';
import { answerSequence } from '../../../../bench/answer-sequence.js';
import { generateDefinition } from '../../../../bench/generate-definition.js';
import { DraftChangeLog } from './draft-change-log.js';
import { snapshotChanges } from './draft-changes.js';
import { DraftKeeper } from './draft-keeper.js';
import { EncryptedDraftStorage } from './encrypted-draft-storage.js';
import { LocalStorageDraftStorage } from './local-storage-draft-storage.js';

/*
 * DOM-free: the draft of an assessment machine, saved the way FormSession saves it (the steps from the snapshot
 * saved before, and the whole draft made only when asked), through DraftKeeper into a DraftChangeLog.
 */

const KEY = 'change-log-draft';

/** A store in memory that counts what is written: keys and JSON bytes, one entry per write. */
function countingStore(): DraftStorage & { memory: MemoryDraftStorage; writes: { key: string; bytes: number }[]; keys(): string[] } {
  const memory = new MemoryDraftStorage();
  const keys = new Set<string>();
  const store = {
    memory,
    writes: [] as { key: string; bytes: number }[],
    keys: () => [...keys].filter((key) => memory.read(key) !== null),
    read: (key: string) => memory.read(key),
    write(key: string, value: unknown) {
      keys.add(key);
      store.writes.push({ key, bytes: JSON.stringify(value).length });
      memory.write(key, value);
    },
    remove: (key: string) => memory.remove(key),
  };
  return store;
}

/** The same store seen anew, as after a reload: a log over it knows nothing of what an earlier one wrote. */
const reloaded = (store: DraftStorage): DraftStorage => ({ read: (key) => store.read(key), write: (key, value) => store.write(key, value), remove: (key) => store.remove(key) });

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An assessment of the bench's generated form (15 × `perSection` items), saved to `storage` after every event as a form saves it. */
function savedAssessment(perSection: number, storage: DraftStorage) {
  const input = generateDefinition(perSection);
  const definition = parseDefinition(input);
  const actor = createActor(createAssessmentMachine(definition), { input: { startedAt: '2026-01-05T09:00:00Z', auditHistory: true } }).start();
  const logic = (actor as unknown as { logic: AnyActorLogic }).logic;
  const keeper = new DraftKeeper(() => storage, () => KEY, { failing: () => undefined, recovered: () => undefined, saved: () => undefined });
  let saved: unknown = null;
  let at = Date.parse('2026-01-05T09:00:00Z');
  const send = (event: Parameters<typeof actor.send>[0]) => {
    actor.send(event);
    const snapshot = actor.getSnapshot();
    const steps = saved === null ? null : snapshotChanges(saved, snapshot, changedKeyOf);
    saved = snapshot;
    keeper.save(() => logic.getPersistedSnapshot(snapshot), steps);
  };
  const time = () => new Date((at += 1000)).toISOString();
  const draft = () => JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
  return { input, actor, keeper, send, time, draft, sequence: answerSequence(input) };
}

describe('DraftChangeLog', () => {
  it('reads back exactly the draft the machine has, after random answers, typing, "Not assessed", Continue and Back, however the writes fell', async () => {
    const store = countingStore();
    const log = new DraftChangeLog(store, { compactEvery: 7 });
    const form = savedAssessment(20, log);
    const next = random(15);
    const items = form.sequence;
    for (let round = 0; round < 240; round++) {
      const { itemId, input } = items[Math.floor(next() * items.length)]!;
      const roll = next();
      if (roll < 0.1) form.send({ type: 'NOT_ASSESSED', itemId, at: form.time() });
      else if (roll < 0.2) for (const typed of ['1', '12', '12x', '']) form.send({ type: 'ANSWER', itemId, input: typed, at: form.time() });
      else if (roll < 0.27) form.send({ type: 'CONTINUE' });
      else if (roll < 0.3) form.send({ type: 'BACK' });
      else form.send({ type: 'ANSWER', itemId, input, at: form.time() });
      // Sometimes every write lands, sometimes several wait and are merged.
      if (next() < 0.5) await form.keeper.flush();
      if (round % 40 === 39) {
        await form.keeper.flush();
        expect(await new DraftChangeLog(reloaded(store)).read(KEY), `after round ${round}`).to.deep.equal(form.draft());
      }
    }
    await form.keeper.flush();
    expect(await new DraftChangeLog(reloaded(store)).read(KEY)).to.deep.equal(form.draft());
    expect(store.writes.filter((write) => write.key.includes('#')).length, 'changes were written').to.be.greaterThan(100);
  });

  it('a crash between a change and the compaction after it, or half way through removing old changes, loses nothing', async () => {
    const store = countingStore();
    const form = savedAssessment(20, new DraftChangeLog(store, { compactEvery: 3 }));
    for (const { itemId, input } of form.sequence.slice(0, 5)) {
      form.send({ type: 'ANSWER', itemId, input, at: form.time() });
      await form.keeper.flush();
    }
    // The page is gone after a change landed and before the next: the base and its changes are the draft.
    expect(await new DraftChangeLog(reloaded(store)).read(KEY)).to.deep.equal(form.draft());

    // Reloaded, the store's removals fail from now on: the next compaction's base lands, the old changes stay.
    let removals = false;
    const failingRemovals: DraftStorage = { ...reloaded(store), remove: (key) => (removals ? store.remove(key) : Promise.reject(new Error('closed'))) };
    const after = savedAssessment(20, new DraftChangeLog(failingRemovals, { compactEvery: 3 }));
    const [resumed] = [await new DraftChangeLog(failingRemovals, { compactEvery: 3 }).read(KEY)];
    expect(resumed).to.deep.equal(form.draft());
    for (const { itemId, input } of after.sequence.slice(0, 9)) {
      after.send({ type: 'ANSWER', itemId, input, at: after.time() });
      await after.keeper.flush();
    }
    const staleBefore = store.keys().filter((key) => key.includes('#')).length;
    expect(staleBefore, 'the changes of bases before, left by the failed removals').to.be.greaterThan(3);
    expect(await new DraftChangeLog(reloaded(store)).read(KEY)).to.deep.equal(after.draft());
    // Removals work again: the stale changes named in the base go with the next compaction.
    removals = true;
    for (const { itemId, input } of after.sequence.slice(9, 13)) {
      after.send({ type: 'ANSWER', itemId, input, at: after.time() });
      await after.keeper.flush();
    }
    expect(await new DraftChangeLog(reloaded(store)).read(KEY)).to.deep.equal(after.draft());
    const epochs = new Set(store.keys().flatMap((key) => (key.includes('#') ? [key.split('#')[1]!.split('.')[0]] : [])));
    expect(epochs.size, "only the current base's changes are left").to.equal(1);
  });

  it('a change that cannot be read makes the draft unreadable with the base and every change as stored, and the removal takes them all', async () => {
    localStorage.clear();
    const log = new DraftChangeLog(new LocalStorageDraftStorage(), { compactEvery: 50 });
    const form = savedAssessment(20, log);
    for (const { itemId, input } of form.sequence.slice(0, 4)) {
      form.send({ type: 'ANSWER', itemId, input, at: form.time() });
      await form.keeper.flush();
    }
    // localStorage: the draft is a base and changes, each a key of its own, and reads back as the machine's draft.
    const changeKeys = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}#`)).sort();
    expect(changeKeys.length).to.be.greaterThan(1);
    expect(await new DraftChangeLog(new LocalStorageDraftStorage()).read(KEY)).to.deep.equal(form.draft());
    localStorage.setItem(changeKeys[0]!, '{"otformsDraftChange":1,"epo');
    const reader = new DraftChangeLog(new LocalStorageDraftStorage());
    const error = await Promise.resolve(reader.read(KEY)).then(() => null, (thrown: unknown) => thrown);
    expect(error).to.be.instanceOf(UnreadableDraftError);
    const stored = (error as UnreadableDraftError).stored as { base: { otformsDraftLog: number }; changes: unknown[] };
    expect([stored.base.otformsDraftLog, stored.changes.length, stored.changes.includes('{"otformsDraftChange":1,"epo')]).to.deep.equal([1, changeKeys.length, true]);
    await reader.remove(KEY);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(KEY))).to.deep.equal([]);
  });

  it('over an encrypted store: each change is encrypted on its own, bound to its key, and the draft reads back', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const store = countingStore();
    const form = savedAssessment(20, new DraftChangeLog(new EncryptedDraftStorage(store, key)));
    for (const { itemId, input } of form.sequence.slice(0, 12)) {
      form.send({ type: 'ANSWER', itemId, input, at: form.time() });
      await form.keeper.flush();
    }
    expect(store.keys().length).to.be.greaterThan(2);
    for (const stored of store.keys().map((name) => store.memory.read(name))) expect(Object.keys(stored as object).sort()).to.deep.equal(['data', 'iv', 'otformsEncrypted']);
    expect(await new DraftChangeLog(new EncryptedDraftStorage(reloaded(store), key)).read(KEY)).to.deep.equal(form.draft());
    // A change moved to another change's key does not decrypt there: the draft cannot be read, and is kept whole.
    const changes = store.keys().filter((name) => name.includes('#')).sort();
    store.memory.write(changes[0]!, store.memory.read(changes[1]!));
    const error = await Promise.resolve(new DraftChangeLog(new EncryptedDraftStorage(reloaded(store), key)).read(KEY)).then(() => null, (thrown: unknown) => thrown);
    expect((error as UnreadableDraftError).reason).to.equal('cannot-decrypt');
  });

  it('a store without changes (no writeChange) is given the whole draft every time, under its key alone', async () => {
    const store = countingStore();
    const form = savedAssessment(20, store);
    for (const { itemId, input } of form.sequence.slice(0, 6)) {
      form.send({ type: 'ANSWER', itemId, input, at: form.time() });
      await form.keeper.flush();
    }
    expect([store.keys(), new Set(store.writes.map((write) => write.key)).size]).to.deep.equal([[KEY], 1]);
    expect(store.memory.read(KEY)).to.deep.equal(form.draft());
  });

  it('a draft saved whole, by an earlier version, still reads as it is; a log of a later version is unreadable, not guessed at', async () => {
    const store = countingStore();
    store.write(KEY, { status: 'active', value: 'answering', context: {} });
    expect(await new DraftChangeLog(store).read(KEY)).to.deep.equal({ status: 'active', value: 'answering', context: {} });
    store.write(KEY, { otformsDraftLog: 2, epoch: 'a', draft: {} });
    const error = await Promise.resolve(new DraftChangeLog(reloaded(store)).read(KEY)).then(() => null, (thrown: unknown) => thrown);
    expect((error as UnreadableDraftError).reason).to.equal('malformed');
  });

  it('writes per answer what the answer changed, not the form: the same keys and about the same bytes at 300 and 3,000 items', async function () {
    // 3,300 answers through the machine, each written on its own.
    this.timeout(240_000);
    const perAnswer = async (perSection: number) => {
      const store = countingStore();
      const form = savedAssessment(perSection, new DraftChangeLog(store));
      const changes: number[] = [];
      let wholes = 0;
      for (const { itemId, input, endsSection } of form.sequence) {
        const before = store.writes.length;
        form.send({ type: 'ANSWER', itemId, input, at: form.time() });
        await form.keeper.flush();
        const written = store.writes.slice(before);
        expect(written.length, 'one write per answer').to.equal(1);
        if (written[0]!.key === KEY) wholes += 1;
        else changes.push(written[0]!.bytes);
        if (endsSection) form.send({ type: 'CONTINUE' });
      }
      await form.keeper.flush();
      expect(await new DraftChangeLog(reloaded(store)).read(KEY)).to.deep.equal(form.draft());
      const whole = JSON.stringify(form.actor.getPersistedSnapshot()).length;
      return { answers: form.sequence.length, wholes, most: Math.max(...changes), whole };
    };
    const small = await perAnswer(20);
    const large = await perAnswer(200);
    expect([small.answers, large.answers]).to.deep.equal([300, 3000]);
    // The whole draft grows tenfold; a change does not (a longer item id is a few bytes more).
    expect(large.whole).to.be.greaterThan(8 * small.whole);
    expect(large.most, `${large.most} bytes at 3,000 items, ${small.most} at 300`).to.be.at.most(small.most + 64);
    // Whole drafts: the first (no base yet) and one every 64 changes.
    expect(small.wholes).to.be.at.most(Math.ceil(300 / 64) + 1);
    expect(large.wholes).to.be.at.most(Math.ceil(3000 / 64) + 1);
  });
});
