/**
 * cyrb53 of `text`, as 14 hex digits: fast and synchronous, and enough to notice a changed character.
 * Not a cryptographic hash, on purpose: it guards against accidents, not against someone who means to
 * forge one.
 */
export function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  return cyrb53Digest(h1, h2);
}

/** cyrb53's last mixing of its two 32-bit states into 53 bits, as 14 hex digits (shared with `cyrb53Utf8`). */
export function cyrb53Digest(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
