import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftChange, type DraftStorage } from '@otforms/core';
import { switchDraftStore } from '../forms/session-store-switch.js';
import { DraftKeeper } from './draft-keeper.js';

const callbacks = { failing: () => undefined, recovered: () => undefined, saved: () => undefined };

/** A store that keeps changes (MemoryDraftStorage underneath), logging each call, that can fail or refuse changes. */
function changeStore() {
  const memory = new MemoryDraftStorage();
  const store = {
    memory,
    log: [] as string[],
    failing: false,
    /** As when another tab wrote the draft since: the store refuses the change. */
    refusing: false,
    read: (key: string): unknown => memory.read(key),
    write(key: string, value: unknown): void {
      store.log.push('write');
      if (store.failing) throw new Error('disk full');
      memory.write(key, value);
    },
    writeChange(key: string, change: DraftChange): boolean {
      store.log.push('change');
      if (store.failing) throw new Error('disk full');
      return !store.refusing && memory.writeChange(key, change);
    },
    remove(key: string): void {
      store.log.push('remove');
      memory.remove(key);
    },
  } satisfies DraftStorage & Record<string, unknown>;
  return store;
}

function keeper(storage: () => DraftStorage) {
  return new DraftKeeper(storage, () => 'draft', callbacks, { retryDelays: [60_000] });
}

/** Saves answer `n` as a draft, with the change from the draft with answer `n - 1`. */
const answer = (n: number) => [{ answers: { [`q${n}`]: n }, n }, [{ path: ['answers', `q${n}`], to: n }, { path: ['n'], to: n }]] as const;

/** A draft holding answers 1 to n. */
const upTo = (n: number) => ({ answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i + 1}`, i + 1])), n });

function saveAnswer(drafts: DraftKeeper, n: number): void {
  const [, change] = answer(n);
  drafts.save(upTo(n), change);
}

describe('DraftKeeper with a store that keeps changes', () => {
  it('writes the first draft whole, then each next one as its change, and the store reads back the latest', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    for (const n of [1, 2, 3]) {
      saveAnswer(drafts, n);
      await drafts.flush();
    }
    expect(store.log).to.deep.equal(['write', 'change', 'change']);
    expect(store.memory.read('draft')).to.deep.equal(upTo(3));
  });

  it('writes whole a draft saved without its change', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    drafts.save(upTo(2));
    await drafts.flush();
    expect(store.log).to.deep.equal(['write', 'write']);
  });

  it('writes whole when the store refuses the change (another tab wrote it), then changes again', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    await drafts.flush();
    store.refusing = true;
    saveAnswer(drafts, 2);
    await drafts.flush();
    store.refusing = false;
    saveAnswer(drafts, 3);
    await drafts.flush();
    expect(store.log).to.deep.equal(['write', 'change', 'write', 'change']);
    expect(store.memory.read('draft')).to.deep.equal(upTo(3));
  });

  it('after a failed write, writes the next draft whole: what is stored is no longer known', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    await drafts.flush();
    store.failing = true;
    saveAnswer(drafts, 2);
    await drafts.flush();
    store.failing = false;
    saveAnswer(drafts, 3);
    await drafts.flush();
    expect(store.log).to.deep.equal(['write', 'change', 'write']);
    expect(store.memory.read('draft')).to.deep.equal(upTo(3));
  });

  for (const [what, giveUp] of [
    ['another tab took the draft (dropWaiting)', (drafts: DraftKeeper) => drafts.dropWaiting()],
    ['a new start read the draft again (clearBlocks)', (drafts: DraftKeeper) => drafts.clearBlocks()],
    ['the key was held back and let through', (drafts: DraftKeeper) => (drafts.holdBack(), drafts.letThrough())],
  ] as const) {
    it(`writes the next draft whole once ${what}`, async () => {
      const store = changeStore();
      const drafts = keeper(() => store);
      saveAnswer(drafts, 1);
      await drafts.flush();
      giveUp(drafts);
      saveAnswer(drafts, 2);
      await drafts.flush();
      expect(store.log).to.deep.equal(['write', 'write']);
    });
  }

  it('settles a draft stored with changes by writing it whole (before a hand-over), and does nothing to one stored whole', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    await drafts.flush();
    drafts.settle(upTo(1));
    await drafts.flush();
    expect(store.log, 'whole already').to.deep.equal(['write']);
    saveAnswer(drafts, 2);
    await drafts.flush();
    drafts.settle(() => upTo(2));
    await drafts.flush();
    expect(store.log).to.deep.equal(['write', 'change', 'write']);
    expect(store.memory.read('draft')).to.deep.equal(upTo(2));
    // A change saved and settled before it is written: written whole, once.
    saveAnswer(drafts, 3);
    drafts.settle(upTo(3));
    await drafts.flush();
    expect(store.log).to.deep.equal(['write', 'change', 'write', 'change', 'write']);
    saveAnswer(drafts, 4);
    await drafts.flush();
    drafts.settle(upTo(4));
    drafts.settle(upTo(4));
    await drafts.flush();
    expect(store.log.slice(5)).to.deep.equal(['change', 'write']);
  });

  it('settles nothing once the draft was given up to another tab, or read again by a new start, until a change is saved again', async () => {
    for (const letGo of [(drafts: DraftKeeper) => drafts.dropWaiting(), (drafts: DraftKeeper) => drafts.clearBlocks()]) {
      const store = changeStore();
      const drafts = keeper(() => store);
      saveAnswer(drafts, 1);
      saveAnswer(drafts, 2);
      await drafts.flush();
      letGo(drafts);
      drafts.settle(upTo(2));
      await drafts.flush();
      expect(store.log, 'nothing settled').to.deep.equal(['write', 'change']);
    }
  });

  it('never settles over a removal asked for, nor a key held back', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    saveAnswer(drafts, 2);
    await drafts.flush();
    drafts.remove();
    drafts.settle(upTo(2));
    await drafts.flush();
    expect(store.memory.read('draft'), 'a finished form’s draft stays removed').to.equal(null);

    const held = changeStore();
    const blocked = keeper(() => held);
    saveAnswer(blocked, 1);
    await blocked.flush();
    saveAnswer(blocked, 2);
    await blocked.flush();
    blocked.holdBack();
    blocked.settle(upTo(2));
    // Let through to be removed (kept aside elsewhere): a whole write settled meanwhile would be written instead.
    blocked.letThrough(true);
    await blocked.flush();
    expect(held.log).to.deep.equal(['write', 'change', 'remove']);
    expect(held.memory.read('draft')).to.equal(null);
  });

  it('writes whole again after 64 changes, so that reading never applies more', async () => {
    const store = changeStore();
    const drafts = keeper(() => store);
    for (let n = 1; n <= 67; n++) {
      saveAnswer(drafts, n);
      await drafts.flush();
    }
    expect(store.log.map((call, at) => (call === 'write' ? at : -1)).filter((at) => at >= 0)).to.deep.equal([0, 65]);
    expect(store.memory.read('draft')).to.deep.equal(upTo(67));
  });

  it('merges the changes saved while a write is under way, and writes them as one change', async () => {
    const memory = new MemoryDraftStorage();
    const changes: DraftChange[] = [];
    let release = () => {};
    const store: DraftStorage = {
      read: (key) => memory.read(key),
      write: (key, value) => memory.write(key, value),
      writeChange: (key, change) =>
        new Promise<boolean>((resolve) => {
          changes.push(change);
          release = () => resolve(memory.writeChange(key, change));
        }),
      remove: (key) => memory.remove(key),
    };
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    await drafts.flush();
    saveAnswer(drafts, 2);
    saveAnswer(drafts, 3);
    saveAnswer(drafts, 4);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await drafts.flush();
    expect(changes).to.deep.equal([answer(2)[1], [...answer(3)[1], ...answer(4)[1]]]);
    expect(memory.read('draft')).to.deep.equal(upTo(4));
  });

  it('writes whole a draft saved after a removal it replaces', async () => {
    const memory = new MemoryDraftStorage();
    const log: string[] = [];
    let release = () => {};
    const store: DraftStorage = {
      read: (key) => memory.read(key),
      write: (key, value) => (log.push('write'), memory.write(key, value)),
      writeChange: (key, change) => (log.push('change'), memory.writeChange(key, change)),
      remove: (key) => (log.push('remove'), memory.remove(key)),
    };
    const drafts = keeper(() => store);
    saveAnswer(drafts, 1);
    await drafts.flush();
    // A change under way, a removal waiting, then a draft saved as a change from the one before the removal.
    const held = new Promise<void>((resolve) => (release = resolve));
    store.writeChange = async (key, change) => (log.push('change'), await held, memory.writeChange(key, change));
    saveAnswer(drafts, 2);
    drafts.remove();
    saveAnswer(drafts, 3);
    release();
    await drafts.flush();
    expect(log).to.deep.equal(['write', 'change', 'write']);
    expect(memory.read('draft')).to.deep.equal(upTo(3));
  });

  it('makes no whole write after a change refused because another tab took the draft while it was under way', async () => {
    const memory = new MemoryDraftStorage();
    let answer: (kept: boolean) => void = () => undefined;
    let held = false;
    const store: DraftStorage = {
      read: (key) => memory.read(key),
      write: (key, value) => memory.write(key, value),
      remove: (key) => memory.remove(key),
      writeChange: (key, change) => (held ? new Promise<boolean>((resolve) => (answer = resolve)) : memory.writeChange(key, change)),
    };
    const drafts = keeper(() => store);
    drafts.save({ a: 1 });
    await drafts.flush();
    held = true;
    drafts.save({ a: 2 }, [{ path: ['a'], to: 2 }]);
    await Promise.resolve();
    // Another tab takes the draft by force, and writes its own: this store refuses the change.
    drafts.dropWaiting();
    memory.write('draft', { a: 99, other: 'tab' });
    answer(false);
    await drafts.flush();
    expect(memory.read('draft')).to.deep.equal({ a: 99, other: 'tab' });
  });

  it('writes whole, not as a change, to a store the draft moved away from and back to', async () => {
    const memory = new MemoryDraftStorage();
    const other = new MemoryDraftStorage();
    const log: string[] = [];
    const first: DraftStorage = {
      read: (key) => memory.read(key),
      write: (key, value) => (log.push('write'), memory.write(key, value)),
      // The move away removes the draft quietly: here it fails, so the first store keeps what it had.
      remove: () => {
        throw new Error('remove failed');
      },
      writeChange: (key, change) => (log.push('change'), memory.writeChange(key, change)),
    };
    let current: DraftStorage = first;
    const drafts = keeper(() => current);
    drafts.save({ x: 1, y: 1 });
    await drafts.flush();
    drafts.save({ x: 2, y: 1 }, [{ path: ['x'], to: 2 }]);
    await drafts.flush();
    const away = { store: first, plain: first };
    const back = { store: other as DraftStorage, plain: other as DraftStorage };
    current = other;
    await switchDraftStore({ from: away, to: back, draftKey: 'draft', keeper: drafts, progress: () => ({ x: 2, y: 1 }) });
    drafts.save({ x: 2, y: 5 }, [{ path: ['y'], to: 5 }]);
    await drafts.flush();
    current = first;
    const returning = switchDraftStore({ from: back, to: away, draftKey: 'draft', keeper: drafts, progress: () => ({ x: 3, y: 5 }) });
    // An answer while the switch back is under way: a change from {x: 2, y: 5} would land on the {x: 2, y: 1} still there.
    drafts.save({ x: 3, y: 5 }, [{ path: ['x'], to: 3 }]);
    expect(memory.read('draft')).to.deep.equal({ x: 3, y: 5 });
    await returning;
    expect(log).to.deep.equal(['write', 'change', 'write', 'write']);
  });

  it('writes whole over a draft another keeper wrote last through the same store object (two forms, one key, no Web Locks)', async () => {
    const store = changeStore();
    const one = keeper(() => store);
    const two = keeper(() => store);
    saveAnswer(one, 1);
    await one.flush();
    two.save({ answers: { other: 'form' }, n: 0 });
    await two.flush();
    saveAnswer(one, 2);
    await one.flush();
    expect(store.log).to.deep.equal(['write', 'write', 'write']);
    expect(store.memory.read('draft')).to.deep.equal(upTo(2));
    saveAnswer(one, 3);
    await one.flush();
    expect(store.log.at(-1)).to.equal('change');
  });
});
