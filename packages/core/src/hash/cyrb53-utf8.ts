import { cyrb53Digest } from './cyrb53.js';

/**
 * cyrb53's mixing over the UTF-8 bytes of `text`, four at a time, as 14 hex digits. The same guard as
 * `cyrb53` (it notices a changed character; it is no defence against forgery) at a quarter of the
 * steps: the encoding is native and the loop runs over 32-bit words, which matters where a long text is
 * hashed once, cold, before a form can show (a compiled definition's checksum is 1 MB at 3,000 items).
 * Kept apart from `cyrb53`, whose values are stored in drafts already and must not change.
 */
export function cyrb53Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const wordCount = bytes.length >>> 2;
  // Little-endian on every platform a browser runs on; a big-endian one would only see other hash values.
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, wordCount);
  // The length goes in first, so texts that differ only in trailing zero bytes still differ.
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  for (let i = 0; i < wordCount; i++) {
    const word = words[i]!;
    h1 = Math.imul(h1 ^ word, 2654435761);
    h2 = Math.imul(h2 ^ word, 1597334677);
  }
  for (let i = wordCount << 2; i < bytes.length; i++) {
    const byte = bytes[i]!;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  return cyrb53Digest(h1, h2);
}
