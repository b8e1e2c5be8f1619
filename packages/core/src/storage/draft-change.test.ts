import { describe, expect, it } from 'vitest';
import { noteCopy } from '../copies/noted-copies.js';
import { applyDraftChange, draftChange, DraftChangeMismatchError, type DraftChange } from './draft-change.js';
import { MemoryDraftStorage } from './draft-storage.js';
import { UnreadableDraftError } from './unreadable-draft-error.js';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A big record (more keys than are compared one by one), as a long form's answers are. */
const bigRecord = (size: number): Record<string, number> => Object.fromEntries(Array.from({ length: size }, (_, i) => [`item-${i}`, i % 4]));

/** Applies the change to a JSON copy of `before`, as a store does, and checks it gives `after`. */
function expectReplays(before: unknown, after: unknown): DraftChange {
  const change = draftChange(before, after);
  expect(change).not.toBeNull();
  expect(applyDraftChange(roundTrip(before), roundTrip(change!))).toEqual(roundTrip(after));
  return change!;
}

describe('draftChange', () => {
  it('is empty between a draft and itself, and sets only what changed in small objects', () => {
    const before = { status: 'active', value: 'answering', context: { sectionIndex: 0, errors: [], options: { startedAt: 'x' } } };
    expect(draftChange(before, before)).toEqual([]);
    const after = { ...before, context: { ...before.context, sectionIndex: 1, errors: [] } };
    // A new empty array is a new value: arrays are set whole, never compared.
    expect(expectReplays(before, after)).toEqual([
      { path: ['context', 'sectionIndex'], to: 1 },
      { path: ['context', 'errors'], to: [] },
    ]);
  });

  it('deletes a key that went, and adds one that came', () => {
    const before = { context: { audit: { walk: { at: 't1' } }, gone: 1 } };
    const after = { context: { audit: { walk: { at: 't1' }, stairs: { at: 't2' } } } };
    expect(expectReplays(before, after)).toEqual([
      { path: ['context', 'audit', 'stairs'], to: { at: 't2' } },
      { path: ['context', 'gone'] },
    ]);
  });

  it('follows a noted copy of a big object to the one key that changed, without comparing the rest', () => {
    const answers = bigRecord(3000);
    const changed = { ...answers, 'item-7': 9 };
    noteCopy(answers, changed, ['item-7']);
    const before = { context: { responses: { answers } } };
    const after = { context: { responses: { answers: changed } } };
    expect(expectReplays(before, after)).toEqual([{ path: ['context', 'responses', 'answers', 'item-7'], to: 9 }]);
  });

  it('follows several noted copies back, deleting keys on the way', () => {
    const start = bigRecord(100);
    const one: Record<string, number> = { ...start, 'item-1': 9 };
    noteCopy(start, one, ['item-1']);
    const { ['item-2']: _gone, ...two } = one;
    noteCopy(one, two, ['item-2']);
    const change = expectReplays({ answers: start }, { answers: two });
    // Newest first: the steps touch different keys, so their order does not matter.
    expect(change).toEqual([{ path: ['answers', 'item-2'] }, { path: ['answers', 'item-1'], to: 9 }]);
  });

  it('sets a big object whole when it is no noted copy of the one before', () => {
    const before = { answers: bigRecord(40) };
    const after = { answers: { ...before.answers, 'item-3': 0 } };
    expect(expectReplays(before, after)).toEqual([{ path: ['answers'], to: after.answers }]);
  });

  it('gives null when only the whole draft says it', () => {
    expect(draftChange(null, { a: 1 })).toBeNull();
    expect(draftChange({ a: 1 }, [1])).toBeNull();
    expect(draftChange(bigRecord(40), { ...bigRecord(40), extra: 1 })).toBeNull();
  });

  it('treats "__proto__" as the ordinary key JSON makes it', () => {
    const before = JSON.parse('{"answers":{"__proto__":1,"a":2}}') as unknown;
    const after = JSON.parse('{"answers":{"__proto__":5,"a":2}}') as unknown;
    const change = expectReplays(before, after);
    expect(change).toEqual([{ path: ['answers', '__proto__'], to: 5 }]);
    expect(Object.getPrototypeOf(applyDraftChange(roundTrip(before), change))).toBe(Object.prototype);
  });
});

describe('applyDraftChange', () => {
  it('throws a mismatch for a change made from another draft, rather than inventing objects', () => {
    expect(() => applyDraftChange({ context: 1 }, [{ path: ['context', 'x'], to: 1 }])).toThrow(DraftChangeMismatchError);
    expect(() => applyDraftChange({}, [{ path: ['context', 'x'], to: 1 }])).toThrow(DraftChangeMismatchError);
    expect(() => applyDraftChange({}, [{ path: [] }])).toThrow(DraftChangeMismatchError);
  });
});

describe('MemoryDraftStorage changes', () => {
  it('reads the draft with its changes applied in order, and a write or remove drops them', () => {
    const storage = new MemoryDraftStorage();
    expect(storage.writeChange('k', [{ path: ['a'], to: 1 }])).toBe(false);
    storage.write('k', { a: 0, b: 0 });
    expect(storage.writeChange('k', [{ path: ['a'], to: 1 }])).toBe(true);
    expect(storage.writeChange('k', [{ path: ['a'], to: 2 }, { path: ['b'] }])).toBe(true);
    expect(storage.read('k')).toEqual({ a: 2 });
    storage.write('k', { c: 3 });
    expect(storage.read('k')).toEqual({ c: 3 });
    storage.remove('k');
    expect(storage.read('k')).toBeNull();
    expect(storage.writeChange('k', [{ path: ['a'], to: 1 }])).toBe(false);
  });

  it('keeps what the change held when it was written, not what its objects hold later', () => {
    const storage = new MemoryDraftStorage();
    storage.write('k', { audit: {} });
    const entry = { at: 't1' };
    storage.writeChange('k', [{ path: ['audit', 'walk'], to: entry }]);
    entry.at = 't2';
    expect(storage.read('k')).toEqual({ audit: { walk: { at: 't1' } } });
  });

  it('reads changes that do not fit the draft as an unreadable draft holding both, so that it is kept aside', () => {
    const storage = new MemoryDraftStorage();
    storage.write('k', { answers: 1 });
    storage.writeChange('k', [{ path: ['answers', 'walk'], to: 2 }]);
    let thrown: unknown;
    try {
      storage.read('k');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnreadableDraftError);
    expect(thrown).toMatchObject({ reason: 'malformed', stored: { draft: { answers: 1 }, changes: [[{ path: ['answers', 'walk'], to: 2 }]] } });
  });
});
