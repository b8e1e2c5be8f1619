import { describe, expect, it } from 'vitest';
import { asBuckets, bucketEntries, bucketValue, hasBucketValue, isBucketedRecord, toBuckets, withBucketValue, withoutBucketValue, type BucketedRecord } from './bucketed-record.js';
import { copiedSince, noteCopy } from './noted-copies.js';
import { draftChange } from '../storage/draft-change.js';

const keys = Array.from({ length: 3000 }, (_, i) => `s${i % 15}-item-${i}`);

describe('bucketed records', () => {
  it('keeps every key and value, read back one by one and whole', () => {
    let record: BucketedRecord<number> = {};
    keys.forEach((key, i) => (record = withBucketValue(record, key, i)));
    keys.forEach((key, i) => expect(bucketValue(record, key)).toBe(i));
    expect(bucketValue(record, 'missing')).toBeUndefined();
    expect(bucketEntries(record)).toEqual(Object.fromEntries(keys.map((key, i) => [key, i])));
    expect(bucketEntries(toBuckets(bucketEntries(record)))).toEqual(bucketEntries(record));
  });

  it('copies one small bucket and the list of buckets per change, never the record, and leaves the record before as it was', () => {
    const record = toBuckets(Object.fromEntries(keys.map((key, i) => [key, i])));
    const before = JSON.stringify(record);
    const after = withBucketValue(record, keys[7]!, -1);
    expect(JSON.stringify(record)).toBe(before);
    expect(Object.keys(after).length).toBeLessThanOrEqual(64);
    const changedBuckets = Object.keys(after).filter((name) => after[name] !== record[name]);
    expect(changedBuckets).toHaveLength(1);
    // 3,000 keys over 64 buckets: each holds a few dozen, not thousands.
    expect(Math.max(...Object.values(after).map((bucket) => Object.keys(bucket).length))).toBeLessThan(100);
  });

  it('changes a draft as the flat object it stands for: one key of it, or the whole of it where the record before was flat', () => {
    const record = toBuckets(Object.fromEntries(keys.map((key, i) => [key, i])));
    const after = withBucketValue(record, keys[7]!, -1);
    expect(copiedSince(after, (earlier) => (earlier === record ? true : undefined))?.changed.size).toBe(1);
    expect(draftChange({ context: { audit: record } }, { context: { audit: after } })).toEqual([{ path: ['context', 'audit', keys[7]], to: -1 }]);
    // A key new to its bucket, and one new to the record.
    const added = withBucketValue(withBucketValue({}, 'walking', 1), 'stairs', 2);
    expect(draftChange({ audit: withBucketValue({}, 'walking', 1) }, { audit: added })).toEqual([{ path: ['audit', 'stairs'], to: 2 }]);
    // Restored flat from a draft, then bucketed at its next change: the flat audit goes whole.
    const flat = { walking: 1 };
    const bucketed = withBucketValue(asBuckets(flat), 'stairs', 2);
    expect(draftChange({ audit: flat }, { audit: bucketed })).toEqual([{ path: ['audit'], to: { walking: 1, stairs: 2 } }]);
  });

  it('notes each copy with the key that changed, so a lineage of the record and a draft read the same keys', () => {
    const record = toBuckets(Object.fromEntries(keys.map((key, i) => [key, i])));
    const once = withBucketValue(record, keys[7]!, -1);
    const twice = withoutBucketValue(once, keys[8]!);
    expect(copiedSince(twice, (earlier) => (earlier === record ? true : undefined))?.changed).toEqual(new Set([keys[7], keys[8]]));
    // Two copies on: both keys, one set and one deleted, and nothing else.
    const change = draftChange({ answers: record }, { answers: twice });
    expect(change).toHaveLength(2);
    expect(change).toEqual(expect.arrayContaining([{ path: ['answers', keys[7]], to: -1 }, { path: ['answers', keys[8]] }]));
    // Set back to what it was: nothing to write for that key.
    expect(draftChange({ answers: record }, { answers: withBucketValue(record, keys[9]!, 9) })).toEqual([]);
  });

  it('writes a draft’s change from the records themselves, so a note that names the wrong key loses nothing', () => {
    const record = toBuckets(Object.fromEntries(keys.map((key, i) => [key, i])));
    const after = withBucketValue(record, keys[7]!, -1);
    noteCopy(record, after, ['a key that did not change']);
    expect(draftChange({ answers: record }, { answers: after })).toEqual([{ path: ['answers', keys[7]], to: -1 }]);
    const removed = withoutBucketValue(record, keys[8]!);
    noteCopy(record, removed, []);
    expect(draftChange({ answers: record }, { answers: removed })).toEqual([{ path: ['answers', keys[8]] }]);
  });

  it('removes a key as a copy, and gives the record itself back when it does not hold the key', () => {
    const record = toBuckets({ walking: 1, stairs: 2 });
    const after = withoutBucketValue(record, 'walking');
    expect(hasBucketValue(after, 'walking')).toBe(false);
    expect(hasBucketValue(record, 'walking')).toBe(true);
    expect(bucketEntries(after)).toEqual({ stairs: 2 });
    expect(isBucketedRecord(after)).toBe(true);
    expect(withoutBucketValue(after, 'walking')).toBe(after);
    expect(withoutBucketValue(after, 'bathing')).toBe(after);
    // A key held with the value undefined is still held.
    expect(hasBucketValue(withBucketValue<number | undefined>({}, 'walking', undefined), 'walking')).toBe(true);
  });

  it('compares every bucket when the record after was not copied from the one before', () => {
    const before = toBuckets({ walking: 1, stairs: 2 });
    const after = toBuckets({ walking: 1, stairs: 3, bathing: 4 });
    expect(draftChange({ answers: before }, { answers: after })).toEqual(
      expect.arrayContaining([
        { path: ['answers', 'stairs'], to: 3 },
        { path: ['answers', 'bathing'], to: 4 },
      ]),
    );
    expect(draftChange({ answers: before }, { answers: after })).toHaveLength(2);
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const flat = JSON.parse('{"__proto__": 1, "walking": 2}') as Record<string, number>;
    const record = toBuckets(flat);
    expect(bucketValue(record, '__proto__')).toBe(1);
    expect(Object.getPrototypeOf(bucketEntries(record))).toBe(Object.prototype);
    expect(Object.keys(bucketEntries(record)).sort()).toEqual(['__proto__', 'walking']);
  });

  it('takes as bucketed only the records made here, and buckets anything else afresh, wherever its keys were', () => {
    const made = toBuckets({ walking: 1 });
    expect(isBucketedRecord(made)).toBe(true);
    expect(asBuckets(made)).toBe(made);
    // Shaped like buckets, but read from somewhere (a draft written by hand, say): its keys are bucketed anew.
    const lookalike = JSON.parse(JSON.stringify(made)) as Record<string, unknown>;
    expect(isBucketedRecord(lookalike)).toBe(false);
    expect(bucketEntries(asBuckets({ walking: 1, stairs: 2 }))).toEqual({ walking: 1, stairs: 2 });
    expect(isBucketedRecord(null)).toBe(false);
    expect(isBucketedRecord({})).toBe(false);
  });
});
