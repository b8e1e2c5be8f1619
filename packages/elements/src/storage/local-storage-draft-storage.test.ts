import { expect } from '@open-wc/testing';
import { UnreadableDraftError } from '@otforms/core';
import { LocalStorageDraftStorage } from './local-storage-draft-storage.js';
import { uniqueName } from './storage-test-support.test-support.js';

describe('LocalStorageDraftStorage', () => {
  it('reads back what it wrote, and throws text that is not JSON as an UnreadableDraftError holding the text', () => {
    const key = uniqueName('otforms:local');
    const storage = new LocalStorageDraftStorage();
    try {
      expect(storage.read(key)).to.equal(null);
      storage.write(key, { answers: { walk: 'alone' } });
      expect(storage.read(key)).to.deep.equal({ answers: { walk: 'alone' } });
      localStorage.setItem(key, '{"answers":{"wa');
      let error: unknown;
      try {
        storage.read(key);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(UnreadableDraftError);
      expect(error).to.include({ reason: 'not-json', stored: '{"answers":{"wa' });
      expect(localStorage.getItem(key)).to.equal('{"answers":{"wa');
      storage.remove(key);
      expect(storage.read(key)).to.equal(null);
    } finally {
      localStorage.removeItem(key);
    }
  });
});
