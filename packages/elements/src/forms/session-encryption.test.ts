import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, exportKeptAsideDraft, listKeptAsideDrafts } from '@otforms/core';
import { EncryptedDraftStorage } from '../storage/encrypted-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { checkedCodes, mountAssessment, notices, b1Answers as b1, newKey, rawStore } from './session.test-support.js';

const KEY = 'encrypted-draft';
const SUBJECT = 'Person/fictional-4417';

describe('<ot-assessment> with an encryptionKey', () => {
  it('keeps its draft and its outbox encrypted: the raw store holds no answer, name or id; the same key resumes both', async () => {
    const raw = rawStore();
    const key = await newKey();
    const first = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: key });
    first.element.subjectReference = SUBJECT;
    await first.driver.settle();
    await first.driver.choose('bowels', 'continent');
    await first.driver.choose('bladder', 'occasional-accident');
    await until(() => raw.read(KEY) !== null && raw.everything().includes('otformsEncrypted'), 'the draft saved');
    for (const secret of ['continent', 'occasional-accident', 'bowels', SUBJECT]) expect(raw.everything(), secret).to.not.contain(secret);
    first.element.remove();

    // The key may be given as a function, asked when it is needed.
    const second = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: () => key });
    expect(checkedCodes(second.element)).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident' });
    second.element.subjectReference = SUBJECT;
    await second.driver.settle();
    await second.driver.complete(b1);
    await second.driver.settle();
    const record = second.outcomes.at(-1)!.detail;
    for (const secret of [record.recordId, SUBJECT, 'independent']) expect(raw.everything(), secret).to.not.contain(secret);
    second.element.remove();

    const third = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: key });
    expect(third.outcomes.map((event) => event.detail)).to.deep.equal([record]);
    expect(notices(third.element, 'unsent')).to.have.length(1);
  });

  it('a wrong key: the draft is kept aside (cannot-decrypt), the page says so, and the form starts afresh', async () => {
    const raw = rawStore();
    const rightKey = await newKey();
    const first = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: rightKey });
    await first.driver.choose('bowels', 'continent');
    await until(() => raw.read(KEY) !== null, 'the draft saved');
    first.element.remove();
    const envelope = raw.read(KEY);

    const wrongKey = await newKey();
    const second = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: wrongKey });
    expect(second.kept.map((entry) => entry.reason)).to.deep.equal(['cannot-decrypt']);
    expect(second.errors.map((error) => error.kind)).to.deep.equal(['draft']);
    expect(notices(second.element, 'kept-aside')).to.have.length(1);
    expect(checkedCodes(second.element)).to.deep.equal({});
    expect(second.driver.heading()?.textContent).to.equal('Activities of daily living');

    // The kept-aside entry is itself encrypted with the key in use, and holds the envelope exactly as it was.
    const admin = new EncryptedDraftStorage(raw, wrongKey);
    expect(await listKeptAsideDrafts(admin)).to.deep.equal(second.kept);
    const kept = await exportKeptAsideDraft(admin, second.kept[0]!.id);
    expect(kept?.draft).to.deep.equal(envelope);
    expect(await new EncryptedDraftStorage(new MemoryDraftStorage(), rightKey).read('nothing')).to.equal(null);
  });

  it('changing the key from none keeps the answers and encrypts the draft', async () => {
    const raw = rawStore();
    const key = await newKey();
    const { element, driver, kept } = await mountAssessment({ storageKey: KEY, storage: raw });
    await driver.choose('bowels', 'continent');
    await until(() => raw.read(KEY) !== null, 'the plain draft saved');
    element.encryptionKey = key;
    await driver.settle();
    // A plain draft is read as it is, and encrypted on the next write.
    expect([checkedCodes(element), kept]).to.deep.equal([{ bowels: 'continent' }, []]);
    await driver.choose('bladder', 'continent');
    await until(() => raw.everything().includes('otformsEncrypted'), 'encrypted on the next write');
    expect(raw.everything()).to.not.contain('bladder');
  });
});
