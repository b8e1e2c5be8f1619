import { copiedSince, noteCopy, type Answers } from '@otforms/core';

/**
 * Which answers object each came from, and which answer changed on the way: core's noted copies, which
 * the draft follows too. A context's answers are never changed in place (each event makes a new object),
 * so "these answers are those, with item X changed" stays true; that is what lets visibility and the
 * score be brought forward from what was worked out for the answers before, instead of from nothing.
 */

/** Notes that `after` is `before` with (at most) the answer under `changed` different. */
export function noteAnswersChange(before: Answers, after: Answers, changed: string): void {
  noteCopy(before, after, [changed]);
}

/**
 * Walks back from `answers` to the nearest earlier answers that `found`
 * accepts, collecting what changed since; null when there is none within
 * `limit` steps (a resumed draft, say).
 */
export function changesSince<T>(answers: Answers, found: (earlier: Answers) => T | undefined, limit = 64): { earlier: T; changed: Set<string> } | null {
  return copiedSince(answers, (earlier) => found(earlier as Answers), limit);
}
