import { noteCopy } from './noted-copies.js';

/**
 * A record kept as small objects ("buckets"), each holding the keys that hash to it, so that a copy
 * with one key changed copies one bucket and the list of buckets: about n/64 + 64 keys rather than n.
 * In V8 a plain object past about a thousand keys is a dictionary, and copying one of 3,000 keys takes
 * about a millisecond; a form machine that copied its audit on every answer (and every keystroke of a
 * typed answer) paid that per answer, growing with the form. The bucketed copy takes microseconds.
 *
 * Only in memory: drafts hold the flat object it stands for (`bucketEntries`; core's `draftChange` writes
 * a change of one as the change of that flat object), so what is stored keeps the shape earlier versions
 * read, and which bucket a key lands in is never stored. Only records made here are taken as bucketed
 * (`isBucketedRecord`); anything else, such as a flat object read back from a draft, is bucketed anew
 * (`asBuckets`).
 *
 * Never changed in place: each change makes new objects and notes them (`noteCopy`) with the key that
 * changed, the record's own key, never a bucket's name, so that whoever follows the copies of the record
 * (an assessment's answers' lineage) reads the keys it knows. A draft's change does not rely on the notes:
 * it compares the buckets that are new objects, key by key (core's `draftChange`).
 */
export type BucketedRecord<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

const BUCKET_COUNT = 64;
/** The records made here: the only ones taken as bucketed. */
const made = new WeakSet<object>();

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

/** Whether `record` holds `key`. */
export function hasBucketValue<T>(record: BucketedRecord<T>, key: string): boolean {
  const bucket = record[bucketOf(key)];
  return bucket !== undefined && Object.hasOwn(bucket, key);
}

/** A copy of `record` with `value` under `key`; `record` is left as it is. */
export function withBucketValue<T>(record: BucketedRecord<T>, key: string, value: T): BucketedRecord<T> {
  const name = bucketOf(key);
  const before = record[name];
  // A computed key defines an own property: "__proto__" stays a key.
  return replaced(record, name, before, { ...before, [key]: value }, key);
}

/** A copy of `record` without `key`; `record` itself when it does not hold it. */
export function withoutBucketValue<T>(record: BucketedRecord<T>, key: string): BucketedRecord<T> {
  const name = bucketOf(key);
  const before = record[name];
  if (!before || !Object.hasOwn(before, key)) return record;
  const bucket = { ...before };
  delete bucket[key];
  return replaced(record, name, before, bucket, key);
}

/** `record` with bucket `name` replaced, noted as a copy with `key` changed. */
function replaced<T>(record: BucketedRecord<T>, name: string, before: Readonly<Record<string, T>> | undefined, bucket: Record<string, T>, key: string): BucketedRecord<T> {
  const after = { ...record, [name]: bucket };
  if (before) noteCopy(before, bucket, [key]);
  noteCopy(record, after, [key]);
  made.add(after);
  return after;
}

/** Every key and value, as one plain object: for a whole draft or a record, never per change. */
export function bucketEntries<T>(record: BucketedRecord<T>): Record<string, T> {
  // fromEntries defines own properties, so "__proto__" stays a key, and is far quicker than defining them one by one.
  return Object.fromEntries(Object.values(record).flatMap((bucket) => Object.entries(bucket)));
}

/** The same keys and values, bucketed. */
export function toBuckets<T>(flat: Readonly<Record<string, T>>): BucketedRecord<T> {
  const buckets: Record<string, Record<string, T>> = {};
  for (const [key, value] of Object.entries(flat)) setOwn((buckets[bucketOf(key)] ??= {}), key, value);
  made.add(buckets);
  return buckets;
}

/** `target[key] = value` as an own property even when `key` is "__proto__" (a flat record may come from a draft). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Whether `value` is a bucketed record made here (by `withBucketValue` or `toBuckets`). */
export function isBucketedRecord(value: unknown): value is BucketedRecord<unknown> {
  return typeof value === 'object' && value !== null && made.has(value);
}

/** `record` bucketed: as it is when it was made here, else bucketed from the flat object it is (a draft's, say). */
export function asBuckets<T>(record: BucketedRecord<T> | Readonly<Record<string, T>>): BucketedRecord<T> {
  return made.has(record) ? (record as BucketedRecord<T>) : toBuckets(record as Readonly<Record<string, T>>);
}
