import { expect } from '@open-wc/testing';
import {
  KEPT_ASIDE_INDEX_KEY,
  MemoryDraftStorage,
  UnreadableDraftError,
  exportKeptAsideDraft,
  keepDraftAside,
  listKeptAsideDrafts,
  type KeptAsideDraft,
  type KeptAsideSummary,
} from '@otforms/core';
import { EncryptedDraftStorage } from './encrypted-draft-storage.js';
import { rejection } from './storage-test-support.test-support.js';

// Fictional drafts. What docs/security.md says a host finds after a key function starts returning a new key, and its recovery loop.
const before = { value: 'answering', context: { answers: { stairs: 'needs-help' } } };
const after = { value: 'answering', context: { answers: { stairs: 'alone' } } };
const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** The recovery loop of docs/security.md ("Rotation"), collecting what it recovers. */
async function recoverAll(drafts: EncryptedDraftStorage, withOldKey: EncryptedDraftStorage, oldKey: CryptoKey): Promise<[string, unknown][]> {
  const recovered: [string, unknown][] = [];
  const recover = (draftKey: string, draft: unknown) => recovered.push([draftKey, draft]);
  async function decrypt(kept: KeptAsideDraft): Promise<unknown> {
    const copy = new MemoryDraftStorage();
    copy.write(kept.draftKey, kept.draft);
    return new EncryptedDraftStorage(copy, oldKey).read(kept.draftKey);
  }
  for (const { id, reason } of await listKeptAsideDrafts(drafts)) {
    if (reason !== 'cannot-decrypt') continue;
    const kept = (await exportKeptAsideDraft(drafts, id))!;
    const value = await decrypt(kept);
    if (kept.draftKey !== KEPT_ASIDE_INDEX_KEY) {
      recover(kept.draftKey, value);
      continue;
    }
    for (const old of value as KeptAsideSummary[]) {
      const oldDraft = await exportKeptAsideDraft(withOldKey, old.id);
      if (oldDraft) recover(oldDraft.draftKey, oldDraft.draft);
    }
  }
  return recovered;
}

describe('rotating a key given as a function, and recovering what the old key encrypted', () => {
  it('keeps the old list of kept-aside drafts aside with the next one, and the recovery loop finds both drafts', async () => {
    const raw = new MemoryDraftStorage();
    const oldKey = await newKey();
    let current = oldKey;
    const drafts = new EncryptedDraftStorage(raw, () => current);
    const withOldKey = new EncryptedDraftStorage(raw, oldKey);

    // Before the rotation: a draft kept aside (with a list), and a draft under its key.
    await keepDraftAside(drafts, { draftKey: 'otforms:a', keptAt: '2026-11-03T10:00:00.000Z', reason: 'other-person', detail: 'fictional', draft: before });
    await drafts.write('otforms:b', after);

    current = await newKey();
    // The old list cannot be read with the new key.
    expect(await rejection(listKeptAsideDrafts(drafts))).to.be.instanceOf(UnreadableDraftError);
    // A form opening otforms:b now keeps it aside (cannot-decrypt, the envelope as it was): that keeps the old list aside too.
    const unreadable = (await rejection(drafts.read('otforms:b'))) as UnreadableDraftError;
    expect(unreadable.reason).to.equal('cannot-decrypt');
    await keepDraftAside(drafts, { draftKey: 'otforms:b', keptAt: '2026-11-04T10:00:00.000Z', reason: unreadable.reason, detail: unreadable.message, draft: unreadable.stored });
    expect((await listKeptAsideDrafts(drafts)).map((summary) => [summary.draftKey, summary.reason])).to.deep.equal([
      [KEPT_ASIDE_INDEX_KEY, 'cannot-decrypt'],
      ['otforms:b', 'cannot-decrypt'],
    ]);

    expect(await recoverAll(drafts, withOldKey, oldKey)).to.deep.equal([
      ['otforms:a', before],
      ['otforms:b', after],
    ]);
  });
});
