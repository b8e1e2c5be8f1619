import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryDraftStorage, type DraftStorage } from './draft-storage.js';
import {
  KEPT_ASIDE_INDEX_KEY,
  KEPT_ASIDE_PREFIX,
  exportKeptAsideDraft,
  keepDraftAside,
  listKeptAsideDrafts,
  removeKeptAsideDraft,
  type KeptAsideDraft,
} from './kept-aside-drafts.js';
import { AsyncFakeStorage, ThrowingSyncStorage } from './storage-fakes.test-support.js';
import { UnreadableDraftError } from './unreadable-draft-error.js';

const keptAt = '2026-11-03T10:15:00.000Z';
const entry = (draft: unknown, draftKey = 'otforms:assessment:barthel'): Omit<KeptAsideDraft, 'id'> => ({
  draftKey,
  keptAt,
  reason: 'not-json',
  detail: 'The saved draft is not JSON',
  draft,
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe.each([
  ['a synchronous store', () => new MemoryDraftStorage() as DraftStorage],
  ['an asynchronous store', () => new AsyncFakeStorage() as DraftStorage],
])('kept-aside drafts in %s', (_name, makeStorage) => {
  it('keeps a draft aside under a key of its own, lists it, and exports it exactly as it was', async () => {
    const storage = makeStorage();
    const summary = await keepDraftAside(storage, entry('{"context":{"answers":{"walk":"al'));
    expect(summary).toEqual({ id: expect.stringMatching(/^2026-11-03T10:15:00\.000Z-[0-9a-f]{16}$/), draftKey: 'otforms:assessment:barthel', keptAt, reason: 'not-json', detail: 'The saved draft is not JSON' });
    expect(await listKeptAsideDrafts(storage)).toEqual([summary]);
    expect(await exportKeptAsideDraft(storage, summary.id)).toEqual({ ...summary, draft: '{"context":{"answers":{"walk":"al' });
    expect(await storage.read(KEPT_ASIDE_PREFIX + summary.id)).toEqual({ ...summary, draft: '{"context":{"answers":{"walk":"al' });
  });

  it('never writes one kept-aside draft over another, even when many are kept at the same moment', async () => {
    const storage = makeStorage();
    const summaries = await Promise.all(Array.from({ length: 20 }, (_, index) => keepDraftAside(storage, entry({ answer: index }, `draft-${index}`))));
    expect(new Set(summaries.map((summary) => summary.id)).size).toBe(20);
    // Every one is listed: the index updates did not overwrite each other.
    expect((await listKeptAsideDrafts(storage)).map((summary) => summary.draftKey).sort()).toEqual(summaries.map((summary) => summary.draftKey).sort());
    for (const [index, summary] of summaries.entries()) expect((await exportKeptAsideDraft(storage, summary.id))?.draft).toEqual({ answer: index });
  });

  it('removes a kept-aside draft and its line, leaving the others; removing an unknown id does nothing', async () => {
    const storage = makeStorage();
    const first = await keepDraftAside(storage, entry('first'));
    const second = await keepDraftAside(storage, entry('second'));
    await removeKeptAsideDraft(storage, first.id);
    expect(await listKeptAsideDrafts(storage)).toEqual([second]);
    expect(await exportKeptAsideDraft(storage, first.id)).toBeNull();
    await removeKeptAsideDraft(storage, 'no-such-id');
    expect(await listKeptAsideDrafts(storage)).toEqual([second]);
    await removeKeptAsideDraft(storage, second.id);
    expect(await listKeptAsideDrafts(storage)).toEqual([]);
    expect(await storage.read(KEPT_ASIDE_INDEX_KEY)).toBeNull();
    expect(await storage.read(KEPT_ASIDE_PREFIX + second.id)).toBeNull();
  });

  it('keeps an index it cannot read aside too, so the drafts it listed can still be found', async () => {
    const storage = makeStorage();
    await storage.write(KEPT_ASIDE_INDEX_KEY, { not: 'a list' });
    const summary = await keepDraftAside(storage, entry('draft'));
    const listed = await listKeptAsideDrafts(storage);
    expect(listed).toHaveLength(2);
    expect(listed[1]).toEqual(summary);
    expect(listed[0]).toMatchObject({ draftKey: KEPT_ASIDE_INDEX_KEY, reason: 'malformed' });
    expect((await exportKeptAsideDraft(storage, listed[0]!.id))?.draft).toEqual({ not: 'a list' });
  });

  it('says when there is nothing kept aside, and rejects an index that is not a list rather than hiding it', async () => {
    const storage = makeStorage();
    expect(await listKeptAsideDrafts(storage)).toEqual([]);
    expect(await exportKeptAsideDraft(storage, 'no-such-id')).toBeNull();
    await storage.write(KEPT_ASIDE_INDEX_KEY, 'garbage');
    const error = await listKeptAsideDrafts(storage).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableDraftError);
    expect(error).toMatchObject({ reason: 'malformed', stored: 'garbage' });
  });

  it('exports an entry that is not in the expected shape with everything it holds', async () => {
    const storage = makeStorage();
    await storage.write(`${KEPT_ASIDE_PREFIX}odd`, [1, 2, 3]);
    expect(await exportKeptAsideDraft(storage, 'odd')).toMatchObject({ id: 'odd', reason: 'malformed', draft: [1, 2, 3] });
  });
});

describe('kept-aside drafts are never overwritten', () => {
  it('draws another id when the first one drawn is already taken', async () => {
    const storage = new MemoryDraftStorage();
    const taken = `${KEPT_ASIDE_PREFIX}${keptAt}-0000000000000000`;
    storage.write(taken, { draft: 'kept earlier' });
    const real = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    vi.spyOn(globalThis.crypto, 'getRandomValues')
      .mockImplementationOnce((array) => array)
      .mockImplementation((array) => real(array));
    const summary = await keepDraftAside(storage, entry('new'));
    expect(summary.id).not.toBe(`${keptAt}-0000000000000000`);
    expect(storage.read(taken)).toEqual({ draft: 'kept earlier' });
    expect((await exportKeptAsideDraft(storage, summary.id))?.draft).toBe('new');
  });

  it('treats a key whose contents the store cannot read as taken', async () => {
    const storage = new MemoryDraftStorage();
    const read = storage.read.bind(storage);
    let refused = 0;
    vi.spyOn(storage, 'read').mockImplementation((key) => {
      if (key.startsWith(KEPT_ASIDE_PREFIX) && refused === 0) {
        refused += 1;
        throw new UnreadableDraftError('Cannot decrypt', { otformsEncrypted: 1 }, 'cannot-decrypt');
      }
      return read(key);
    });
    const write = vi.spyOn(storage, 'write');
    const summary = await keepDraftAside(storage, entry('new'));
    expect(refused).toBe(1);
    const firstTried = (storage.read as unknown as { mock: { calls: [string][] } }).mock.calls[0]![0];
    expect(firstTried).not.toBe(KEPT_ASIDE_PREFIX + summary.id);
    expect(write.mock.calls.map(([key]) => key)).not.toContain(firstTried);
  });
});

describe('a store that fails', () => {
  it('rejects when the draft cannot be written, and lists nothing', async () => {
    const storage = new ThrowingSyncStorage((operation, key) => operation === 'write' && key.startsWith(KEPT_ASIDE_PREFIX));
    await expect(keepDraftAside(storage, entry('draft'))).rejects.toThrow('quota');
    expect(await listKeptAsideDrafts(storage)).toEqual([]);
  });

  it('rejects when the index cannot be written, so the caller does not save over the draft; later calls still work', async () => {
    const storage = new AsyncFakeStorage();
    storage.failing = (operation, key) => operation === 'write' && key === KEPT_ASIDE_INDEX_KEY;
    await expect(keepDraftAside(storage, entry('draft'))).rejects.toThrow('refused to write');
    expect(await listKeptAsideDrafts(storage)).toEqual([]);
    storage.failing = undefined;
    const summary = await keepDraftAside(storage, entry('later'));
    expect(await listKeptAsideDrafts(storage)).toEqual([summary]);
  });

  it('rejects when the store cannot even be read', async () => {
    const storage = new ThrowingSyncStorage((operation) => operation === 'read');
    await expect(keepDraftAside(storage, entry('draft'))).rejects.toThrow('refused to read');
    await expect(listKeptAsideDrafts(storage)).rejects.toThrow('refused to read');
    await expect(removeKeptAsideDraft(storage, 'x')).rejects.toThrow('refused to read');
  });
});

describe('across tabs', () => {
  it('updates the index under the Web Lock otforms:kept-aside when the engine has navigator.locks', async () => {
    const held = new Set<string>();
    const requested: string[] = [];
    let tail = Promise.resolve<unknown>(undefined);
    const locks = {
      request<T>(name: string, callback: () => Promise<T>): Promise<T> {
        requested.push(name);
        const run = async () => {
          held.add(name);
          try {
            return await callback();
          } finally {
            held.delete(name);
          }
        };
        const result = tail.then(run);
        tail = result.catch(() => undefined);
        return result;
      },
    };
    vi.stubGlobal('navigator', { locks });
    const storage = new AsyncFakeStorage();
    const write = storage.write.bind(storage);
    const heldAtIndexWrite: boolean[] = [];
    vi.spyOn(storage, 'write').mockImplementation((key, value) => {
      if (key === KEPT_ASIDE_INDEX_KEY) heldAtIndexWrite.push(held.has('otforms:kept-aside'));
      return write(key, value);
    });
    const summary = await keepDraftAside(storage, entry('draft'));
    await removeKeptAsideDraft(storage, summary.id);
    expect(requested).toEqual(['otforms:kept-aside', 'otforms:kept-aside']);
    expect(heldAtIndexWrite).toEqual([true]);
  });
});
