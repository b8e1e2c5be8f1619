import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import { until } from '../test-support/form-element-suite.js';
import { checkedCodes, mountAssessment, storageWarnings, b1Answers as b1 } from './session.test-support.js';

const KEY = 'failed-read-draft';

/** A store in memory whose first read of the draft key fails, as IndexedDB failing to open once does. */
function flakyReadStore(): DraftStorage & { memory: MemoryDraftStorage } {
  const memory = new MemoryDraftStorage();
  let failed = false;
  return {
    memory,
    read(key) {
      if (key === KEY && !failed) {
        failed = true;
        throw new DOMException('The database could not be opened.', 'UnknownError');
      }
      return memory.read(key);
    },
    write: (key, value) => memory.write(key, value),
    remove: (key) => memory.remove(key),
  };
}

describe('a form whose draft could not be read', () => {
  it('keeps warning while nothing is saved, even when the outbox works and the host acknowledges a record', async () => {
    const store = flakyReadStore();
    store.memory.write(KEY, { left: 'by an earlier visit' });
    const { element, driver, errors, outcomes } = await mountAssessment({ storageKey: KEY, storage: store });
    expect(storageWarnings(element)).to.have.length(1);
    await driver.choose('bowels', 'continent');
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
    await driver.complete(b1);
    await driver.settle();
    await until(() => outcomes.length === 1, 'the record announced');
    await outcomes[0]!.ack();
    await driver.settle();
    expect(storageWarnings(element), 'the draft key is still not written').to.have.length(1);
    expect(store.memory.read(KEY), 'what was there is untouched').to.deep.equal({ left: 'by an earlier visit' });
    expect(errors.map((error) => error.kind)).to.deep.equal(['storage']);
  });
});
