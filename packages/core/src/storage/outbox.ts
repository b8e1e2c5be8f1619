/**
 * Finished records wait here until the host says it has them. A record is
 * added before its draft is removed, so a crash between the two, or a host
 * that never received the event, loses nothing: what is still pending is
 * announced again on the next load.
 */
import type { OutcomeRecord } from '../record/outcome-record-schema.js';
import type { DraftStorage } from './draft-storage.js';
import { withStorageLock } from './storage-lock.js';
import { UnreadableDraftError } from './unreadable-draft-error.js';

export interface OutboxEntry {
  record: OutcomeRecord;
  /** When the record was put in the outbox (ISO 8601). */
  queuedAt: string;
}

/** Where the outbox of the form whose draft is under `draftKey` is kept: an array of {@link OutboxEntry}. */
export const outboxKey = (draftKey: string) => `${draftKey}:outbox`;

export class Outbox {
  readonly #storage: DraftStorage;
  readonly #key: string;

  constructor(storage: DraftStorage, draftKey: string) {
    this.#storage = storage;
    this.#key = outboxKey(draftKey);
  }

  /** Records not yet acknowledged, oldest first. Contents that cannot be read throw an `UnreadableDraftError` (keep them aside). */
  async pending(): Promise<OutboxEntry[]> {
    const stored = await this.#storage.read(this.#key);
    if (stored === null || stored === undefined) return [];
    if (!Array.isArray(stored) || !stored.every(isEntry)) {
      throw new UnreadableDraftError('The outbox does not hold a list of records', stored, 'malformed');
    }
    return stored;
  }

  /**
   * Adds a record, keeping only the latest record of a recordId. An episode's closing record and its
   * follow-up share a recordId, and the follow-up (later completedAt) holds everything the closing one
   * did: it replaces an earlier one still waiting, and an earlier one added after it is dropped. So a
   * closing record announced again can never overwrite the follow-up at a host that stores by recordId.
   * Adding the same record (same recordId and completedAt) again does nothing.
   */
  async add(record: OutcomeRecord, queuedAt: string): Promise<void> {
    await this.#change(async () => {
      const entries = await this.pending();
      const same = entries.filter((entry) => entry.record.recordId === record.recordId);
      if (same.some((entry) => compareCompletedAt(entry.record.completedAt, record.completedAt) >= 0)) return;
      const rest = entries.filter((entry) => entry.record.recordId !== record.recordId);
      await this.#storage.write(this.#key, [...rest, { record, queuedAt }]);
    });
  }

  /**
   * Removes the one record with this recordId and completedAt: the host has it. Both are needed because an
   * episode's closing record and its follow-up record share a recordId, and acknowledging the first must
   * not drop the second. Acknowledging one that is not there does nothing.
   */
  async acknowledge(recordId: string, completedAt: string): Promise<void> {
    await this.#change(async () => {
      const entries = await this.pending();
      const rest = entries.filter((entry) => !(entry.record.recordId === recordId && entry.record.completedAt === completedAt));
      if (rest.length === entries.length) return;
      if (rest.length === 0) await this.#storage.remove(this.#key);
      else await this.#storage.write(this.#key, rest);
    });
  }

  #change(change: () => Promise<void>): Promise<void> {
    return withStorageLock(this.#storage, `otforms-outbox:${this.#key}`, change);
  }
}

/** Orders two completedAt times (ISO 8601, perhaps with different offsets) by the instant they name. */
function compareCompletedAt(a: string, b: string): number {
  const difference = Date.parse(a) - Date.parse(b);
  if (Number.isNaN(difference)) return a < b ? -1 : a > b ? 1 : 0;
  return Math.sign(difference);
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { record, queuedAt } = value as { record?: unknown; queuedAt?: unknown };
  if (typeof queuedAt !== 'string' || typeof record !== 'object' || record === null) return false;
  const { recordId, completedAt } = record as { recordId?: unknown; completedAt?: unknown };
  return typeof recordId === 'string' && typeof completedAt === 'string';
}
