import { noteCopy, type Answers } from '@otforms/core';

/**
 * Which answers object each came from, and which answer changed on the way.
 * A context's answers are never changed in place (each event makes a new
 * object), so "these answers are those, with item X changed" stays true;
 * that is what lets visibility and the score be brought forward from what
 * was worked out for the answers before, instead of from nothing. The
 * earlier object is held weakly: a lineage never keeps old answers alive,
 * and one that was collected simply means working out in full again.
 */
const lineage = new WeakMap<Answers, { before: WeakRef<Answers>; changed: string }>();

/** Notes that `after` is `before` with (at most) the answer under `changed` different. */
export function noteAnswersChange(before: Answers, after: Answers, changed: string): void {
  if (before === after) return;
  lineage.set(after, { before: new WeakRef(before), changed });
  // And for the draft: it is written as what changed, not as every answer (core's draft-change).
  noteCopy(before, after, [changed]);
}

/**
 * Walks back from `answers` to the nearest earlier answers that `found`
 * accepts, collecting what changed since; null when there is none within
 * `limit` steps (a resumed draft, say).
 */
export function changesSince<T>(answers: Answers, found: (earlier: Answers) => T | undefined, limit = 64): { earlier: T; changed: Set<string> } | null {
  const changed = new Set<string>();
  let at: Answers | undefined = answers;
  for (let step = 0; at && step < limit; step++) {
    const link = lineage.get(at);
    if (!link) return null;
    changed.add(link.changed);
    at = link.before.deref();
    const earlier = at && found(at);
    if (earlier !== undefined) return { earlier, changed };
  }
  return null;
}
