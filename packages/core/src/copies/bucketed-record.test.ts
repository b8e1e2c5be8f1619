import { describe, expect, it } from 'vitest';
import { bucketEntries, bucketValue, isBucketed, toBuckets, withBucketValue, type BucketedRecord } from './bucketed-record.js';
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

  it('notes its copies, so a draft holding it is written as the one value that changed', () => {
    const record = toBuckets(Object.fromEntries(keys.map((key, i) => [key, i])));
    const after = withBucketValue(record, keys[7]!, -1);
    expect(copiedSince(after, (earlier) => (earlier === record ? true : undefined))?.changed.size).toBe(1);
    const change = draftChange({ context: { audit: record } }, { context: { audit: after } });
    expect(change).toEqual([{ path: ['context', 'audit', expect.any(String), keys[7]], to: -1 }]);
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const flat = JSON.parse('{"__proto__": 1, "walking": 2}') as Record<string, number>;
    const record = toBuckets(flat);
    expect(bucketValue(record, '__proto__')).toBe(1);
    expect(Object.getPrototypeOf(bucketEntries(record))).toBe(Object.prototype);
    expect(Object.keys(bucketEntries(record)).sort()).toEqual(['__proto__', 'walking']);
  });

  it('tells a bucketed record from a flat one keyed by answers', () => {
    expect(isBucketed(toBuckets({ walking: 1 }))).toBe(true);
    expect(isBucketed({ walking: { firstAt: 'x' } })).toBe(false);
    expect(isBucketed({ '64': {} })).toBe(false);
    expect(isBucketed({ '07': {} })).toBe(false);
    expect(isBucketed({ '3': 'not an object' })).toBe(false);
    expect(isBucketed({})).toBe(false);
    expect(isBucketed([])).toBe(false);
  });
});
