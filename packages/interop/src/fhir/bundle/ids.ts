/**
 * Deterministic entry ids. The same record must always give the same bundle,
 * so ids are derived from the record's own `recordId` and a path naming the
 * thing inside it ("goal/shower", "device/0"), never drawn at random. A record
 * inside an episode uses its own recordId, so its resources keep the same ids
 * whether it is exported alone or as part of the episode.
 *
 * No node:crypto: interop runs in browsers too, and the ids only need to be
 * stable and unlikely to collide, not secret.
 */

/**
 * cyrb128 (bryc, public domain): a small, fast 128-bit non-cryptographic
 * string hash. Over UTF-16 code units, so it gives the same answer in every
 * JavaScript engine.
 */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const k = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * A UUID for `path` inside the record `recordId`, in the RFC 4122 layout
 * (variant bits `10`) with version 8, the "custom" version of RFC 9562 (which
 * updates RFC 4122): the 122 free bits come from our own hash, not from SHA-1
 * as version 5 would need, so claiming version 5 would be untrue.
 */
export function deterministicUuid(recordId: string, path: string): string {
  const hex = cyrb128(`${recordId.toLowerCase()}\u0000${path}`)
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The `fullUrl` of the entry for `path` inside the record `recordId`. */
export const entryUrl = (recordId: string, path: string) => `urn:uuid:${deterministicUuid(recordId, path)}`;

/**
 * A reference by string only: to another entry's fullUrl or to the host's
 * subject. Untyped on purpose, so one value fits every R4 element whatever
 * resource types it allows.
 */
export interface LocalReference {
  reference: string;
}

/** A reference to another entry of the bundle, by its fullUrl. */
export const referenceTo = (fullUrl: string): LocalReference => ({ reference: fullUrl });
