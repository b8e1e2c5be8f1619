/**
 * Read-modify-write of one shared key (the kept-aside index, an outbox) must
 * not interleave, or one change is lost. Within this page, changes to a key of
 * a store run one after another; across tabs, a Web Lock of the same name
 * guards them when the engine has `navigator.locks` (browsers do; Node and
 * some embedded views do not, and there only one page can be writing).
 */
import type { DraftStorage } from './draft-storage.js';

type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

const queues = new WeakMap<DraftStorage, Map<string, Promise<unknown>>>();

function lockManager(): LockManagerLike | undefined {
  const navigator = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return navigator?.locks;
}

export function withStorageLock<T>(storage: DraftStorage, name: string, change: () => Promise<T>): Promise<T> {
  let byName = queues.get(storage);
  if (!byName) queues.set(storage, (byName = new Map()));
  const previous = byName.get(name) ?? Promise.resolve();
  const locks = lockManager();
  const run = () => (locks ? locks.request(name, change) : change());
  // A failed change must not block the ones queued after it; its caller still sees the rejection.
  const result = previous.then(run, run);
  const settled = result.catch(() => undefined);
  byName.set(name, settled);
  void settled.then(() => {
    if (byName.get(name) === settled) byName.delete(name);
  });
  return result;
}
