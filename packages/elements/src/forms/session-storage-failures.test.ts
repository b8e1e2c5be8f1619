import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import { IndexedDbDraftStorage } from '../storage/indexed-db-draft-storage.js';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { checkedCodes, mountAssessment, storageWarnings } from './session.test-support.js';

const firstPage = { bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'needs-some-help', feeding: 'independent' };

/** A store in memory whose writes throw while `failing`, as a full or broken store does. */
function switchableStore(): DraftStorage & { failing: boolean; memory: MemoryDraftStorage; writes: number } {
  const memory = new MemoryDraftStorage();
  return {
    failing: true,
    memory,
    writes: 0,
    read: (key) => memory.read(key),
    write(key, value) {
      this.writes += 1;
      if (this.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      memory.write(key, value);
    },
    remove: (key) => memory.remove(key),
  };
}

/** Fills localStorage until it refuses more (QuotaExceededError); returns the keys it used. */
function fillLocalStorage(): string[] {
  const keys: string[] = [];
  let chunk = 'x'.repeat(1024 * 1024);
  while (chunk.length > 0) {
    const key = `otforms-test-fill-${keys.length}`;
    try {
      localStorage.setItem(key, chunk);
      keys.push(key);
    } catch {
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
  return keys;
}

describe('a form whose store fails', () => {
  it('reports five failed answers as one ot-error, warns in the page with role alert until writes work again, and a second episode reports again', async () => {
    const store = switchableStore();
    const { element, driver, errors } = await mountAssessment({ storageKey: 'failing-store', storage: store });
    await driver.answerPage(firstPage);
    await until(() => store.writes >= 5, 'five writes tried');
    expect(checkedCodes(element), 'the person carries on in memory').to.deep.equal(firstPage);
    expect(errors.map((error) => error.kind)).to.deep.equal(['storage']);
    expect(storageWarnings(element)).to.have.length(1);
    expect(storageWarnings(element)[0]!.textContent).to.contain('not being saved');
    await expectNoAxeViolations(element);

    store.failing = false;
    await driver.choose('transfers', 'independent');
    await until(() => storageWarnings(element).length === 0, 'the warning gone');
    expect((store.memory.read('failing-store') as { context: { responses: { answers: object } } }).context.responses.answers).to.deep.equal({ ...firstPage, transfers: 'independent' });

    store.failing = true;
    await driver.choose('mobility', 'independent');
    await driver.choose('dressing', 'independent');
    await until(() => storageWarnings(element).length === 1, 'the warning again');
    expect(errors.map((error) => error.kind)).to.deep.equal(['storage', 'storage']);
  });

  it('fills localStorage for real: the quota error is reported once and warned of; once there is room, the answers are saved', async () => {
    localStorage.removeItem('quota-test');
    const filled = fillLocalStorage();
    try {
      const { element, driver, errors } = await mountAssessment({ storageKey: 'quota-test', storage: new LocalStorageDraftStorage() });
      await driver.answerPage(firstPage);
      await until(() => storageWarnings(element).length === 1, 'the warning');
      expect(errors.map((error) => error.kind)).to.deep.equal(['storage']);
      expect(errors[0]!.message).to.match(/quota/i);
      expect(localStorage.getItem('quota-test')).to.equal(null);

      for (const key of filled.splice(0)) localStorage.removeItem(key);
      await driver.choose('transfers', 'independent');
      await until(() => storageWarnings(element).length === 0, 'the warning gone');
      const saved = JSON.parse(localStorage.getItem('quota-test')!) as { context: { responses: { answers: object } } };
      expect(saved.context.responses.answers).to.deep.equal({ ...firstPage, transfers: 'independent' });
    } finally {
      for (const key of filled) localStorage.removeItem(key);
      localStorage.removeItem('quota-test');
    }
  });

  it('without IndexedDB (storage removed), the default store fails: the form starts, warns once, and keeps the answers in memory', async () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
    try {
      const { element, driver, errors } = await mountAssessment({ storageKey: 'no-storage' });
      expect(driver.heading()?.textContent).to.equal('Activities of daily living');
      await driver.answerPage(firstPage);
      await until(() => storageWarnings(element).length === 1, 'the warning');
      expect(errors.map((error) => [error.kind, error.message.includes('This browser keeps no storage')])).to.deep.equal([['storage', true]]);
      expect(checkedCodes(element)).to.deep.equal(firstPage);
    } finally {
      if (own) Object.defineProperty(globalThis, 'indexedDB', own);
      else delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
    expect(typeof indexedDB).to.equal('object');
  });

  it('an IndexedDB transaction that throws (put) is reported once and warned of; the answers stay in the page', async () => {
    const storage = new IndexedDbDraftStorage({ databaseName: 'otforms-test-put-throws', legacy: null });
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!;
    Object.defineProperty(IDBObjectStore.prototype, 'put', {
      ...put,
      value() {
        throw new DOMException('The transaction was aborted.', 'UnknownError');
      },
    });
    try {
      const { element, driver, errors } = await mountAssessment({ storageKey: 'put-throws', storage });
      await driver.answerPage(firstPage);
      await until(() => storageWarnings(element).length === 1, 'the warning');
      expect(errors.map((error) => error.kind)).to.deep.equal(['storage']);
      expect(checkedCodes(element)).to.deep.equal(firstPage);
      expect(await storage.read('put-throws')).to.equal(null);
    } finally {
      Object.defineProperty(IDBObjectStore.prototype, 'put', put);
    }
    await storage.remove('put-throws');
  });
});
