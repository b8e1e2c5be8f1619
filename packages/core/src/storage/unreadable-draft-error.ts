/**
 * Why a store could not turn what it holds back into a value: not JSON, not
 * decryptable with the key given, or JSON but not in the shape expected (an
 * outbox or index that is not a list).
 */
export type UnreadableDraftReason = 'not-json' | 'cannot-decrypt' | 'malformed';

/**
 * Thrown by a store's `read` when what is stored cannot be turned back into a
 * value. `stored` is exactly what is there (the raw text, or an encrypted
 * envelope), so the caller can keep it aside rather than save over it.
 */
export class UnreadableDraftError extends Error {
  override readonly name = 'UnreadableDraftError';

  constructor(
    message: string,
    readonly stored: unknown,
    readonly reason: UnreadableDraftReason,
  ) {
    super(message);
  }
}
