import * as z from 'zod/mini';

/**
 * A photo taken during an assessment, held inside the record that refers to
 * it rather than as a link, so that a record read offline or years later still
 * shows what the assessor saw. The size and SHA-256 let a back end check that
 * the data it stored is the data that was taken.
 */

/** What a photo is stored as: formats every browser can show and every back end can read. */
export const ATTACHMENT_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The most all of a record's photos may add up to, in bytes, unless its definition says otherwise. */
export const DEFAULT_ATTACHMENT_BUDGET_BYTES = 2_500_000;

export const AttachmentSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    itemId: z.string().check(z.meta({ description: 'The photo question the attachment answers.' })),
    contentType: z.enum(ATTACHMENT_MEDIA_TYPES),
    size: z.int().check(z.minimum(1), z.meta({ description: 'Bytes of the decoded data.' })),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Use 64 lower-case hexadecimal digits'), z.meta({ description: 'SHA-256 of the decoded data.' })),
    data: z.base64().check(z.meta({ description: 'The image, base64-encoded.' })),
    width: z.optional(z.int().check(z.positive())),
    height: z.optional(z.int().check(z.positive())),
  })
  .check(z.meta({ id: 'Attachment' }));

export type Attachment = z.output<typeof AttachmentSchema>;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The bytes that a list of attachments adds up to. */
export function attachmentsSize(attachments: readonly Pick<Attachment, 'size'>[]): number {
  return attachments.reduce((total, attachment) => total + attachment.size, 0);
}
