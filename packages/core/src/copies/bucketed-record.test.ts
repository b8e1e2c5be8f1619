import { describe, expect, it } from 'vitest';
import { asBuckets, bucketEntries, bucketValue, isBucketedRecord, toBuckets, withBucketValue, type BucketedRecord } from './bucketed-record.js';
import { copiedSince } from './noted-copies.js';
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
