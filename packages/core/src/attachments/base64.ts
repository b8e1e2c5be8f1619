/**
 * Base64 with `btoa`/`atob`, which both browsers and Node (18+) have, so the
 * same code runs in an element and on a back end without `Buffer`.
 */

// String.fromCharCode takes its arguments on the stack: a photo's megabytes must go in slices.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Throws a `SyntaxError` (from `atob`) when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
