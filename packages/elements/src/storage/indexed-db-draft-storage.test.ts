import { expect } from '@open-wc/testing';
import { UnreadableDraftError } from '@otforms/core';
import { deleteDB, openDB } from 'idb';
import { IndexedDbDraftStorage } from './indexed-db-draft-storage.js';
import { rejection, uniqueName } from './storage-test-support.test-support.js';

const draft = { value: 'answering', context: { answers: { walk: 'alone' }, invalidInputs: {} } };

/** What the database holds under a key, read over a connection of its own. */
async function stored(databaseName: string, key: string): Promise<unknown> {
  const database = await openDB(databaseName);
  try {
    return await database.get('drafts', key);
  } finally {
    database.close();
  }
}

/** Every key in the database's drafts store, over a connection of its own. */
async function storedKeys(databaseName: string): Promise<IDBValidKey[]> {
  const database = await openDB(databaseName);
  try {
    // A store that never opened the database has not made the drafts store yet.
    return database.objectStoreNames.contains('drafts') ? await database.getAllKeys('drafts') : [];
  } finally {
    database.close();
  }
}

/** Puts a value straight into the drafts store, as an earlier otforms version (or a damaged disk) would. */
async function putRaw(databaseName: string, key: IDBValidKey, value: unknown): Promise<void> {
  const database = await openDB(databaseName);
  try {
    await database.put('drafts', value, key);
  } finally {
    database.close();
  }
}

/** Replaces a method on a prototype until the returned function is called. */
function patch<T extends object, K extends keyof T>(target: T, name: K, replacement: (original: T[K]) => T[K]): () => void {
  const original = target[name];
  target[name] = replacement(original);
  return () => {
    target[name] = original;
  };
}

describe('IndexedDbDraftStorage', () => {
  let databaseName: string;
  let restore: (() => void)[];

  beforeEach(() => {
    databaseName = uniqueName('otforms-test');
    restore = [];
  });

  afterEach(async () => {
    for (const undo of restore.reverse()) undo();
    await deleteDB(databaseName);
  });

  it('writes, reads and removes drafts in the drafts store of its database', async () => {
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
    expect(await storage.read('otforms:a')).to.equal(null);
    await storage.write('otforms:a', draft);
    expect(await storage.read('otforms:a')).to.deep.equal(draft);
    expect(await stored(databaseName, 'otforms:a')).to.deep.equal(draft);
    await storage.remove('otforms:a');
    expect(await storage.read('otforms:a')).to.equal(null);
    expect(await stored(databaseName, 'otforms:a')).to.equal(undefined);
  });

  it('stores the JSON form of a value, as every other store would give it back', async () => {
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
    await storage.write('otforms:a', { at: new Date(Date.UTC(2026, 10, 3)), gone: undefined, kept: [1, 'two'] });
    expect(await storage.read('otforms:a')).to.deep.equal({ at: '2026-11-03T00:00:00.000Z', kept: [1, 'two'] });
  });

  it('uses the database otforms by default', async () => {
    const storage = new IndexedDbDraftStorage({ legacy: null });
    const key = uniqueName('otforms:default-database');
    await storage.write(key, draft);
    expect(await stored('otforms', key)).to.deep.equal(draft);
    await storage.remove(key);
  });

  it('commits every change with strict durability, and resolves only once the transaction is complete', async () => {
    const changes: { durability: string | undefined; complete: boolean }[] = [];
    restore.push(
      patch(IDBDatabase.prototype, 'transaction', (original) =>
        function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
          const transaction = original.apply(this, args);
          if (args[1] === 'readwrite') {
            const change = { durability: args[2]?.durability, complete: false };
            changes.push(change);
            transaction.addEventListener('complete', () => (change.complete = true));
          }
          return transaction;
        } as IDBDatabase['transaction'],
      ),
    );
    const legacy = new Map([['otforms:old', JSON.stringify(draft)]]);
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: storageOver(legacy) });
    await storage.write('otforms:a', draft);
    expect(changes.map((change) => change.complete)).to.deep.equal([true]);
    expect(await storage.writeChange('otforms:a', [{ path: ['value'], to: 'reviewing' }])).to.equal(true);
    expect(changes.map((change) => change.complete)).to.deep.equal([true, true]);
    await storage.remove('otforms:a');
    expect(changes.map((change) => change.complete)).to.deep.equal([true, true, true]);
    await storage.read('otforms:old');
    expect(changes.map((change) => change.complete)).to.deep.equal([true, true, true, true]);
    expect(changes.map((change) => change.durability)).to.deep.equal(['strict', 'strict', 'strict', 'strict']);
  });

  it('moves a draft of an earlier version from localStorage: written here first, then removed there', async () => {
    const key = uniqueName('otforms:legacy');
    localStorage.setItem(key, JSON.stringify(draft));
    try {
      const storage = new IndexedDbDraftStorage({ databaseName });
      expect(await storage.read(key)).to.deep.equal(draft);
      expect(localStorage.getItem(key)).to.equal(null);
      expect(await stored(databaseName, key)).to.deep.equal(draft);
      expect(await storage.read(key)).to.deep.equal(draft);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('returns a draft of an earlier version that cannot be moved, and leaves it in localStorage to move later', async () => {
    const key = uniqueName('otforms:legacy');
    localStorage.setItem(key, JSON.stringify(draft));
    const storage = new IndexedDbDraftStorage({ databaseName });
    await storage.read('warm-up');
    const undo = patch(IDBObjectStore.prototype, 'put', () => () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    restore.push(undo);
    try {
      // The form resumes it rather than starting blank over it.
      expect(await storage.read(key)).to.deep.equal(draft);
      expect(localStorage.getItem(key)).to.equal(JSON.stringify(draft));
      expect(await stored(databaseName, key)).to.equal(undefined);
      undo();
      // Once the disk has room, the next read moves it.
      expect(await storage.read(key)).to.deep.equal(draft);
      expect(localStorage.getItem(key)).to.equal(null);
      expect(await stored(databaseName, key)).to.deep.equal(draft);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('throws a draft of an earlier version that is not JSON as an UnreadableDraftError, and leaves it in localStorage', async () => {
    const key = uniqueName('otforms:legacy');
    localStorage.setItem(key, '{"value":"answering","context":{"answ');
    try {
      const storage = new IndexedDbDraftStorage({ databaseName });
      const error = await rejection(storage.read(key));
      expect(error).to.be.instanceOf(UnreadableDraftError);
      expect(error).to.include({ reason: 'not-json', stored: '{"value":"answering","context":{"answ' });
      expect(localStorage.getItem(key)).to.equal('{"value":"answering","context":{"answ');
      expect(await stored(databaseName, key)).to.equal(undefined);
      // Once a fresh draft is saved, that is what is read; removing it removes the old copy too.
      await storage.write(key, draft);
      expect(await storage.read(key)).to.deep.equal(draft);
      await storage.remove(key);
      expect(localStorage.getItem(key)).to.equal(null);
      expect(await storage.read(key)).to.equal(null);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('rejects every call while the database cannot be opened, and opens it on the next call once it can', async () => {
    let refusals = 0;
    const undo = patch(IDBFactory.prototype, 'open', () => () => {
      refusals += 1;
      throw new DOMException('The database cannot be opened.', 'UnknownError');
    });
    restore.push(undo);
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
    expect((await rejection(storage.write('otforms:a', draft))).name).to.equal('UnknownError');
    expect((await rejection(storage.read('otforms:a'))).name).to.equal('UnknownError');
    expect((await rejection(storage.remove('otforms:a'))).name).to.equal('UnknownError');
    expect(refusals).to.equal(3);
    undo();
    await storage.write('otforms:a', draft);
    expect(await storage.read('otforms:a')).to.deep.equal(draft);
  });

  it('rejects a write whose transaction cannot start or is aborted, and stores nothing', async () => {
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
    await storage.write('otforms:a', draft);
    const undo = patch(IDBDatabase.prototype, 'transaction', () => () => {
      throw new DOMException('The transaction cannot start.', 'InvalidStateError');
    });
    restore.push(undo);
    expect((await rejection(storage.write('otforms:a', { value: 'later' }))).name).to.equal('InvalidStateError');
    undo();
    const undoAbort = patch(IDBDatabase.prototype, 'transaction', (original) =>
      function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const transaction = original.apply(this, args);
        if (args[1] === 'readwrite') queueMicrotask(() => transaction.abort());
        return transaction;
      } as IDBDatabase['transaction'],
    );
    restore.push(undoAbort);
    expect((await rejection(storage.write('otforms:a', { value: 'later' }))).name).to.equal('AbortError');
    undoAbort();
    expect(await storage.read('otforms:a')).to.deep.equal(draft);
  });

  it('steps aside for a newer version of the database, and reopens on the next call', async () => {
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
    await storage.write('otforms:a', draft);
    const newer = await openDB(databaseName, 2);
    newer.close();
    expect(await storage.read('otforms:a')).to.deep.equal(draft);
  });

  it('adds its drafts store to a database of that name that lacks one, keeping what is there', async () => {
    const other = await openDB(databaseName, 3, { upgrade: (database) => void database.createObjectStore('settings') });
    await other.put('settings', 'large', 'text-size');
    other.close();
    const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
    await storage.write('otforms:a', draft);
    expect(await storage.read('otforms:a')).to.deep.equal(draft);
    const database = await openDB(databaseName);
    try {
      expect(database.version).to.equal(4);
      expect(await database.get('settings', 'text-size')).to.equal('large');
    } finally {
      database.close();
    }
  });

  describe('changes', () => {
    const key = 'otforms:a';

    it('reads back the changes kept since a write, applied in order; the next write replaces draft and changes', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['context', 'answers', 'walk'], to: 'with a stick' }])).to.equal(true);
      expect(await storage.writeChange(key, [{ path: ['context', 'answers', 'stairs'], to: { up: true } }, { path: ['context', 'invalidInputs'] }])).to.equal(true);
      expect(await storage.writeChange(key, [{ path: ['context', 'answers', 'walk'], to: 'alone again' }, { path: ['value'], to: 'reviewing' }])).to.equal(true);
      expect(await storage.read(key)).to.deep.equal({ value: 'reviewing', context: { answers: { walk: 'alone again', stairs: { up: true } } } });
      // Whole at its key as written, for every reader that knows nothing of changes.
      expect(await stored(databaseName, key)).to.deep.equal(draft);
      expect(await storedKeys(databaseName)).to.deep.equal([key, [key, 0], [key, 1], [key, 2], [key, 'meta']]);
      await storage.write(key, { value: 'answering', context: { answers: {} } });
      expect(await storage.read(key)).to.deep.equal({ value: 'answering', context: { answers: {} } });
      expect(await storedKeys(databaseName)).to.deep.equal([key, [key, 'meta']]);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'done' }])).to.equal(true);
      expect(await storage.read(key)).to.deep.equal({ value: 'done', context: { answers: {} } });
    });

    it('applies changes to a draft whose JSON text has awkward keys and strings', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      const awkward = JSON.parse('{"b":1,"10":2,"2":[3],"__proto__":{"x":"\\ud800 é \\u2028"},"n":-0,"e":1e21,"s":"\\"quoted\\""}') as unknown;
      await storage.write(key, awkward);
      expect(await storage.writeChange(key, [{ path: ['__proto__', 'y'], to: 'added' }])).to.equal(true);
      const read = (await storage.read(key)) as Record<string, unknown>;
      expect(Object.getOwnPropertyDescriptor(read, '__proto__')?.value).to.deep.equal({ x: '\ud800 é \u2028', y: 'added' });
      expect(read).to.include({ b: 1, 10: 2, e: 1e21 });
    });

    it('removes the draft and everything kept with it, after which no change is kept for it', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(true);
      await storage.remove(key);
      expect(await storedKeys(databaseName)).to.deep.equal([]);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(false);
      expect(await storedKeys(databaseName)).to.deep.equal([]);
      expect(await storage.read(key)).to.equal(null);
    });

    it('keeps no change, writing nothing, unless the draft there is its own last write', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      const otherTab = new IndexedDbDraftStorage({ databaseName, legacy: null });
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(false);
      expect(await storedKeys(databaseName)).to.deep.equal([]);
      // Written by another tab that this one never wrote, and written over by another tab since it wrote.
      await otherTab.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(false);
      await storage.write(key, draft);
      await otherTab.write(key, { value: 'other tab' });
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(false);
      expect(await storedKeys(databaseName)).to.deep.equal([key, [key, 'meta']]);
      expect(await storage.read(key)).to.deep.equal({ value: 'other tab' });
      // Even when the other tab wrote the very same draft, and kept a change of its own after it.
      await storage.write(key, draft);
      await otherTab.write(key, draft);
      expect(await otherTab.writeChange(key, [{ path: ['value'], to: 'other tab' }])).to.equal(true);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(false);
      expect(await storage.read(key)).to.deep.equal({ ...draft, value: 'other tab' });
      expect(await otherTab.writeChange(key, [{ path: ['value'], to: 'other tab again' }])).to.equal(true);
      // Once this one has written it again, it keeps changes again, and the other tab no longer does.
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(true);
      expect(await otherTab.writeChange(key, [{ path: ['value'], to: 'other tab' }])).to.equal(false);
      expect(await storage.read(key)).to.deep.equal({ ...draft, value: 'reviewing' });
    });

    it('keeps no change once the draft alone was removed, as an earlier version removes it, and the next read deletes what was left', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(true);
      const database = await openDB(databaseName);
      await database.delete('drafts', key);
      database.close();
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'again' }])).to.equal(false);
      expect(await storedKeys(databaseName)).to.deep.equal([[key, 0], [key, 'meta']]);
      expect(await storage.read(key)).to.equal(null);
      // Nothing of a removed draft stays on the device.
      expect(await storedKeys(databaseName)).to.deep.equal([]);
    });

    it('throws a draft written over by something that knows nothing of changes as unreadable, holding it and the changes, so both are kept aside', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(true);
      const earlier = { value: 'earlier version', context: { answers: {} } };
      await putRaw(databaseName, key, earlier);
      const error = await rejection(storage.read(key));
      expect(error).to.be.instanceOf(UnreadableDraftError);
      expect(error).to.include({ reason: 'malformed' });
      expect((error as UnreadableDraftError).stored).to.deep.include({ draft: earlier, changes: [[{ path: ['value'], to: 'reviewing' }]] });
      // Once kept aside, the form writes over it: the stale changes go with that write.
      await storage.write(key, draft);
      expect(await storedKeys(databaseName)).to.deep.equal([key, [key, 'meta']]);
      expect(await storage.read(key)).to.deep.equal(draft);
    });

    it('throws a draft whose changes are fewer than its meta counts as unreadable, rather than apply them with one missing', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'one' }])).to.equal(true);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'two' }])).to.equal(true);
      const database = await openDB(databaseName);
      await database.delete('drafts', [key, 0]);
      database.close();
      const error = await rejection(storage.read(key));
      expect(error).to.be.instanceOf(UnreadableDraftError);
      expect((error as UnreadableDraftError).stored).to.deep.include({ draft, changes: [[{ path: ['value'], to: 'two' }]] });
    });

    it('throws changes that do not fit their draft as an UnreadableDraftError holding the draft and the changes', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }])).to.equal(true);
      // Counted in the meta, as a change kept by the store would be, so only its path is wrong.
      const database = await openDB(databaseName);
      const meta = (await database.get('drafts', [key, 'meta'])) as { changes: number };
      await database.put('drafts', { ...meta, changes: 2 }, [key, 'meta']);
      database.close();
      await putRaw(databaseName, [key, 1], [{ path: ['value', 'nested'], to: 'cannot be' }]);
      const error = await rejection(storage.read(key));
      expect(error).to.be.instanceOf(UnreadableDraftError);
      expect(error).to.include({ reason: 'malformed' });
      expect((error as UnreadableDraftError).stored).to.deep.include({
        draft,
        changes: [[{ path: ['value'], to: 'reviewing' }], [{ path: ['value', 'nested'], to: 'cannot be' }]],
      });
    });

    it('commits nothing of a change whose transaction fails part way', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write(key, draft);
      let puts = 0;
      restore.push(
        patch(IDBObjectStore.prototype, 'put', (original) =>
          function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
            // The change goes in; the meta that counts it cannot.
            if (++puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return original.apply(this, args);
          } as IDBObjectStore['put'],
        ),
      );
      expect((await rejection(storage.writeChange(key, [{ path: ['value'], to: 'reviewing' }]))).name).to.equal('QuotaExceededError');
      restore.pop()!();
      expect(await storedKeys(databaseName)).to.deep.equal([key, [key, 'meta']]);
      expect(await storage.writeChange(key, [{ path: ['value'], to: 'again' }])).to.equal(true);
      expect(await storage.read(key)).to.deep.equal({ ...draft, value: 'again' });
    });

    it('leaves the records of other drafts alone, even one whose key starts with this one', async () => {
      const storage = new IndexedDbDraftStorage({ databaseName, legacy: null });
      await storage.write('a', { value: 'a' });
      await storage.write('ab', { value: 'ab' });
      expect(await storage.writeChange('a', [{ path: ['value'], to: 'a changed' }])).to.equal(true);
      expect(await storage.writeChange('ab', [{ path: ['value'], to: 'ab changed' }])).to.equal(true);
      await storage.write('a', { value: 'a again' });
      expect(await storage.read('ab')).to.deep.equal({ value: 'ab changed' });
      await storage.remove('a');
      expect(await storage.read('ab')).to.deep.equal({ value: 'ab changed' });
      expect(await storedKeys(databaseName)).to.deep.equal(['ab', ['ab', 0], ['ab', 'meta']]);
      expect(await storage.writeChange('ab', [{ path: ['more'], to: 1 }])).to.equal(true);
      expect(await storage.read('ab')).to.deep.equal({ value: 'ab changed', more: 1 });
    });
  });
});

/** A Storage over a map, for legacy drafts that should not touch the real localStorage. */
function storageOver(values: Map<string, string>): Storage {
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}
