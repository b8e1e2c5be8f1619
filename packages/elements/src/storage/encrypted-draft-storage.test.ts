import { expect } from '@open-wc/testing';
import { KEPT_ASIDE_INDEX_KEY, MemoryDraftStorage, Outbox, UnreadableDraftError, base64ToBytes, keepDraftAside, listKeptAsideDrafts, type DraftStorage, type OutcomeRecord } from '@otforms/core';
import { deleteDB, openDB } from 'idb';
import { EncryptedDraftStorage } from './encrypted-draft-storage.js';
import { IndexedDbDraftStorage } from './indexed-db-draft-storage.js';
import { rejection, uniqueName } from './storage-test-support.test-support.js';

// Fictional person and answers.
const name = 'Marnie Quillfeather';
const answerText = 'I get up the stairs holding the rail my nephew fitted';
const recordId = '5b000000-0000-4000-8000-0000000000a7';
const draft = { value: 'answering', context: { recordId, subject: { name }, answers: { stairs: 'needs-help', matters: answerText } } };
const key = 'otforms:assessment:barthel';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('EncryptedDraftStorage', () => {
  let databaseName: string;
  let inner: IndexedDbDraftStorage;

  beforeEach(() => {
    databaseName = uniqueName('otforms-encrypted-test');
    inner = new IndexedDbDraftStorage({ databaseName, legacy: null });
  });

  afterEach(async () => {
    await deleteDB(databaseName);
  });

  /** Everything in the raw IndexedDB store, as text. */
  async function rawStore(): Promise<string> {
    const database = await openDB(databaseName);
    try {
      const keys = await database.getAllKeys('drafts');
      const values = await database.getAll('drafts');
      return JSON.stringify({ keys, values });
    } finally {
      database.close();
    }
  }

  it('keeps no name, answer text or id readable in the store, and reads the draft back', async () => {
    const storage = new EncryptedDraftStorage(inner, await newKey());
    await storage.write(key, draft);
    // Only the fields the outbox reads: what matters here is that the answer text is not readable in the store.
    await new Outbox(storage, key).add({ recordId, completedAt: '2026-11-03T10:30:00.000Z', answers: { matters: answerText } } as unknown as OutcomeRecord, '2026-11-03T10:30:01.000Z');
    await keepDraftAside(storage, { draftKey: key, keptAt: '2026-11-03T10:31:00.000Z', reason: 'other-person', detail: 'Another person', draft });
    const raw = await rawStore();
    for (const secret of [name, answerText, recordId, 'needs-help', 'answering']) expect(raw).not.to.include(secret);
    expect(await storage.read(key)).to.deep.equal(draft);
    expect((await new Outbox(storage, key).pending())[0]?.record.recordId).to.equal(recordId);
    expect(await listKeptAsideDrafts(storage)).to.have.length(1);
    const envelope = (await inner.read(key)) as { otformsEncrypted: number; iv: string; data: string };
    expect(Object.keys(envelope).sort()).to.deep.equal(['data', 'iv', 'otformsEncrypted']);
    expect(envelope.otformsEncrypted).to.equal(1);
    expect(base64ToBytes(envelope.iv)).to.have.length(12);
    expect(await inner.read(KEPT_ASIDE_INDEX_KEY)).to.have.property('otformsEncrypted', 1);
  });

  it('uses a fresh IV for every write', async () => {
    const storage = new EncryptedDraftStorage(inner, await newKey());
    await storage.write(key, draft);
    const first = (await inner.read(key)) as { iv: string; data: string };
    await storage.write(key, draft);
    const second = (await inner.read(key)) as { iv: string; data: string };
    expect(second.iv).not.to.equal(first.iv);
    expect(second.data).not.to.equal(first.data);
  });

  it('throws an UnreadableDraftError holding the envelope when the key is not the one it was written with', async () => {
    await new EncryptedDraftStorage(inner, await newKey()).write(key, draft);
    const envelope = await inner.read(key);
    const error = await rejection(new EncryptedDraftStorage(inner, await newKey()).read(key));
    expect(error).to.be.instanceOf(UnreadableDraftError);
    expect((error as UnreadableDraftError).reason).to.equal('cannot-decrypt');
    expect((error as UnreadableDraftError).stored).to.deep.equal(envelope);
    // Nothing was changed by failing to read it.
    expect(await inner.read(key)).to.deep.equal(envelope);
  });

  it('does not decrypt a draft copied to another key, nor one that was tampered with', async () => {
    const storage = new EncryptedDraftStorage(inner, await newKey());
    await storage.write(key, draft);
    const envelope = (await inner.read(key)) as { otformsEncrypted: 1; iv: string; data: string };
    await inner.write('otforms:assessment:other', envelope);
    expect(await rejection(storage.read('otforms:assessment:other'))).to.include({ reason: 'cannot-decrypt' });
    const bytes = base64ToBytes(envelope.data);
    bytes[0] = bytes[0]! ^ 1;
    await inner.write(key, { ...envelope, data: btoa(String.fromCharCode(...bytes)) });
    expect(await rejection(storage.read(key))).to.include({ reason: 'cannot-decrypt' });
    await inner.write(key, { otformsEncrypted: 2, sealed: 'x' });
    expect(await rejection(storage.read(key))).to.include({ reason: 'cannot-decrypt' });
  });

  it('reads a plain draft written before encryption was turned on as it is, and encrypts it on the next write', async () => {
    await inner.write(key, draft);
    const storage = new EncryptedDraftStorage(inner, await newKey());
    expect(await storage.read(key)).to.deep.equal(draft);
    await storage.write(key, draft);
    expect(await rawStore()).not.to.include(answerText);
    expect(await storage.read(key)).to.deep.equal(draft);
  });

  it('asks a key function for the key on every read and write, so a host can rotate it', async () => {
    const first = await newKey();
    const second = await newKey();
    let current = first;
    let asked = 0;
    const storage = new EncryptedDraftStorage(inner, () => {
      asked += 1;
      return current;
    });
    await storage.write(key, draft);
    expect(await storage.read(key)).to.deep.equal(draft);
    expect(asked).to.equal(2);
    current = second;
    expect(await rejection(storage.read(key))).to.include({ reason: 'cannot-decrypt' });
    await storage.write('otforms:after-rotation', draft);
    expect(await storage.read('otforms:after-rotation')).to.deep.equal(draft);
    current = first;
    expect(await storage.read(key)).to.deep.equal(draft);
  });

  it('takes a key from an asynchronous function', async () => {
    const cryptoKey = await newKey();
    const storage = new EncryptedDraftStorage(inner, async () => cryptoKey);
    await storage.write(key, draft);
    expect(await storage.read(key)).to.deep.equal(draft);
  });

  it('never writes plain text without a key: the write rejects and what was stored stays', async () => {
    const withKey = new EncryptedDraftStorage(inner, await newKey());
    await withKey.write(key, { value: 'earlier' });
    const before = await inner.read(key);
    const noKeys: (() => CryptoKey | Promise<CryptoKey>)[] = [
      () => {
        throw new Error('Signed out');
      },
      () => undefined as unknown as CryptoKey,
      async () => null as unknown as CryptoKey,
    ];
    for (const noKey of noKeys) {
      const storage = new EncryptedDraftStorage(inner, noKey);
      await rejection(storage.write(key, draft));
      await rejection(storage.write('otforms:fresh', draft));
      expect(await inner.read(key)).to.deep.equal(before);
      expect(await inner.read('otforms:fresh')).to.equal(null);
      // The draft is not unreadable, the key is absent: a plain failure, so it is neither kept aside nor saved over.
      const error = await rejection(storage.read(key));
      expect(error).not.to.be.instanceOf(UnreadableDraftError);
    }
    expect(await rawStore()).not.to.include(answerText);
  });

  it('rejects a write with a key that cannot encrypt', async () => {
    const signingOnly = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const storage = new EncryptedDraftStorage(inner, signingOnly);
    await rejection(storage.write(key, draft));
    expect(await inner.read(key)).to.equal(null);
  });

  it('without Web Crypto (an insecure origin) fails plainly: nothing is saved, and no draft is taken for undecryptable', async () => {
    const storage = new EncryptedDraftStorage(inner, await newKey());
    await storage.write(key, draft);
    const envelope = await inner.read(key);
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });
    try {
      expect((await rejection(storage.write(key, { value: 'later' }))).message).to.include('secure origin');
      const error = await rejection(storage.read(key));
      expect(error).not.to.be.instanceOf(UnreadableDraftError);
      expect(error.message).to.include('secure origin');
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
    }
    expect(await inner.read(key)).to.deep.equal(envelope);
    expect(await storage.read(key)).to.deep.equal(draft);
  });

  it('removes drafts without a key, so a host can always wipe them', async () => {
    await new EncryptedDraftStorage(inner, await newKey()).write(key, draft);
    await new EncryptedDraftStorage(inner, () => undefined as unknown as CryptoKey).remove(key);
    expect(await inner.read(key)).to.equal(null);
  });

  it('passes on a failure of the store underneath', async () => {
    const failing: DraftStorage = Object.assign(new MemoryDraftStorage(), {
      write: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    expect((await rejection(new EncryptedDraftStorage(failing, await newKey()).write(key, draft))).name).to.equal('QuotaExceededError');
  });
});
