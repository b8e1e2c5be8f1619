import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, Outbox, outboxKey } from '@otforms/core';
import { EncryptedDraftStorage, isEncryptedDraftEnvelope } from '../storage/encrypted-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { checkedCodes, mountAssessment, b1Answers as b1, newKey, rawStore } from './session.test-support.js';

const KEY = 'key-change-draft';
describe('changing the encryptionKey or the store of a running form', () => {
  it('no key, then key A, then key B: the answers stay on the page, the raw store holds no plain text once a key is set, and key B resumes them', async () => {
    const raw = rawStore();
    const { element, driver, kept, errors } = await mountAssessment({ storageKey: KEY, storage: raw });
    await driver.choose('bowels', 'continent');
    await until(() => raw.read(KEY) !== null, 'the plain draft saved');
    expect(raw.everything()).to.contain('continent');

    const keyA = await newKey();
    element.encryptionKey = keyA;
    await driver.settle();
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
    await until(() => isEncryptedDraftEnvelope(raw.read(KEY)), 'the draft written again with key A');
    expect(raw.everything()).to.not.contain('continent');
    await driver.choose('bladder', 'occasional-accident');
    await driver.settle();

    const keyB = await newKey();
    element.encryptionKey = keyB;
    await driver.settle();
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident' });
    await element.updateComplete;
    const withB = (await new EncryptedDraftStorage(raw, keyB).read(KEY)) as { context: { responses: { answers: object } } };
    expect(withB.context.responses.answers).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident' });
    for (const secret of ['continent', 'occasional-accident', 'bladder']) expect(raw.everything(), secret).to.not.contain(secret);
    expect([kept, errors]).to.deep.equal([[], []]);
    element.remove();

    const again = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: keyB });
    expect(checkedCodes(again.element)).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident' });
    expect([again.kept, again.errors]).to.deep.equal([[], []]);
  });

  it('a record not yet acknowledged moves with a new key, and with a new store, and is acknowledged there', async () => {
    const raw = rawStore();
    const keyA = await newKey();
    const { element, driver, outcomes, errors } = await mountAssessment({ storageKey: KEY + ':outbox-move', storage: raw, encryptionKey: keyA });
    await driver.complete(b1);
    await driver.settle();
    await until(() => outcomes.length === 1, 'the record announced');
    const keyB = await newKey();
    element.encryptionKey = keyB;
    await driver.settle();
    const pendingWithB = await new Outbox(new EncryptedDraftStorage(raw, keyB), KEY + ':outbox-move').pending();
    expect(pendingWithB.map((entry) => entry.record)).to.deep.equal([outcomes[0]!.detail]);

    const elsewhere = new MemoryDraftStorage();
    element.storage = elsewhere;
    await driver.settle();
    expect(raw.read(outboxKey(KEY + ':outbox-move')), 'gone from the old store').to.equal(null);
    const moved = await new Outbox(new EncryptedDraftStorage(elsewhere, keyB), KEY + ':outbox-move').pending();
    expect(moved.map((entry) => entry.record)).to.deep.equal([outcomes[0]!.detail]);
    await outcomes[0]!.ack();
    expect(await new Outbox(new EncryptedDraftStorage(elsewhere, keyB), KEY + ':outbox-move').pending()).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
