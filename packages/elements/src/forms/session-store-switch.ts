import { Outbox, outboxKey, type DraftStorage } from '@otforms/core';
import type { DraftKeeper } from '../storage/draft-keeper.js';
import type { ChosenStore } from './draft-store.js';

/** What moving a running form to another store (a new encryption key, another `storage`) needs. */
export interface StoreSwitch {
  from: ChosenStore;
  to: ChosenStore;
  draftKey: string;
  keeper: DraftKeeper;
  /** The form's progress now, or `null` when it is finished (its draft is gone, its record in the outbox). */
  progress(): unknown;
}

/**
 * Moves a running form's draft and outbox to the store it uses from now on, without reading its draft again:
 * the answers on the page are the latest, and a draft written with the old key could not be read with a new one.
 *
 * What the old store's queue holds lands first; then the current snapshot is written through the new store (the
 * same place under a new key: it replaces what the old key wrote). The outbox is read with the old store and
 * written with the new; in another place its entries are added there (idempotent), then removed from the old.
 * Failures are the keeper's episode (warned of, reported once); nothing is removed from the old store unless it
 * is safe in the new one.
 */
export async function switchDraftStore(change: StoreSwitch): Promise<void> {
  const { from, to, draftKey, keeper } = change;
  const samePlace = from.plain === to.plain;
  await keeper.flush();
  const progress = change.progress();
  if (progress !== null) {
    keeper.save(progress);
    await keeper.flush();
    if (!samePlace && !keeper.failing) await removeQuietly(from.store, draftKey);
  }
  try {
    const entries = await new Outbox(from.store, draftKey).pending();
    if (entries.length === 0) return;
    if (samePlace) {
      await to.store.write(outboxKey(draftKey), entries);
      return;
    }
    const outbox = new Outbox(to.store, draftKey);
    for (const entry of entries) await outbox.add(entry.record, entry.queuedAt);
    await from.store.remove(outboxKey(draftKey));
  } catch (error) {
    keeper.fail(`The records waiting to be sent could not be moved to the new store: ${String(error)}`);
  }
}

async function removeQuietly(store: DraftStorage, key: string): Promise<void> {
  try {
    await store.remove(key);
  } catch {
    // The copy left behind is the same draft; the next start in that store resumes it, nothing is lost.
  }
}
