import { noteCopy } from './noted-copies.js';

/**
 * A record kept as small objects ("buckets"), each holding the keys that hash to it, so that a copy
 * with one key changed copies one bucket and the list of buckets: about n/64 + 64 keys rather than n.
 * In V8 a plain object past about a thousand keys is a dictionary, and copying one of 3,000 keys takes
 * about a millisecond; a form machine that copied its audit on every answer (and every keystroke of a
 * typed answer) paid that per answer, growing with the form. The bucketed copy takes microseconds.
 *
 * Bucket names are the decimal numbers "0" to "63". Answer keys never look like that (item ids start
 * with a letter), which is how `isBucketed` tells a bucketed record from a flat one read from an older
 * draft. Which bucket a key lands in is worked out again whenever a record is read (`toBuckets`), so
 * the hash may change between versions without losing a key.
 *
 * Never changed in place: each change makes new objects and notes them (`noteCopy`), so a draft written
 * as a change (core's draft-change) holds the one key that changed.
 */
export type BucketedRecord<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

const BUCKET_COUNT = 64;
/** Records made here: known bucketed without a look at their keys (which would cost a for-in on every answer). */
const made = new WeakSet<object>();
const BUCKET_NAME = /^(?:0|[1-9]\d?)$/;

/** The bucket `key` lands in: FNV-1a of its UTF-16 code units, modulo the count. */
function bucketOf(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return String((hash >>> 0) % BUCKET_COUNT);
}

/** The value under `key`, or undefined. */
export function bucketValue<T>(record: BucketedRecord<T>, key: string): T | undefined {
  const bucket = record[bucketOf(key)];
  return bucket && Object.hasOwn(bucket, key) ? bucket[key] : undefined;
}

/** A copy of `record` with `value` under `key`; `record` is left as it is. */
export function withBucketValue<T>(record: BucketedRecord<T>, key: string, value: T): BucketedRecord<T> {
  const name = bucketOf(key);
  const before = record[name];
  const bucket = { ...before, [key]: value };
  const after = { ...record, [name]: bucket };
  if (before) noteCopy(before, bucket, [key]);
  noteCopy(record, after, [name]);
  made.add(after);
  return after;
}

/** Every key and value, as one plain object: for a record built once (an outcome record), never per change. */
export function bucketEntries<T>(record: BucketedRecord<T>): Record<string, T> {
  const flat: Record<string, T> = {};
  for (const bucket of Object.values(record)) for (const [key, value] of Object.entries(bucket)) setOwn(flat, key, value);
  return flat;
}

/** The same keys and values, bucketed. */
export function toBuckets<T>(flat: Readonly<Record<string, T>>): BucketedRecord<T> {
  const buckets: Record<string, Record<string, T>> = {};
  for (const [key, value] of Object.entries(flat)) setOwn((buckets[bucketOf(key)] ??= {}), key, value);
  made.add(buckets);
  return buckets;
}

/** `target[key] = value` as an own property even when `key` is "__proto__" (a draft is data from storage). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `record` bucketed: as it is when it is (or is empty), else bucketed from the flat object it is. A flat
 * one comes from a draft saved before the record was bucketed and restored as it was stored (a child
 * machine's snapshot, say). One look at the first key tells them apart: integer-like keys such as the
 * bucket names are always enumerated first, and answer keys start with a letter.
 */
export function asBuckets<T>(record: BucketedRecord<T> | Readonly<Record<string, T>>): BucketedRecord<T> {
  if (made.has(record)) return record as BucketedRecord<T>;
  for (const key in record) return BUCKET_NAME.test(key) ? (record as BucketedRecord<T>) : toBuckets(record as Readonly<Record<string, T>>);
  return record as BucketedRecord<T>;
}

/**
 * Whether `value` has the shape of a bucketed record: a non-empty object whose keys are all bucket names
 * and whose values are all objects. Its entries are not checked: that is the reader's schema's job.
 */
export function isBucketed(value: unknown): value is BucketedRecord<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([name, bucket]) => BUCKET_NAME.test(name) && Number(name) < BUCKET_COUNT && typeof bucket === 'object' && bucket !== null && !Array.isArray(bucket));
}
