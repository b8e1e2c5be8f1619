import * as z from 'zod/mini';
import { AttachmentSchema } from '../attachments/attachment-schema.js';
import { BetterWhenSchema } from '../definition/definition-schema.js';
import { assessmentFields, checkAssessment, checkTimes, describe } from './record-parts.js';

/** The record of one instrument's assessment, version 4: version 3's, and the photos its answers refer to. */
export const AssessmentRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(4),
    kind: z.literal('assessment'),
    ...assessmentFields,
    totalRange: z.optional(
      z.strictObject({ min: z.number(), max: z.number() }).check(describe('The lowest and highest total the instrument gives, so a total can be read without its definition.')),
    ),
    totalBetterWhen: z.optional(BetterWhenSchema).check(
      describe('Which way the total improves, from the definition, so a total can be compared without its definition.'),
    ),
    attachments: z._default(z.array(AttachmentSchema), []).check(
      describe('The photos that photo questions’ answers refer to by id, and only those.'),
    ),
  })
  .check(
    z.superRefine(checkAssessment),
    z.superRefine(checkTimes),
    z.superRefine((record, ctx) => {
      const ids = new Set<string>();
      record.attachments.forEach((attachment, index) => {
        if (ids.has(attachment.id)) ctx.addIssue({ code: 'custom', path: ['attachments', index, 'id'], message: `Attachment id "${attachment.id}" is used more than once` });
        ids.add(attachment.id);
        // Checkable without the definition: a photo is carried only for the answer that names it, so none travels unseen.
        const answer = record.answers[attachment.itemId];
        if (!Array.isArray(answer) || !answer.includes(attachment.id as never)) {
          ctx.addIssue({ code: 'custom', path: ['attachments', index, 'itemId'], message: `Attachment "${attachment.id}" is not in the answer to "${attachment.itemId}"` });
        }
      });
    }),
    z.meta({ id: 'AssessmentRecord' }),
  );

export type AssessmentRecord = z.output<typeof AssessmentRecordSchema>;
