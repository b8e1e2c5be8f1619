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

export function downloadText(text: string, filename: string, type: string, parent: ParentNode & Node): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
