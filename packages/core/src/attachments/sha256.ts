import type { Attachment } from './attachment-schema.js';
import { base64ToBytes } from './base64.js';

/** SHA-256 as lower-case hex, through Web Crypto, which browsers and Node 20 both provide. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy into a plain ArrayBuffer: digest refuses views of shared memory in some engines.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * What is wrong with an attachment's data: whether it still decodes, and
 * whether its size and hash are those recorded. An empty list means it is
 * intact. The schema checks the fields' shapes; this checks they agree.
 */
export async function verifyAttachment(attachment: Pick<Attachment, 'id' | 'data' | 'size' | 'sha256'>): Promise<string[]> {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(attachment.data);
  } catch {
    return [`Attachment "${attachment.id}": data is not base64`];
  }
  const problems: string[] = [];
  if (bytes.length !== attachment.size) problems.push(`Attachment "${attachment.id}": size is ${attachment.size} bytes but the data is ${bytes.length}`);
  if ((await sha256Hex(bytes)) !== attachment.sha256) problems.push(`Attachment "${attachment.id}": the data does not match its SHA-256`);
  return problems;
}
