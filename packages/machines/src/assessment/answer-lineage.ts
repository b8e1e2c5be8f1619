import { copiedSince, isBucketedRecord, noteCopy } from '@otforms/core';
import type { HeldAnswers } from './held-answers.js';

/**
 * Which answers object each came from, and which answer changed on the way: core's noted copies, which
 * the draft follows too. A context's answers are never changed in place (each event makes a new object),
 * so "these answers are those, with item X changed" stays true; that is what lets visibility and the
 * score be brought forward from what was worked out for the answers before, instead of from nothing.
 */

/**
 * Notes that `after` is `before` with (at most) the answer under `changed` different, where nothing noted it
 * yet: bucketed answers note their own copies with the key that changed (core's bucketed records), and that
 * note is left as it is. What is left to note is answers restored flat from a draft and the first bucketed
 * ones after them, which were bucketed from a fresh copy.
 */
export function noteAnswersChange(before: HeldAnswers, after: HeldAnswers, changed: string): void {
  if (!isBucketedRecord(before)) noteCopy(before, after, [changed]);
}

/**
 * Walks back from `answers` to the nearest earlier answers that `found`
 * accepts, collecting what changed since; null when there is none within
 * `limit` steps (a resumed draft, say).
 */
export function changesSince<T>(answers: HeldAnswers, found: (earlier: HeldAnswers) => T | undefined, limit = 64): { earlier: T; changed: Set<string> } | null {
  return copiedSince(answers, (earlier) => found(earlier as HeldAnswers), limit);
}
