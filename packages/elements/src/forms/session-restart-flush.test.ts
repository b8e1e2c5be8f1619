import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import { barthelDraft, checkedCodes, mountAssessment } from './session.test-support.js';

const KEY = 'restart-flush-draft';

/** A store in memory whose writes take 300 ms to land, as a busy disk does. */
function slowStore(): DraftStorage & { memory: MemoryDraftStorage } {
  const memory = new MemoryDraftStorage();
  return {
    memory,
    read: (key) => memory.read(key),
    write: (key, value) => new Promise<void>((resolve) => setTimeout(() => resolve(memory.write(key, value)), 300)),
    remove: (key) => memory.remove(key),
  };
}

describe('a form started again while a write is pending', () => {
  it('lets the write land before it reads the draft, so the newest answer stays', async () => {
    const storage = slowStore();
    const { element, driver } = await mountAssessment({ storageKey: KEY, storage });
    await driver.choose('bowels', 'continent');
    expect(storage.memory.read(KEY), 'the write still pending').to.equal(null);
    // The browser hands back older progress (back/forward): the session starts again from the store.
    element.formStateRestoreCallback(JSON.stringify(barthelDraft({})));
    await driver.settle();
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
  });
});
