import { expect, waitUntil } from '@open-wc/testing';
import { EditorLock, warmUpLockManager, type EditorLockOptions } from './editor-lock.js';

/**
 * Two EditorLocks for one key in this page stand for two tabs: Web Locks and
 * BroadcastChannel both work between instances in one page (each lock opens
 * its own channel, and a channel hears every other channel of its name).
 */

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let log: string[] = [];
let made: EditorLock[] = [];
let counter = 0;
/** A key no other test uses, so a lock left by a failed test cannot hold up the next. */
const freshKey = () => `editor-lock-test:${Date.now()}:${(counter += 1)}`;

function tab(name: string, key: string, options?: EditorLockOptions): EditorLock {
  const lock = new EditorLock(
    key,
    {
      held: () => log.push(`${name} held`),
      waiting: () => log.push(`${name} waiting`),
      lost: () => log.push(`${name} lost`),
      saved: (at) => log.push(`${name} heard saved ${at}`),
    },
    options,
  );
  made.push(lock);
  return lock;
}

/** Waits until `entry` has been logged `times` times. */
const logged = (entry: string, times = 1) =>
  waitUntil(() => log.filter((logged) => logged === entry).length >= times, `waited for "${entry}" ×${times}; log: ${log.join(', ')}`, { timeout: 5000 });

beforeEach(() => {
  log = [];
  made = [];
});

afterEach(async () => {
  await Promise.all(made.map((lock) => lock.release()));
});

describe('EditorLock', () => {
  it('lets the first tab edit and keeps the second waiting', async () => {
    const key = freshKey();
    const first = tab('A', key);
    first.acquire();
    await logged('A held');
    const second = tab('B', key);
    second.acquire();
    await logged('B waiting');
    await delay(100);
    expect(log).to.deep.equal(['A held', 'B waiting']);
    expect(first.isHeld).to.equal(true);
    expect(second.isHeld).to.equal(false);
    const held = await navigator.locks.query();
    expect(held.held!.filter((lock) => lock.name === `otforms-draft:${key}`)).to.have.length(1);
  });

  it('hands over on a take-over only after the holder has written what was pending, and can be taken back', async () => {
    const key = freshKey();
    // Never steals in this test: the lock comes back through the queue only.
    const first = tab('A', key, { stealAfterMs: 60_000 });
    first.beforeRelease = async () => {
      log.push('A writing');
      await delay(150);
      log.push('A written');
    };
    first.acquire();
    await logged('A held');
    const second = tab('B', key);
    second.beforeRelease = async () => {
      log.push('B writing');
      await delay(20);
      log.push('B written');
    };
    second.acquire();
    await logged('B waiting');

    second.takeOver();
    await logged('B held');
    expect(log).to.deep.equal(['A held', 'B waiting', 'A writing', 'A written', 'A lost', 'B held']);
    expect(first.isHeld).to.equal(false);

    // The tab that lost the draft waits for it again, and can take it back.
    first.takeOver();
    await logged('A held', 2);
    expect(log.slice(6)).to.deep.equal(['B writing', 'B written', 'B lost', 'A held']);
  });

  it('steals the lock from a frozen holder after the timeout, and the holder hears it lost the draft', async () => {
    const key = freshKey();
    const first = tab('A', key);
    first.beforeRelease = () => new Promise(() => {});
    first.acquire();
    await logged('A held');
    const second = tab('B', key, { stealAfterMs: 400 });
    second.acquire();
    await logged('B waiting');

    const asked = performance.now();
    second.takeOver();
    await delay(200);
    expect(log, 'still the holder’s until the timeout').to.deep.equal(['A held', 'B waiting']);
    await logged('B held');
    await logged('A lost');
    expect(performance.now() - asked).to.be.at.least(400);
    expect(first.isHeld).to.equal(false);
    expect(second.isHeld).to.equal(true);
  });

  it('passes the lock to the waiting tab when the holder closes', async () => {
    const key = freshKey();
    const first = tab('A', key);
    first.acquire();
    await logged('A held');
    const second = tab('B', key);
    second.acquire();
    await logged('B waiting');
    await first.release();
    await logged('B held');
    expect(log).to.deep.equal(['A held', 'B waiting', 'B held']);
  });

  it('does not take the lock later for a tab that stopped waiting', async () => {
    const key = freshKey();
    const first = tab('A', key);
    first.acquire();
    await logged('A held');
    const second = tab('B', key);
    second.acquire();
    await logged('B waiting');
    await second.release();
    await first.release();
    const third = tab('C', key);
    third.acquire();
    await logged('C held');
    expect(log).to.deep.equal(['A held', 'B waiting', 'C held']);
  });

  it('keeps different drafts apart', async () => {
    const oneKey = freshKey();
    const otherKey = freshKey();
    const one = tab('A', oneKey);
    const other = tab('B', otherKey);
    one.acquire();
    other.acquire();
    await logged('A held');
    await logged('B held');
    const waiting = tab('C', oneKey);
    waiting.acquire();
    await logged('C waiting');
    waiting.takeOver();
    await logged('C held');
    one.announceSaved();
    await delay(100);
    expect(log.filter((entry) => entry.startsWith('B'))).to.deep.equal(['B held']);
    expect(other.isHeld).to.equal(true);
  });

  it('tells waiting tabs of the same draft when it was saved', async () => {
    const key = freshKey();
    const first = tab('A', key);
    first.acquire();
    await logged('A held');
    const second = tab('B', key);
    second.acquire();
    await logged('B waiting');
    const elsewhere = tab('C', freshKey());
    elsewhere.acquire();
    await logged('C held');
    const before = new Date().toISOString();
    first.announceSaved();
    await waitUntil(() => log.some((entry) => entry.startsWith('B heard saved')));
    const at = log.find((entry) => entry.startsWith('B heard saved'))!.slice('B heard saved '.length);
    expect(at >= before && at <= new Date().toISOString()).to.equal(true);
    await delay(50);
    expect(log.filter((entry) => entry.includes('heard saved'))).to.have.length(1);
  });

  it('says it saved at most once a period, with the latest save’s time at its end, and nothing once it let go', async () => {
    const key = freshKey();
    const first = tab('A', key, { savedEveryMs: 200 });
    first.acquire();
    await logged('A held');
    const second = tab('B', key);
    second.acquire();
    await logged('B waiting');
    const heard = () => log.filter((entry) => entry.startsWith('B heard saved')).map((entry) => entry.slice('B heard saved '.length));
    first.announceSaved();
    await waitUntil(() => heard().length === 1, `log: ${log.join(', ')}`);
    first.announceSaved();
    await delay(5);
    // Read before the save it stands for: the time posted is that of the call, which a millisecond tick can put after a time read later.
    const last = new Date().toISOString();
    first.announceSaved();
    await delay(50);
    expect(heard(), 'the saves after the first wait for the period to end').to.have.length(1);
    await waitUntil(() => heard().length === 2, `log: ${log.join(', ')}`);
    expect(heard()[1]! >= last).to.equal(true);
    first.announceSaved();
    await first.release();
    await delay(300);
    expect(heard(), 'a save waiting when the lock was let go is not said').to.have.length(2);
  });

  it('posts nothing but the draft key and a time', async () => {
    const key = freshKey();
    const heard: unknown[] = [];
    const listener = new BroadcastChannel('otforms-drafts');
    listener.onmessage = (event) => heard.push(event.data);
    try {
      const first = tab('A', key);
      first.acquire();
      await logged('A held');
      const second = tab('B', key);
      second.acquire();
      await logged('B waiting');
      first.announceSaved();
      second.takeOver();
      await logged('B held');
      await second.release();
      await waitUntil(() => heard.length >= 4);
      for (const message of heard) expect(Object.keys(message as object).filter((name) => name !== 'type' && name !== 'at')).to.deep.equal(['key']);
      expect(heard.map((message) => (message as { type: string }).type)).to.deep.equal(['saved', 'take-over', 'released', 'released']);
    } finally {
      listener.close();
    }
  });

  it('asks for the lock before it opens its channel, so the two overlap, and still hears the other tab', async () => {
    const order: string[] = [];
    const locks = navigator.locks;
    const request = locks.request.bind(locks) as (...args: unknown[]) => Promise<unknown>;
    const Channel = globalThis.BroadcastChannel;
    Object.defineProperty(locks, 'request', { value: (...args: unknown[]) => (order.push('request'), request(...args)), configurable: true });
    globalThis.BroadcastChannel = class extends Channel {
      constructor(name: string) {
        order.push('channel');
        super(name);
      }
    };
    try {
      const key = freshKey();
      tab('A', key).acquire();
      expect(order).to.deep.equal(['request', 'channel']);
      await logged('A held');
      const second = tab('B', key);
      second.acquire();
      await logged('B waiting');
      made[0]!.announceSaved();
      await waitUntil(() => log.some((entry) => entry.startsWith('B heard saved')), `log: ${log.join(', ')}`);
    } finally {
      delete (locks as { request?: unknown }).request;
      globalThis.BroadcastChannel = Channel;
    }
  });

  describe('opening the way to the lock manager early (warmUpLockManager)', () => {
    afterEach(() => {
      delete (navigator as { locks?: unknown }).locks;
    });

    it('asks once per lock manager which locks are held, and takes none', async () => {
      const calls: string[] = [];
      const counting = {
        query: () => (calls.push('query'), Promise.resolve({ held: [], pending: [] })),
        request: () => (calls.push('request'), Promise.resolve()),
      };
      Object.defineProperty(navigator, 'locks', { value: counting, configurable: true });
      warmUpLockManager();
      warmUpLockManager();
      expect(calls).to.deep.equal(['query']);
      // Another lock manager (a test's, or the page's own again) is opened in its turn.
      const other = { ...counting };
      Object.defineProperty(navigator, 'locks', { value: other, configurable: true });
      warmUpLockManager();
      expect(calls).to.deep.equal(['query', 'query']);
    });

    it('says nothing when the lock manager refuses or throws, and does nothing without one', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (event: PromiseRejectionEvent) => {
        unhandled.push(event.reason);
        event.preventDefault();
      };
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        const refusing = { query: () => Promise.reject(new DOMException('No origin to lock in', 'SecurityError')), request: () => Promise.resolve() };
        Object.defineProperty(navigator, 'locks', { value: refusing, configurable: true });
        expect(() => warmUpLockManager()).not.to.throw();
        const throwing = {
          query: () => {
            throw new DOMException('No origin to lock in', 'SecurityError');
          },
          request: () => Promise.resolve(),
        };
        Object.defineProperty(navigator, 'locks', { value: throwing, configurable: true });
        expect(() => warmUpLockManager()).not.to.throw();
        Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
        expect(() => warmUpLockManager()).not.to.throw();
        await delay(20);
        expect(unhandled).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });
  });

  describe('without Web Locks', () => {
    afterEach(() => {
      delete (navigator as { locks?: unknown }).locks;
    });

    it('lets every tab edit at once (nothing can be locked)', async () => {
      Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
      const key = freshKey();
      const first = tab('A', key);
      const second = tab('B', key);
      first.acquire();
      second.acquire();
      expect(log).to.deep.equal(['A held', 'B held']);
      second.takeOver();
      await first.release();
      await second.release();
      expect(log).to.deep.equal(['A held', 'B held']);
      delete (navigator as { locks?: unknown }).locks;
      expect(navigator.locks, 'restored').to.be.an.instanceOf(LockManager);
    });

    it('carries on unlocked when the lock manager refuses (a frame with no origin of its own)', async () => {
      const refusing = { request: () => Promise.reject(new DOMException('No origin to lock in', 'SecurityError')) };
      Object.defineProperty(navigator, 'locks', { value: refusing, configurable: true });
      const first = tab('A', freshKey());
      first.acquire();
      await logged('A held');
      expect(first.isHeld).to.equal(true);
    });
  });

  describe('without BroadcastChannel', () => {
    const original = globalThis.BroadcastChannel;
    afterEach(() => {
      Object.defineProperty(globalThis, 'BroadcastChannel', { value: original, configurable: true, writable: true });
    });

    it('steals at once on a take-over, since the holder cannot be asked', async () => {
      Object.defineProperty(globalThis, 'BroadcastChannel', { value: undefined, configurable: true, writable: true });
      const key = freshKey();
      const first = tab('A', key);
      first.beforeRelease = async () => {
        log.push('A writing');
      };
      first.acquire();
      await logged('A held');
      const second = tab('B', key, { stealAfterMs: 60_000 });
      second.acquire();
      await logged('B waiting');
      second.takeOver();
      await logged('B held');
      await logged('A lost');
      expect(log).to.not.include('A writing');
    });
  });
});
