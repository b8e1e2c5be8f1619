import { expect } from '@open-wc/testing';
import { listKeptAsideDrafts, outboxKey } from '@otforms/core';
import { EncryptedDraftStorage, isEncryptedDraftEnvelope } from '../storage/encrypted-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { checkedCodes, mountAssessment, storageWarnings, b1Answers as b1, newKey, rawStore } from './session.test-support.js';

const KEY = 'missing-key-draft';
describe('a form with no encryptionKey over an encrypted draft', () => {
  it('treats it as a missing key: warns, keeps nothing aside, writes nothing over the draft or the outbox; the key resumes both', async () => {
    const raw = rawStore();
    const key = await newKey();
    const finished = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: key });
    await finished.driver.complete(b1);
    await finished.driver.settle();
    await until(() => finished.outcomes.length === 1, 'a record in the outbox, not acknowledged');
    finished.element.remove();
    const started = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: key });
    await started.driver.choose('bowels', 'continent');
    await until(() => raw.read(KEY) !== null, 'the encrypted draft saved');
    started.element.remove();
    const [draft, outbox] = [raw.read(KEY), raw.read(outboxKey(KEY))];
    expect([isEncryptedDraftEnvelope(draft), isEncryptedDraftEnvelope(outbox)]).to.deep.equal([true, true]);

    const keyless = await mountAssessment({ storageKey: KEY, storage: raw });
    expect(storageWarnings(keyless.element)).to.have.length(1);
    expect(keyless.errors.map((error) => error.kind)).to.deep.equal(['storage']);
    expect(keyless.errors[0]!.message).to.match(/encrypted and no encryption key was given/);
    await keyless.driver.choose('bladder', 'continent');
    await keyless.element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([raw.read(KEY), raw.read(outboxKey(KEY))], 'both untouched').to.deep.equal([draft, outbox]);
    expect(raw.everything(), 'nothing written in plain text').to.not.contain('bladder');
    expect([keyless.kept, await listKeptAsideDrafts(raw.memory)]).to.deep.equal([[], []]);
    keyless.element.remove();

    const again = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: key });
    expect(checkedCodes(again.element)).to.deep.equal({ bowels: 'continent' });
    expect(again.outcomes.map((event) => event.detail)).to.deep.equal(finished.outcomes.map((event) => event.detail));
    expect(await new EncryptedDraftStorage(raw, key).read(KEY)).to.not.equal(null);
  });

  it('the key given later to the running form: the draft is read again with it and resumed, and the warning goes', async () => {
    const raw = rawStore();
    const key = await newKey();
    const first = await mountAssessment({ storageKey: KEY + ':late', storage: raw, encryptionKey: key });
    await first.driver.choose('bowels', 'continent');
    await until(() => raw.read(KEY + ':late') !== null, 'the encrypted draft saved');
    first.element.remove();

    const late = await mountAssessment({ storageKey: KEY + ':late', storage: raw });
    expect(storageWarnings(late.element)).to.have.length(1);
    late.element.encryptionKey = key;
    await late.driver.settle();
    expect(checkedCodes(late.element)).to.deep.equal({ bowels: 'continent' });
    await late.driver.choose('bladder', 'continent');
    await until(() => storageWarnings(late.element).length === 0, 'the warning gone once a write works');
    expect(raw.everything()).to.not.contain('bladder');
    expect(late.kept).to.deep.equal([]);
  });
});
