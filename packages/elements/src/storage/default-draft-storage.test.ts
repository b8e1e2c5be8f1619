import { expect } from '@open-wc/testing';
import { defaultDraftStorage } from './default-draft-storage.js';
import { IndexedDbDraftStorage } from './indexed-db-draft-storage.js';
import { rejection, uniqueName } from './storage-test-support.test-support.js';

describe('defaultDraftStorage', () => {
  it('is one IndexedDB store shared by every form of the page', async () => {
    const storage = defaultDraftStorage();
    expect(storage).to.be.instanceOf(IndexedDbDraftStorage);
    expect(defaultDraftStorage()).to.equal(storage);
    const key = uniqueName('otforms:default');
    await storage.write(key, { answers: {} });
    expect(await storage.read(key)).to.deep.equal({ answers: {} });
    await storage.remove(key);
  });

  it('fails every call, saying why, where the browser has no IndexedDB', async () => {
    // On the global object, IDL attributes are its own properties: keep this one to put back.
    const own = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const storage = defaultDraftStorage();
      expect(storage).not.to.be.instanceOf(IndexedDbDraftStorage);
      for (const call of [() => storage.read('k'), () => storage.write('k', 1), () => storage.remove('k')]) {
        expect((await rejection(Promise.resolve().then(call))).message).to.equal('This browser keeps no storage');
      }
    } finally {
      delete (globalThis as { indexedDB?: unknown }).indexedDB;
      if (own) Object.defineProperty(globalThis, 'indexedDB', own);
    }
    expect(defaultDraftStorage()).to.be.instanceOf(IndexedDbDraftStorage);
  });
});
