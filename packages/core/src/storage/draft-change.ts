import { bucketEntries, isBucketedRecord, type BucketedRecord } from '../copies/bucketed-record.js';
import { copiedSince } from '../copies/noted-copies.js';
import { cyrb53 } from '../hash/cyrb53.js';
import { UnreadableDraftError } from './unreadable-draft-error.js';

/**
 * A draft saved as a change: the steps that turn the draft saved before into the draft now, so that a
 * store that can keep changes (`DraftStorage.writeChange`) writes one answer, not the whole form, on
 * every answer. A step sets the value at a path of object keys, or deletes it; arrays and anything else
 * that changed are set whole, big objects are followed along their noted copies (`noteCopy`), and a bucketed
 * record (`BucketedRecord`) changes as the flat object it stands for, which is what drafts hold. `read`
 * gives the draft with its changes applied, so nothing above the store ever sees one.
 */
export interface DraftChangeStep {
  /** Object keys from the draft's root; never empty. */
  readonly path: readonly string[];
  /** The new value; absent: the key is deleted. */
  readonly to?: unknown;
}

export type DraftChange = readonly DraftChangeStep[];

/** A change that does not fit the draft it is applied to: a key on its path is not an object there. */
export class DraftChangeMismatchError extends Error {
  override readonly name = 'DraftChangeMismatchError';
}

/** An object at most this big is compared key by key; a bigger one that was not noted as a copy is set whole. */
const COMPARED_KEYS = 32;

/**
 * The steps from draft `before` to draft `after` (JSON-compatible values, never changed in place); null when
 * only the whole draft says it (one is not an object, or both are big and `after` is no noted copy). Work is
 * bounded by what changed: objects are compared key by key only when small, or along the keys `noteCopy`
 * gave; a big object reached otherwise is set whole.
 */
export function draftChange(before: unknown, after: unknown): DraftChange | null {
  const steps: DraftChangeStep[] = [];
  const keys = isRecord(before) && isRecord(after) ? keysToCompare(before, after) : null;
  if (!keys) return null;
  collectKeys(steps, [], before as Record<string, unknown>, after as Record<string, unknown>, keys);
  return steps;
}

function collect(steps: DraftChangeStep[], path: string[], before: unknown, after: unknown): void {
  if (Object.is(before, after)) return;
  if (after === undefined) {
    steps.push({ path });
    return;
  }
  // A bucketed record (core's copies) is stored as the flat object it stands for: so is its change. It must be
  // reached key by key from the draft's root, as an assessment's context.audit and context.responses.answers
  // are (through objects of a few keys each): one inside a value set whole (below) would be stored bucketed.
  if (isBucketedRecord(after)) {
    if (isBucketedRecord(before)) collectBuckets(steps, path, before, after);
    else steps.push({ path, to: bucketEntries(after) });
    return;
  }
  const keys = isRecord(before) && isRecord(after) ? keysToCompare(before, after) : null;
  if (!keys) {
    steps.push({ path, to: after });
    return;
  }
  collectKeys(steps, path, before as Record<string, unknown>, after as Record<string, unknown>, keys);
}

function collectKeys(steps: DraftChangeStep[], path: string[], was: Record<string, unknown>, now: Record<string, unknown>, keys: Iterable<string>): void {
  for (const key of keys) {
    const next = [...path, key];
    if (!Object.hasOwn(now, key)) {
      if (Object.hasOwn(was, key)) steps.push({ path: next });
    } else collect(steps, next, Object.hasOwn(was, key) ? was[key] : undefined, now[key]);
  }
}

/**
 * The steps between two bucketed records, at the flat keys: every bucket that is a new object is compared key
 * by key (a few dozen keys, about what copying it cost), so the change is found from the records themselves,
 * whatever the notes of their copies say: a note that left a key out cannot lose an answer from a draft.
 */
function collectBuckets(steps: DraftChangeStep[], path: string[], before: BucketedRecord<unknown>, after: BucketedRecord<unknown>): void {
  for (const name of keysOfEither(before, after)) {
    const was = before[name] ?? {};
    const now = after[name] ?? {};
    if (was !== now) collectKeys(steps, path, was, now, keysOfEither(was, now));
  }
}

/** The keys that may differ between two objects, or null when finding them would cost the size of either. */
function keysToCompare(before: object, after: object): Iterable<string> | null {
  const traced = copiedSince(after, (earlier) => (earlier === before ? true : undefined));
  if (traced) return traced.changed;
  const was = Object.keys(before);
  const now = Object.keys(after);
  if (was.length > COMPARED_KEYS || now.length > COMPARED_KEYS) return null;
  return new Set([...was, ...now]);
}

/** Every key of either object: for two buckets, small by construction, compared whatever their size. */
function keysOfEither(before: object, after: object): Set<string> {
  return new Set([...Object.keys(before), ...Object.keys(after)]);
}

/**
 * Applies `change` to `draft` in place (a fresh copy the caller owns, such as one just read) and returns it.
 * Throws a `DraftChangeMismatchError` when a step's path runs through something that is not an object:
 * the change was not made from this draft.
 */
export function applyDraftChange(draft: unknown, change: DraftChange): unknown {
  for (const step of change) {
    // `draftChange` never makes an empty path: the whole draft is written whole, not as a change.
    if (!Array.isArray(step.path) || step.path.length === 0) throw new DraftChangeMismatchError('A draft change step has no path');
    let at = draft;
    for (const key of step.path.slice(0, -1)) {
      if (!isRecord(at) || !Object.hasOwn(at, key)) throw new DraftChangeMismatchError(`The draft has no object at "${step.path.join('.')}"`);
      at = (at as Record<string, unknown>)[key];
    }
    if (!isRecord(at)) throw new DraftChangeMismatchError(`The draft has no object at "${step.path.join('.')}"`);
    const key = step.path[step.path.length - 1]!;
    // defineProperty, not assignment: a key such as "__proto__" is an ordinary key of the draft, as JSON.parse makes it.
    if ('to' in step) Object.defineProperty(at, key, { value: step.to, enumerable: true, writable: true, configurable: true });
    else delete (at as Record<string, unknown>)[key];
  }
  return draft;
}

/**
 * For a store's `read`: `draft` (a fresh copy the store owns) with the `changes` it kept applied in order.
 * When they do not fit it, or one is not a change at all, an `UnreadableDraftError` (malformed) holding
 * `stored()`, the draft as kept and its changes, so that the form keeps them aside rather than lose either.
 */
export function applyKeptChanges(draft: unknown, changes: readonly unknown[], stored: () => unknown): unknown {
  try {
    return changes.reduce((at: unknown, change) => applyDraftChange(at, change as DraftChange), draft);
  } catch (error) {
    throw new UnreadableDraftError(`The changes kept with the draft do not fit it: ${String(error)}`, stored(), 'malformed');
  }
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a store that keeps changes (`writeChange`) notes of the draft it wrote, from its JSON text: reading
 * it back, a draft whose text no longer matches was written by someone else (an older version that knows
 * nothing of changes), so the changes kept for the one before are not applied to it.
 */
export function draftFingerprint(json: string): string {
  return `cyrb53:${json.length}:${cyrb53(json)}`;
}
