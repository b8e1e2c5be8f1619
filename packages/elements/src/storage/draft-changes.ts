import type { DraftChangeStep } from '@otforms/core';

/** More steps than this and the change is no smaller than the draft: it is written whole. */
const MOST_STEPS = 256;

/** The parts of a persisted XState snapshot, besides its context and children, as `getPersistedSnapshot` keeps them. */
const SNAPSHOT_PARTS = ['status', 'value', 'output', 'error'] as const;

type Snapshotish = { context?: unknown; children?: Record<string, unknown>; historyValue?: unknown } & Record<string, unknown>;

/**
 * The one key under which a record `after` differs from `before`, when whoever made it noted so (the assessment
 * machine notes its answers and audit: `changedKeyOf` from `@otforms/machines`); `undefined` to compare in full.
 */
export type ChangedKey = (before: object, after: object) => string | undefined;

/**
 * The steps that turn the draft of `before` into the draft of `after` (two snapshots of one machine, as its
 * actor gave them), or `null` when they must be written whole: a machine with children (persisted from the
 * children as they are, not from the snapshot), history that changed, or a change as large as the draft.
 *
 * A machine never changes its context in place, so what is the same object in both is unchanged and is not
 * looked into: the work is the keys of the objects on the way to what changed, and what is written is only
 * what changed. Arrays are replaced whole. A record that `changedKey` knows differs under one key (an answers
 * object of thousands) is looked into under that key alone, so the work does not grow with it.
 */
export function snapshotChanges(before: unknown, after: unknown, changedKey: ChangedKey = () => undefined): DraftChangeStep[] | null {
  const [from, to] = [before as Snapshotish | null, after as Snapshotish | null];
  if (!from || !to || typeof from !== 'object' || typeof to !== 'object') return null;
  if (hasChildren(from) || hasChildren(to) || from.historyValue !== to.historyValue) return null;
  const steps: DraftChangeStep[] = [];
  for (const part of SNAPSHOT_PARTS) {
    if (from[part] === to[part]) continue;
    if (to[part] === undefined) steps.push([[part]]);
    else if (!jsonSafe(to[part])) return null;
    else steps.push([[part], to[part]]);
  }
  return changesIn(from.context, to.context, ['context'], steps, changedKey) ? steps : null;
}

function hasChildren(snapshot: Snapshotish): boolean {
  for (const _ in snapshot.children ?? {}) return true;
  return false;
}

/** Adds the steps from `before` to `after` at `path`; false when they cannot be written as steps. */
function changesIn(before: unknown, after: unknown, path: string[], steps: DraftChangeStep[], changedKey: ChangedKey): boolean {
  if (before === after) return true;
  if (!isRecord(before) || !isRecord(after)) {
    if (after === undefined) steps.push([path]);
    else if (!jsonSafe(after)) return false;
    else steps.push([path, after]);
    return steps.length <= MOST_STEPS;
  }
  const only = changedKey(before, after);
  if (only !== undefined) {
    const value = Object.hasOwn(after, only) ? after[only] : undefined;
    if (value !== undefined) return changesIn(Object.hasOwn(before, only) ? before[only] : undefined, value, [...path, only], steps, changedKey);
    if (Object.hasOwn(before, only) && before[only] !== undefined) steps.push([[...path, only]]);
    return steps.length <= MOST_STEPS;
  }
  for (const key in after) {
    const value = after[key];
    if (value === before[key] && (value !== undefined || key in before)) continue;
    if (value === undefined) {
      if (key in before && before[key] !== undefined) steps.push([[...path, key]]);
    } else if (!changesIn(before[key], value, [...path, key], steps, changedKey)) return false;
    if (steps.length > MOST_STEPS) return false;
  }
  for (const key in before) {
    if (!(key in after) && before[key] !== undefined) steps.push([[...path, key]]);
  }
  return steps.length <= MOST_STEPS;
}

/**
 * Applies `steps` to `draft` (a value read back from a store: it is changed in place) and returns it. A step
 * under a value that is not an object makes the objects on its way, as writing the whole draft would have.
 */
export function applyChanges(draft: unknown, steps: readonly DraftChangeStep[]): unknown {
  let root = draft;
  for (const step of steps) {
    const [path] = step;
    if (path.length === 0) {
      root = step.length === 2 ? copy(step[1]) : null;
      continue;
    }
    if (!isRecord(root)) root = {};
    let at = root as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      at = isRecord(next) ? next : (at[key] = {});
    }
    const last = path[path.length - 1]!;
    if (step.length === 2) at[last] = copy(step[1]);
    else delete at[last];
  }
  return root;
}

/** `earlier` then `later` as one list: a step whose path a later step writes again is left out, as it would be overwritten. */
export function mergeChanges(earlier: readonly DraftChangeStep[], later: readonly DraftChangeStep[]): DraftChangeStep[] {
  const byPath = new Map<string, DraftChangeStep>();
  for (const step of [...earlier, ...later]) {
    const key = step[0].join('\u0000');
    byPath.delete(key);
    byPath.set(key, step);
  }
  return [...byPath.values()];
}

/** A step holds values shared with the machine's context; a draft read back must never share them. */
function copy(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as unknown) : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An actor (XState persists it as a reference) or a function has no JSON of its own: such a change is written whole. */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'function') return false;
  return !(value !== null && typeof value === 'object' && 'sessionId' in value && 'send' in value);
}
