import * as z from 'zod';
import { AnswersSchema } from '../answers/answers.js';
import { AdministrationModeSchema, LicenceSchema } from '../definition/definition-schema.js';

/**
 * The outcome record, version 1: what a finished assessment leaves behind.
 * A council back end can validate it with the published JSON Schema
 * (`schemas/outcome-record.v1.json`) and re-score it from `answers` with
 * `scoreInstrument`, since the definition id and version are recorded.
 */

const isoDateTime = z.iso.datetime({ offset: true });

export const BandResultSchema = z
  .strictObject({
    bandSetId: z.string(),
    bandSetLabel: z.string(),
    scale: z.string(),
    value: z.number(),
    label: z.string(),
  })
  .meta({ id: 'BandResult' });

export const OutcomeRecordV1Schema = z
  .strictObject({
    schemaVersion: z.literal(1),
    recordId: z.uuid(),
    instrument: z.strictObject({
      id: z.string().min(1),
      version: z.string().min(1),
      title: z.string().min(1),
    }),
    subject: z
      .strictObject({
        reference: z.string().min(1).meta({ description: 'The host system’s reference to the person, for example "Patient/123".' }),
      })
      .optional(),
    assessor: z
      .strictObject({
        reference: z.string().min(1).optional(),
        role: z.string().min(1).optional(),
      })
      .optional(),
    administrationMode: AdministrationModeSchema.optional(),
    startedAt: isoDateTime,
    completedAt: isoDateTime,
    answers: AnswersSchema,
    notAssessed: z.array(z.string()).meta({ description: 'Items the assessor deliberately marked "Not assessed".' }),
    itemScores: z.record(z.string(), z.number().nullable()),
    total: z.number().nullable(),
    prorated: z.boolean(),
    scales: z.record(z.string(), z.number().nullable()),
    status: z.enum(['complete', 'incomplete']),
    missingItems: z.array(z.string()),
    band: BandResultSchema.nullable(),
    bands: z.array(BandResultSchema),
    citation: z.string().min(1),
    licence: LicenceSchema,
    provenance: z.strictObject({
      generator: z.literal('otforms'),
      version: z.string().min(1),
    }),
  })
  .superRefine((record, ctx) => {
    if (Date.parse(record.completedAt) < Date.parse(record.startedAt)) {
      ctx.addIssue({ code: 'custom', path: ['completedAt'], message: 'completedAt must not be before startedAt' });
    }
    if ((record.status === 'complete') !== (record.missingItems.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'status must be "complete" exactly when no item is missing' });
    }
    if (record.total === null && record.band !== null) {
      ctx.addIssue({ code: 'custom', path: ['band'], message: 'A record without a total cannot have a band' });
    }
  })
  .meta({ id: 'OutcomeRecord', title: 'otforms outcome record v1' });

export type OutcomeRecord = z.output<typeof OutcomeRecordV1Schema>;
