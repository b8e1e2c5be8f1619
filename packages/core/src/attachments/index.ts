/** Photos held inside records: their schema, encoding, hashing and size budget. */
export {
  ATTACHMENT_MEDIA_TYPES,
  DEFAULT_ATTACHMENT_BUDGET_BYTES,
  AttachmentSchema,
  attachmentsSize,
  type Attachment,
  type AttachmentMediaType,
} from './attachment-schema.js';
export { bytesToBase64, base64ToBytes } from './base64.js';
export { sha256Hex, verifyAttachment } from './sha256.js';
export { attachmentBudget, attachmentBudgetMessage, attachmentsOverBudget } from './attachment-budget.js';
