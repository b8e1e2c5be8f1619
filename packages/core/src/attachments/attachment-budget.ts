import { attachmentsSize, DEFAULT_ATTACHMENT_BUDGET_BYTES, type Attachment } from './attachment-schema.js';

/** The budget a definition sets for its record's photos, or the default. */
export function attachmentBudget(definition: { attachmentBudgetBytes?: number | undefined }): number {
  return definition.attachmentBudgetBytes ?? DEFAULT_ATTACHMENT_BUDGET_BYTES;
}

/**
 * A size as people read it on a phone's storage screen (decimal units, one
 * decimal place): 2.7 MB, 640 kB. `round` is Math.ceil for what is held and
 * Math.floor for the budget, so a size just over never reads as equal to it.
 */
function readableSize(bytes: number, round: (value: number) => number): string {
  const [unit, scale] = bytes >= 1_000_000 ? ['MB', 1_000_000] : bytes >= 1000 ? ['kB', 1000] : ['bytes', 1];
  const value = scale === 1 ? bytes : round((bytes / scale) * 10) / 10;
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${unit}`;
}

/**
 * The message for photos over the budget, shared by validation and by the
 * photo question so that both say the same. Null when within the budget.
 */
export function attachmentBudgetMessage(totalBytes: number, budgetBytes: number): string | null {
  if (totalBytes <= budgetBytes) return null;
  return `The photos are too large to keep with this record (${readableSize(totalBytes, Math.ceil)} of ${readableSize(budgetBytes, Math.floor)}). Remove a photo.`;
}

/** The message for a list of attachments against a definition's budget, or null. */
export function attachmentsOverBudget(attachments: readonly Pick<Attachment, 'size'>[], definition: { attachmentBudgetBytes?: number | undefined }): string | null {
  return attachmentBudgetMessage(attachmentsSize(attachments), attachmentBudget(definition));
}
