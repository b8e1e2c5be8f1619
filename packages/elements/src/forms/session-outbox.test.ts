import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, Outbox, outboxKey, listKeptAsideDrafts, exportKeptAsideDraft } from '@otforms/core';
import { EncryptedDraftStorage } from '../storage/encrypted-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { mountAssessment, notices, b1Answers as answers, newKey } from './session.test-support.js';

const KEY = 'outbox-test';

describe('<ot-assessment> and its outbox', () => {
  it('ot-outcome carries ack(): until it is called the record is kept, shown as not sent and announced again by each new element on the draft', async () => {
    const storage = new MemoryDraftStorage();
    const first = await mountAssessment({ storageKey: KEY, storage });
    await first.driver.complete(answers);
    await first.driver.settle();
    expect(first.outcomes).to.have.length(1);
    const record = first.outcomes[0]!.detail;
    expect((await new Outbox(storage, KEY).pending()).map((entry) => entry.record)).to.deep.equal([record]);
    expect(notices(first.element, 'unsent')[0]?.textContent).to.contain('Not sent yet: the assessment completed at');
    first.element.remove();

    // A reload: a new element on the same draft and store.
    const second = await mountAssessment({ storageKey: KEY, storage });
    expect(second.outcomes.map((event) => event.detail)).to.deep.equal([record]);
    second.element.remove();
    const third = await mountAssessment({ storageKey: KEY, storage });
    expect(third.outcomes.map((event) => event.detail), 'again, until acknowledged').to.deep.equal([record]);
    await third.outcomes[0]!.ack();
    await third.driver.settle();
    expect([await new Outbox(storage, KEY).pending(), notices(third.element, 'unsent').length]).to.deep.equal([[], 0]);
    third.element.remove();

    const fourth = await mountAssessment({ storageKey: KEY, storage });
    expect(fourth.outcomes).to.deep.equal([]);
  });

  it('waitUntil(): a promise that rejects leaves the record in the outbox; one that resolves acknowledges it', async () => {
    const storage = new MemoryDraftStorage();
    const first = await mountAssessment({ storageKey: KEY, storage });
    first.element.addEventListener('ot-outcome', (event) => event.waitUntil(Promise.reject(new Error('The back end is offline'))));
    await first.driver.complete(answers);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await new Outbox(storage, KEY).pending()).to.have.length(1);
    first.element.remove();

    const sent: unknown[] = [];
    const second = await mountAssessment({ storageKey: KEY, storage });
    for (const event of second.outcomes) event.waitUntil(Promise.resolve().then(() => sent.push(event.detail)));
    await until(async () => (await new Outbox(storage, KEY).pending()).length === 0, 'the record acknowledged');
    expect(sent).to.deep.equal([first.outcomes[0]!.detail]);
    await until(() => notices(second.element, 'unsent').length === 0, 'the notice gone');
  });

  it('ack() takes out only its own record when two share a recordId (an episode closed, then its follow-up)', async () => {
    const storage = new MemoryDraftStorage();
    const first = await mountAssessment({ storageKey: KEY, storage });
    await first.driver.complete(answers);
    await first.driver.settle();
    const closing = first.outcomes[0]!.detail;
    first.element.remove();
    const followUp = { ...closing, completedAt: '2030-01-02T09:15:00.000Z' };
    // Written as an outbox of an earlier version holds them (add() now keeps only the later one).
    storage.write(outboxKey(KEY), [
      { record: closing, queuedAt: closing.completedAt },
      { record: followUp, queuedAt: '2030-01-02T09:15:01.000Z' },
    ]);

    const second = await mountAssessment({ storageKey: KEY, storage });
    expect(second.outcomes.map((event) => event.detail.completedAt)).to.deep.equal([closing.completedAt, followUp.completedAt]);
    expect(notices(second.element, 'unsent')[0]?.querySelectorAll('li')).to.have.length(2);
    await second.outcomes[0]!.ack();
    await second.driver.settle();
    expect((await new Outbox(storage, KEY).pending()).map((entry) => entry.record)).to.deep.equal([followUp]);
    expect(notices(second.element, 'unsent')).to.have.length(1);
    expect(notices(second.element, 'unsent')[0]?.querySelectorAll('li')).to.have.length(0);
    await second.outcomes[1]!.ack();
    await second.driver.settle();
    expect([await new Outbox(storage, KEY).pending(), notices(second.element, 'unsent').length]).to.deep.equal([[], 0]);
  });

  it('an outbox that cannot be read is kept aside, and the next record starts a new one', async () => {
    const storage = new MemoryDraftStorage();
    storage.write(outboxKey(KEY), { not: 'a list' });
    const { driver, kept, outcomes } = await mountAssessment({ storageKey: KEY, storage });
    expect(kept.map((entry) => [entry.draftKey, entry.reason])).to.deep.equal([[outboxKey(KEY), 'malformed']]);
    expect((await exportKeptAsideDraft(storage, kept[0]!.id))?.draft).to.deep.equal({ not: 'a list' });
    await driver.complete(answers);
    await driver.settle();
    expect((await new Outbox(storage, KEY).pending()).map((entry) => entry.record)).to.deep.equal([outcomes[0]!.detail]);
    expect(await listKeptAsideDrafts(storage)).to.have.length(1);
  });

  it('an outbox another key wrote is kept aside as it was (cannot-decrypt), and the next record starts a new one under the key given', async () => {
    const [oldKey, key] = await Promise.all([newKey(), newKey()]);
    const raw = new MemoryDraftStorage();
    const first = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: oldKey });
    await first.driver.complete(answers);
    await first.driver.settle();
    first.element.remove();
    const written = raw.read(outboxKey(KEY));

    const { driver, kept, outcomes } = await mountAssessment({ storageKey: KEY, storage: raw, encryptionKey: key });
    expect(kept.map((entry) => [entry.draftKey, entry.reason])).to.deep.equal([[outboxKey(KEY), 'cannot-decrypt']]);
    const withKey = new EncryptedDraftStorage(raw, key);
    expect((await exportKeptAsideDraft(withKey, kept[0]!.id))?.draft, 'the envelope the old key wrote').to.deep.equal(written);
    await driver.complete(answers);
    await driver.settle();
    expect((await new Outbox(withKey, KEY).pending()).map((entry) => entry.record)).to.deep.equal([outcomes.at(-1)!.detail]);
  });
});
