import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import { DraftKeeper, type DraftKeeperOptions } from '../storage/draft-keeper.js';
import { until } from '../test-support/form-element-suite.js';

/** A store whose writes wait until released, counting how many are in flight at once. */
function slowStore() {
  const memory = new MemoryDraftStorage();
  const waiting: (() => void)[] = [];
  const store = {
    memory,
    inFlight: 0,
    mostInFlight: 0,
    written: [] as unknown[],
    fail: false,
    read: (key: string) => memory.read(key),
    write(key: string, value: unknown): Promise<void> {
      store.inFlight += 1;
      store.mostInFlight = Math.max(store.mostInFlight, store.inFlight);
      return new Promise<void>((resolve, reject) =>
        waiting.push(() => {
          store.inFlight -= 1;
          if (store.fail) return reject(new Error('disk full'));
          memory.write(key, value);
          store.written.push(value);
          resolve();
        }),
      );
    },
    remove: (key: string) => memory.remove(key),
    /** Lets the oldest write finish. */
    async release(): Promise<void> {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return store;
}

function keeper(storage: DraftStorage, options: DraftKeeperOptions = {}) {
  const failures: string[] = [];
  let recoveries = 0;
  let saves = 0;
  const drafts = new DraftKeeper(
    () => storage,
    () => 'draft',
    { failing: (message) => failures.push(message), recovered: () => (recoveries += 1), saved: () => (saves += 1) },
    options,
  );
  return { drafts, failures, recoveries: () => recoveries, saves: () => saves };
}

describe('DraftKeeper', () => {
  it('writes one key one change at a time, and of the changes waiting only the latest', async () => {
    const store = slowStore();
    const { drafts, saves } = keeper(store);
    for (const value of [1, 2, 3, 4, 5]) drafts.save({ value });
    let flushed = false;
    const flushing = drafts.flush().then(() => (flushed = true));
    await store.release();
    expect(flushed, 'not flushed while a write waits').to.equal(false);
    await store.release();
    await flushing;
    expect([store.written, store.mostInFlight, saves()]).to.deep.equal([[{ value: 1 }, { value: 5 }], 1, 2]);
    expect(store.memory.read('draft')).to.deep.equal({ value: 5 });
  });

  it('a failure starts an episode reported once; a write that succeeds ends it; the next failure reports again', async () => {
    const store = slowStore();
    const { drafts, failures, recoveries } = keeper(store);
    store.fail = true;
    for (const value of [1, 2, 3]) {
      drafts.save({ value });
      await store.release();
    }
    expect([failures.length, drafts.failing]).to.deep.equal([1, true]);
    store.fail = false;
    drafts.save({ value: 4 });
    await store.release();
    expect([recoveries(), drafts.failing]).to.deep.equal([1, false]);
    store.fail = true;
    drafts.save({ value: 5 });
    await store.release();
    expect(failures).to.have.length(2);
  });

  it('holds a key back until let through (only the latest change is then written), and never writes a forbidden key', async () => {
    const store = slowStore();
    const { drafts } = keeper(store);
    drafts.holdBack();
    drafts.save({ value: 1 });
    drafts.save({ value: 2 });
    await drafts.flush();
    expect(store.inFlight).to.equal(0);
    drafts.letThrough();
    await store.release();
    await drafts.flush();
    expect(store.written).to.deep.equal([{ value: 2 }]);

    drafts.forbid();
    drafts.save({ value: 3 });
    drafts.remove();
    await drafts.flush();
    expect([store.inFlight, store.memory.read('draft')]).to.deep.equal([0, { value: 2 }]);
  });

  it('a read that throws anything but UnreadableDraftError is a failure, and the key is not written after it', async () => {
    const writes: unknown[] = [];
    const store: DraftStorage = {
      read: () => {
        throw new Error('The connection to the database was lost');
      },
      write: (_key, value) => void writes.push(value),
      remove: () => undefined,
    };
    const { drafts, failures } = keeper(store);
    expect(await drafts.read()).to.deep.equal({ kind: 'failed' });
    drafts.save({ value: 1 });
    await drafts.flush();
    expect([failures.length, writes]).to.deep.equal([1, []]);
  });

  it('while the current key is forbidden (a failed read), a success elsewhere (the outbox) does not end the episode', async () => {
    const store: DraftStorage = {
      read: () => {
        throw new Error('The database could not be opened');
      },
      write: () => undefined,
      remove: () => undefined,
    };
    const { drafts, recoveries } = keeper(store);
    expect(await drafts.read()).to.deep.equal({ kind: 'failed' });
    drafts.succeeded();
    expect([drafts.failing, recoveries()]).to.deep.equal([true, 0]);
    // A new start reads again and decides afresh: the episode then ends with the next success.
    drafts.clearBlocks();
    drafts.succeeded();
    expect([drafts.failing, recoveries()]).to.deep.equal([false, 1]);
  });

  it('tries a failed write again after a back-off: a store that fails twice then works ends with the latest value and the episode over', async () => {
    const memory = new MemoryDraftStorage();
    let attempts = 0;
    const store: DraftStorage = {
      read: (key) => memory.read(key),
      write(key, value) {
        attempts += 1;
        if (attempts <= 2) throw new DOMException('The transaction was aborted.', 'UnknownError');
        memory.write(key, value);
      },
      remove: (key) => memory.remove(key),
    };
    const { drafts, failures, recoveries } = keeper(store, { retryDelays: [20, 50] });
    drafts.save({ value: 1 });
    await drafts.flush();
    expect([attempts, drafts.failing, memory.read('draft')]).to.deep.equal([1, true, null]);
    await until(() => memory.read('draft') !== null, 'the retried write landed');
    expect([attempts, memory.read('draft'), failures.length, recoveries(), drafts.failing]).to.deep.equal([3, { value: 1 }, 1, 1, false]);
  });

  it('never tries again, once dropWaiting is called (another tab took the draft), a write that was in flight and then failed', async () => {
    const store = slowStore();
    const { drafts, failures } = keeper(store, { retryDelays: [10] });
    drafts.save({ value: 'this tab' });
    drafts.dropWaiting();
    store.fail = true;
    await store.release();
    store.fail = false;
    // Well past the back-off: a retry would now be in flight, waiting to land over the other tab's draft.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([store.inFlight, store.memory.read('draft'), failures.length, drafts.failing]).to.deep.equal([0, null, 0, false]);
  });

  it('does not retry while inactive (the element left the page), and retry() carries on', async () => {
    const memory = new MemoryDraftStorage();
    let failing = true;
    let attempts = 0;
    const store: DraftStorage = {
      read: (key) => memory.read(key),
      write(key, value) {
        attempts += 1;
        if (failing) throw new Error('disk full');
        memory.write(key, value);
      },
      remove: (key) => memory.remove(key),
    };
    let active = false;
    const { drafts } = keeper(store, { retryDelays: [10], active: () => active });
    drafts.save({ value: 1 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(attempts).to.equal(1);
    failing = false;
    active = true;
    drafts.retry();
    await drafts.flush();
    expect(memory.read('draft')).to.deep.equal({ value: 1 });
  });

  it('makes a draft given as a function only when its write starts: of a burst, only the first and the last are made, once each', async () => {
    const store = slowStore();
    const { drafts } = keeper(store);
    const made: number[] = [];
    const draft = (value: number) => () => (made.push(value), { value });
    for (const value of [1, 2, 3, 4, 5]) drafts.save(draft(value));
    expect(made, 'the first write started at once; the rest wait').to.deep.equal([1]);
    await store.release();
    await store.release();
    await drafts.flush();
    expect([made, store.written, store.memory.read('draft')]).to.deep.equal([[1, 5], [{ value: 1 }, { value: 5 }], { value: 5 }]);
  });

  it('a failed write of a draft given as a function is tried again with the draft made then, not made again', async () => {
    const memory = new MemoryDraftStorage();
    let attempts = 0;
    const store: DraftStorage = {
      read: (key) => memory.read(key),
      write(key, value) {
        attempts += 1;
        if (attempts === 1) throw new Error('disk full');
        memory.write(key, value);
      },
      remove: (key) => memory.remove(key),
    };
    const { drafts } = keeper(store, { retryDelays: [10] });
    let made = 0;
    drafts.save(() => ({ value: (made += 1) }));
    await until(() => memory.read('draft') !== null, 'the retried write landed');
    expect([attempts, made, memory.read('draft')]).to.deep.equal([2, 1, { value: 1 }]);
  });
});
