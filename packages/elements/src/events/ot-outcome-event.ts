import type { OutcomeRecord } from '@otforms/core';

/**
 * Fired when a form is completed (an assessment, a goal plan closed); `detail` is the validated outcome record.
 *
 * The record also waits in the form's outbox, kept with its drafts, until the host says it has it: call
 * `ack()` once the record is safely stored (sent to the back end, say), or hand `waitUntil()` the promise
 * of doing so. Until then the form shows that the record has not been sent, and announces it again with
 * this event on the next load. A record announced again is the same record (same `recordId` and
 * `completedAt`), so a host that stores records by id stores it once.
 */
export class OtOutcomeEvent extends CustomEvent<OutcomeRecord> {
  static readonly eventName = 'ot-outcome';

  readonly #acknowledge: () => Promise<void>;
  #acknowledged: Promise<void> | null = null;

  constructor(record: OutcomeRecord, acknowledge: () => Promise<void> = () => Promise.resolve()) {
    super(OtOutcomeEvent.eventName, { detail: record, bubbles: true, composed: true });
    this.#acknowledge = acknowledge;
  }

  /**
   * The host has the record: it leaves the outbox. Resolves once it has; calling it again does nothing more. If it
   * rejects (the store is failing, the key is gone), the record stays in the outbox and `ack()` may be called again.
   */
  ack(): Promise<void> {
    this.#acknowledged ??= this.#acknowledge().catch((error: unknown) => {
      this.#acknowledged = null;
      throw error;
    });
    return this.#acknowledged;
  }

  /**
   * Acknowledges the record when `promise` resolves. If either rejects, the record stays in the outbox (and is
   * announced again on the next load); nothing is thrown into the page (the failure is reported with `ot-error`).
   */
  waitUntil(promise: Promise<unknown>): void {
    promise.then(() => this.ack()).catch(() => undefined);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-outcome': OtOutcomeEvent;
  }
}
