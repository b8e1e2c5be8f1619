import { Outbox, UnreadableDraftError, outboxKey, type DraftStorage, type OutboxEntry, type OutcomeRecord } from '@otforms/core';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import type { DraftKeeper } from '../storage/draft-keeper.js';
import { isEncryptedDraftEnvelope } from '../storage/encrypted-draft-storage.js';

/** What the session's outbox needs from its session. */
export interface SessionOutboxHost {
  /** Where `ot-outcome` is dispatched. */
  readonly element: HTMLElement;
  storage(): DraftStorage;
  draftKey(): string;
  /** Shares the session's failure episode. */
  readonly keeper: DraftKeeper;
  /** Keeps what is under `key` aside (it could not be read); resolves to whether it is safe elsewhere now. */
  keepAside(key: string, error: UnreadableDraftError): Promise<boolean>;
  /** What is waiting changed: the page shows it. */
  changed(): void;
}

/**
 * A form's finished records, between being made and the host saying it has them (`ot-outcome`'s `ack()`).
 * A record goes into the outbox before its draft is removed; records still there are announced again
 * once per load (a reload, a new element on the same draft key), and shown as not sent yet.
 */
export class SessionOutbox {
  readonly #host: SessionOutboxHost;
  #unsent: OutboxEntry[] = [];
  /** The records announced by this session, by draft key, id and completion: each once per load. */
  readonly #announced = new Set<string>();

  constructor(host: SessionOutboxHost) {
    this.#host = host;
  }

  /** The records made here or found on load that the host has not acknowledged. */
  get unsent(): readonly OutboxEntry[] {
    return this.#unsent;
  }

  /** Announces each record still waiting in the outbox of the current draft key, once per load. */
  async announcePending(isCurrent: () => boolean): Promise<void> {
    const entries = await this.#pending();
    if (!isCurrent() || !entries) return;
    this.#unsent = entries;
    this.#host.changed();
    for (const { record } of entries) {
      if (this.#remember(record)) this.#host.element.dispatchEvent(this.#event(record));
    }
  }

  /** Puts a new record in the outbox; false when the store failed (reported), so its draft must stay. */
  async add(record: OutcomeRecord): Promise<boolean> {
    this.#remember(record);
    const queuedAt = new Date().toISOString();
    const outbox = new Outbox(this.#host.storage(), this.#host.draftKey());
    try {
      await outbox.add(record, queuedAt).catch(async (error: unknown) => {
        // What was there cannot be read: once it is kept aside, a new outbox starts with this record.
        if (!(error instanceof UnreadableDraftError) || !(await this.#keepAsideAndClear(error))) throw error;
        await outbox.add(record, queuedAt);
      });
    } catch (error) {
      this.#host.keeper.fail(`The finished record could not be kept until the host has it: ${String(error)}`);
      return false;
    }
    this.#host.keeper.succeeded();
    this.#unsent = [...this.#unsent.filter((entry) => !sameRecord(entry.record, record)), { record, queuedAt }];
    this.#host.changed();
    return true;
  }

  /** Announces a record made now: `ot-outcome`, whose `ack()` takes it out of the outbox. */
  announce(record: OutcomeRecord): void {
    this.#host.element.dispatchEvent(this.#event(record));
  }

  /** Forgets what was shown for another draft key. */
  clear(): void {
    this.#unsent = [];
  }

  #event(record: OutcomeRecord): OtOutcomeEvent {
    const storage = this.#host.storage();
    const draftKey = this.#host.draftKey();
    return new OtOutcomeEvent(record, async () => {
      try {
        // The store of now, if the draft key is the same: a new key or store moved the outbox there.
        const current = draftKey === this.#host.draftKey() ? this.#host.storage() : storage;
        await new Outbox(current, draftKey).acknowledge(record.recordId, record.completedAt);
      } catch (error) {
        this.#host.keeper.fail(`The acknowledged record could not be taken out of the outbox: ${String(error)}`);
        throw error;
      }
      this.#host.keeper.succeeded();
      if (draftKey === this.#host.draftKey()) this.#unsent = this.#unsent.filter((entry) => !sameRecord(entry.record, record));
      this.#host.changed();
    });
  }

  /** What the outbox holds; `null` when the store failed (reported). Contents that cannot be read are kept aside, then cleared. */
  async #pending(): Promise<OutboxEntry[] | null> {
    try {
      return await new Outbox(this.#host.storage(), this.#host.draftKey()).pending();
    } catch (error) {
      if (error instanceof UnreadableDraftError) return (await this.#keepAsideAndClear(error)) ? [] : null;
      this.#host.keeper.fail(`The records waiting to be sent could not be read: ${String(error)}`);
      return null;
    }
  }

  async #keepAsideAndClear(error: UnreadableDraftError): Promise<boolean> {
    const key = outboxKey(this.#host.draftKey());
    // An encrypted outbox read with no key is not broken: the key is missing. It stays as it is, neither kept aside nor replaced.
    // One the key given cannot decrypt (another key wrote it) is kept aside like a draft, so new records are not shut out.
    if (error.reason !== 'cannot-decrypt' && isEncryptedDraftEnvelope(error.stored)) {
      this.#host.keeper.fail('The records waiting to be sent are encrypted and no encryption key was given.');
      return false;
    }
    if (!(await this.#host.keepAside(key, error))) return false;
    try {
      await this.#host.storage().remove(key);
      return true;
    } catch (removal) {
      this.#host.keeper.fail(`The unreadable outbox could not be cleared: ${String(removal)}`);
      return false;
    }
  }

  /** True the first time this load sees the record. */
  #remember(record: OutcomeRecord): boolean {
    const key = `${this.#host.draftKey()} ${record.recordId} ${record.completedAt}`;
    if (this.#announced.has(key)) return false;
    this.#announced.add(key);
    return true;
  }
}

function sameRecord(a: OutcomeRecord, b: OutcomeRecord): boolean {
  return a.recordId === b.recordId && a.completedAt === b.completedAt;
}
