import { yieldToMain } from './main-thread-slices.js';

/**
 * Saves text as a file on this device: a Blob object URL on a temporary
 * `<a download>`, clicked, then let go. Nothing is sent anywhere.
 *
 * The URL is revoked a little after the click rather than at once: the
 * browser reads the Blob after the click returns, and some browsers have
 * lost downloads whose URL was revoked in the same task. The delay is held
 * here so that a test can shorten it.
 */
export const downloadTiming = { revokeAfterMs: 10_000 };

/**
 * Characters encoded into one part of the Blob. A Blob encodes its strings
 * to UTF-8 as it is made: the person-level extract of 6,000 records (1.9
 * million characters) took 18–38 ms as one Blob, in the task that made it.
 * In parts of this size each takes a few milliseconds, with the thread given
 * back between them.
 */
export const BLOB_PART_CHARS = 1 << 18;

export async function downloadText(text: string, filename: string, type: string, parent: ParentNode & Node): Promise<void> {
  const url = URL.createObjectURL(await textBlob(text, type));
  const owner = parent.ownerDocument ?? document;
  const link = owner.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), downloadTiming.revokeAfterMs);
  }
}

/** The text as a UTF-8 Blob, encoded BLOB_PART_CHARS at a time; a Blob made of Blobs only refers to them, so joining the parts copies nothing. */
export async function textBlob(text: string, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + BLOB_PART_CHARS);
    // Never between the halves of a surrogate pair (an emoji in a group's name): alone, each half would be written as U+FFFD.
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
    if (from > 0) await yieldToMain();
    parts.push(new Blob([text.slice(from, to)]));
    from = to;
  }
  return new Blob(parts, { type });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
