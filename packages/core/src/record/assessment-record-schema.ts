import * as z from 'zod/mini';
import { AttachmentSchema } from '../attachments/attachment-schema.js';
import { BetterWhenSchema } from '../definition/definition-schema.js';
import { AnswerAuditSchema, checkAnswerAudit } from './answer-audit.js';
import { assessmentFields, checkAssessment, checkAttachments, checkTimes, describe } from './record-parts.js';

/**
 * The record of one instrument's assessment, version 6, unchanged since
 * version 5: version 4's (the photos its answers refer to), and who gave and
 * changed each answer, when.
 */
export const AssessmentRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(6),
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
    answerAudit: z.optional(AnswerAuditSchema),
  })
  .check(z.superRefine(checkAssessment), z.superRefine(checkTimes), z.superRefine(checkAttachments), z.superRefine(checkAnswerAudit), z.meta({ id: 'AssessmentRecord' }));

export type AssessmentRecord = z.output<typeof AssessmentRecordSchema>;
