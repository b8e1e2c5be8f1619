import { UnreadableDraftError, base64ToBytes, bytesToBase64, type DraftStorage } from '@otforms/core';

/** A key for encrypting drafts at rest: the key itself, or a function that gives it (asked again for every read and write). */
export type DraftEncryptionKey = CryptoKey | (() => CryptoKey | Promise<CryptoKey>);

/** What an encrypted draft looks like in the store underneath: nothing of the draft is readable in it. */
export interface EncryptedDraftEnvelope {
  otformsEncrypted: 1;
  /** The 12-byte AES-GCM initialisation vector, base64. */
  iv: string;
  /** The ciphertext with its authentication tag, base64. */
  data: string;
}

const IV_BYTES = 12;

/**
 * Encrypts drafts at rest with the host's AES-GCM key (Web Crypto) before
 * they reach the store underneath. Every write has a fresh random IV, and
 * the storage key is authenticated with it, so a draft copied to another key
 * does not decrypt. The key is asked for on every call, so a host can rotate
 * or withdraw it (for example on sign-out); without a key nothing is written,
 * never plain text.
 *
 * `read` gives back the draft, or throws an `UnreadableDraftError` (reason
 * `cannot-decrypt`, holding the envelope) when the key is not the one it was
 * written with, so the draft can be kept aside. A plain value, written before
 * encryption was turned on, is returned as it is and encrypted on the next write.
 */
export class EncryptedDraftStorage implements DraftStorage {
  readonly #inner: DraftStorage;
  readonly #key: DraftEncryptionKey;

  constructor(inner: DraftStorage, key: DraftEncryptionKey) {
    this.#inner = inner;
    this.#key = key;
  }

  async read(key: string): Promise<unknown> {
    const stored = await this.#inner.read(key);
    if (!isEncrypted(stored)) return stored;
    if (!isEnvelope(stored)) throw new UnreadableDraftError('The encrypted draft is not in a form this version can decrypt', stored, 'cannot-decrypt');
    const cryptoKey = await this.#cryptoKey();
    const subtle = webCrypto();
    let plain: ArrayBuffer;
    try {
      // base64ToBytes makes its bytes in a fresh ArrayBuffer; the casts only tell the DOM types so.
      plain = await subtle.decrypt(
        { name: 'AES-GCM', iv: base64ToBytes(stored.iv) as Uint8Array<ArrayBuffer>, additionalData: encode(key) },
        cryptoKey,
        base64ToBytes(stored.data) as Uint8Array<ArrayBuffer>,
      );
    } catch {
      throw new UnreadableDraftError('The draft cannot be decrypted with the key given', stored, 'cannot-decrypt');
    }
    try {
      return JSON.parse(new TextDecoder().decode(plain));
    } catch {
      throw new UnreadableDraftError('The decrypted draft is not JSON', stored, 'not-json');
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    const cryptoKey = await this.#cryptoKey();
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const data = await webCrypto().encrypt({ name: 'AES-GCM', iv, additionalData: encode(key) }, cryptoKey, encode(JSON.stringify(value) ?? 'null'));
    const envelope: EncryptedDraftEnvelope = { otformsEncrypted: 1, iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(data)) };
    await this.#inner.write(key, envelope);
  }

  /** Needs no key: a host can always wipe what is stored. */
  async remove(key: string): Promise<void> {
    await this.#inner.remove(key);
  }

  async #cryptoKey(): Promise<CryptoKey> {
    const key = typeof this.#key === 'function' ? await this.#key() : this.#key;
    if (!(key instanceof CryptoKey)) throw new Error('No encryption key is available, so drafts can be neither read nor saved');
    return key;
  }
}

/** Web Crypto is only there on a secure origin: without it nothing is saved, and no draft is taken for undecryptable. */
function webCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) throw new Error('Drafts cannot be encrypted here: Web Crypto needs a secure origin (HTTPS)');
  return subtle;
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/**
 * True for what `EncryptedDraftStorage` writes: a draft (or outbox) encrypted at rest. A plain store hands it
 * back as it is, so a session with no key uses this to know the key is missing rather than the draft broken.
 */
export function isEncryptedDraftEnvelope(value: unknown): value is EncryptedDraftEnvelope {
  return isEncrypted(value) && value['otformsEncrypted'] === 1;
}

function isEncrypted(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'otformsEncrypted' in value;
}

function isEnvelope(value: Record<string, unknown>): value is Record<string, unknown> & EncryptedDraftEnvelope {
  return value['otformsEncrypted'] === 1 && typeof value['iv'] === 'string' && typeof value['data'] === 'string';
}
