import { expect } from '@open-wc/testing';
import type { DraftStorage } from '@otforms/core';
import { DraftChangeLog } from '../storage/draft-change-log.js';
import { defaultDraftStorage } from '../storage/default-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { b1Answers, checkedCodes, mountAssessment, newKey, rawStore } from './session.test-support.js';

const firstPage = Object.fromEntries(Object.entries(b1Answers).slice(0, 4)) as Record<string, string>;

/** The keys of `store` that hold changes of the draft under `key` (`key#epoch.seq`). */
const changeKeys = (store: ReturnType<typeof rawStore>, key: string) =>
  (JSON.parse(store.everything()) as [string, unknown][]).filter(([name, value]) => name.startsWith(`${key}#`) && value !== null).map(([name]) => name);

describe('a form whose store keeps changes', () => {
  it('the default store (IndexedDB): each answer after the first few is a change, and a new element resumes every answer', async () => {
    const key = `change-log-default-${Date.now()}`;
    const first = await mountAssessment({ storageKey: key });
    const session = (first.element as unknown as { session: { flush(): Promise<void> } }).session;
    // Each write lands before the next answer (answers while a write is under way are written together).
    for (const [itemId, code] of Object.entries(firstPage)) {
      await first.driver.choose(itemId, code);
      await session.flush();
    }
    const store = defaultDraftStorage() as DraftStorage & { raw: DraftStorage };
    type Saved = { context: { responses: { answers: object } } } | null;
    expect(((await store.read(key)) as Saved)?.context.responses.answers).to.deep.equal(firstPage);
    // Under the draft's key, a base; the latest answers are changes of it.
    const base = (await store.raw.read(key)) as { otformsDraftLog: number; epoch: string; draft: Saved };
    expect(base.otformsDraftLog).to.equal(1);
    expect(await store.raw.read(`${key}#${base.epoch}.1`)).to.not.equal(null);
    expect(Object.keys(base.draft!.context.responses.answers).length).to.be.lessThan(Object.keys(firstPage).length);
    first.element.remove();

    const second = await mountAssessment({ storageKey: key });
    expect(checkedCodes(second.element)).to.deep.equal(firstPage);
    second.element.remove();
    await store.remove(key);
    expect([await store.raw.read(key), await store.raw.read(`${key}#${base.epoch}.1`)]).to.deep.equal([null, null]);
  });

  it('encrypted: each change is encrypted, the same key resumes the answers, and completing removes the base and every change', async () => {
    const key = `change-log-encrypted-${Date.now()}`;
    const raw = rawStore();
    const encryptionKey = await newKey();
    const first = await mountAssessment({ storageKey: key, storage: new DraftChangeLog(raw), encryptionKey });
    for (const [itemId, code] of Object.entries(firstPage)) await first.driver.choose(itemId, code);
    await until(() => changeKeys(raw, key).length >= 2, 'changes saved');
    for (const secret of ['continent', 'bowels']) expect(raw.everything(), secret).to.not.contain(secret);
    first.element.remove();

    const second = await mountAssessment({ storageKey: key, storage: new DraftChangeLog(raw), encryptionKey });
    expect(checkedCodes(second.element)).to.deep.equal(firstPage);
    await second.driver.complete(b1Answers);
    await until(() => raw.read(key) === null, 'the draft removed');
    expect(changeKeys(raw, key)).to.deep.equal([]);
    expect(second.outcomes).to.have.length(1);
  });

  it('a change that cannot be read: the draft, base and changes, is kept aside and reported, never dropped, and the form starts afresh', async () => {
    const key = `change-log-unreadable-${Date.now()}`;
    const raw = rawStore();
    const first = await mountAssessment({ storageKey: key, storage: new DraftChangeLog(raw) });
    for (const [itemId, code] of Object.entries(firstPage)) await first.driver.choose(itemId, code);
    await until(() => changeKeys(raw, key).length >= 2, 'changes saved');
    first.element.remove();
    const [broken] = changeKeys(raw, key).sort();
    raw.write(broken!, 'not a change');

    const second = await mountAssessment({ storageKey: key, storage: new DraftChangeLog(raw) });
    expect(second.kept.map((entry) => entry.reason)).to.deep.equal(['malformed']);
    expect(second.errors.map((error) => error.kind)).to.deep.equal(['draft']);
    expect(checkedCodes(second.element)).to.deep.equal({});
    const kept = JSON.parse(raw.everything()) as [string, unknown][];
    const entry = kept.find(([name, value]) => name.includes(second.kept[0]!.id) && value !== null)?.[1] as { draft: { base: object; changes: unknown[] } };
    expect(entry.draft.changes).to.include('not a change');
    expect(entry.draft.base).to.have.property('otformsDraftLog', 1);
    // Kept aside, the draft is moved, not copied: its base and changes are gone from under the key.
    await until(() => changeKeys(raw, key).length === 0, 'the changes removed');
  });
});
