/**
 * Which object each noted copy was made from, and which keys changed on the way. A form machine never
 * changes its answers (or audit) in place: each event makes a new object, so "this object is that one
 * with keys X changed" stays true. That fact is what lets visibility, the score and the draft be brought
 * forward from what was worked out before, instead of from nothing, on a form of 3,000 items. The object
 * copied from is held weakly: a note never keeps an old object alive, and one that was collected simply
 * means working out in full again.
 */
const copies = new WeakMap<object, { before: WeakRef<object>; changed: readonly string[] }>();

/**
 * Notes that `after` is a copy of `before` with at most the keys `changed` different (set, changed or
 * deleted). The copier promises that neither is changed in place afterwards.
 */
export function noteCopy(before: object, after: object, changed: readonly string[]): void {
  if (before !== after) copies.set(after, { before: new WeakRef(before), changed });
}

/**
 * Walks back from `after` along noted copies to the nearest earlier object that `found` accepts (gives
 * something for), collecting the keys changed since; null when there is none within `limit` copies.
 */
export function copiedSince<T>(after: object, found: (earlier: object) => T | undefined, limit = 64): { earlier: T; changed: Set<string> } | null {
  const changed = new Set<string>();
  let at: object | undefined = after;
  for (let step = 0; at && step < limit; step++) {
    const link = copies.get(at);
    if (!link) return null;
    link.changed.forEach((key) => changed.add(key));
    at = link.before.deref();
    const earlier = at && found(at);
    if (earlier !== undefined) return { earlier, changed };
  }
  return null;
}
