import { attachmentsSize, DEFAULT_ATTACHMENT_BUDGET_BYTES, type Attachment } from './attachment-schema.js';

/** The budget a definition sets for its record's photos, or the default. */
export function attachmentBudget(definition: { attachmentBudgetBytes?: number | undefined }): number {
  return definition.attachmentBudgetBytes ?? DEFAULT_ATTACHMENT_BUDGET_BYTES;
}

/** Megabytes as people read them on a phone: 2.7 MB (decimal, like the phone's own storage screen). */
function megabytes(bytes: number): string {
  return `${(Math.ceil(bytes / 100_000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

/**
 * The message for photos over the budget, shared by validation and by the
 * photo question so that both say the same. Null when within the budget.
 */
export function attachmentBudgetMessage(totalBytes: number, budgetBytes: number): string | null {
  if (totalBytes <= budgetBytes) return null;
  return `The photos are too large to keep with this record (${megabytes(totalBytes)} of ${megabytes(budgetBytes)}). Remove a photo.`;
}

/** The message for a list of attachments against a definition's budget, or null. */
export function attachmentsOverBudget(attachments: readonly Pick<Attachment, 'size'>[], definition: { attachmentBudgetBytes?: number | undefined }): string | null {
  return attachmentBudgetMessage(attachmentsSize(attachments), attachmentBudget(definition));
}
