import * as z from 'zod/mini';
import { AnswersSchema } from '../answers/answers.js';
import { AdministrationModeSchema, LicenceSchema } from '../definition/definition-schema.js';

/**
 * The outcome record, version 1: what a finished assessment leaves behind.
 * A council back end can validate it with the published JSON Schema
 * (`schemas/outcome-record.v1.json`) and re-score it from `answers` with
 * `scoreInstrument`, since the definition id and version are recorded.
 */

const isoDateTime = z.iso.datetime({ offset: true });
const nonEmpty = z.string().check(z.minLength(1));
const describe = (description: string) => z.meta({ description });

export const BandResultSchema = z
  .strictObject({
    bandSetId: z.string(),
    bandSetLabel: z.string(),
    scale: z.string(),
    value: z.number(),
    label: z.string(),
  })
  .check(z.meta({ id: 'BandResult' }));

export const OutcomeRecordV1Schema = z
  .strictObject({
    schemaVersion: z.literal(1),
    recordId: z.uuid(),
    instrument: z.strictObject({ id: nonEmpty, version: nonEmpty, title: nonEmpty }),
    subject: z.optional(
      z.strictObject({
        reference: nonEmpty.check(describe('The host system’s reference to the person, for example "Patient/123".')),
      }),
    ),
    assessor: z.optional(z.strictObject({ reference: z.optional(nonEmpty), role: z.optional(nonEmpty) })),
    administrationMode: z.optional(AdministrationModeSchema),
    startedAt: isoDateTime,
    completedAt: isoDateTime,
    answers: AnswersSchema,
    notAssessed: z.array(z.string()).check(describe('Items the assessor deliberately marked "Not assessed".')),
    itemScores: z.record(z.string(), z.nullable(z.number())),
    total: z.nullable(z.number()),
    prorated: z.boolean(),
    scales: z.record(z.string(), z.nullable(z.number())),
    status: z.enum(['complete', 'incomplete']),
    missingItems: z.array(z.string()),
    band: z.nullable(BandResultSchema),
    bands: z.array(BandResultSchema),
    scores: z.record(z.string(), z.nullable(z.number())).check(describe('Subscales, group scores and differences, by id.')),
    flags: z.record(z.string(), z.nullable(z.boolean())).check(describe('Thresholds, by id: true when met.')),
    noTotalReason: z.nullable(z.string()).check(describe('Why the instrument’s own rules give no total, when they do.')),
    citation: nonEmpty,
    licence: LicenceSchema,
    provenance: z.strictObject({ generator: z.literal('otforms'), version: nonEmpty }),
  })
  .check(
    z.superRefine((record, ctx) => {
      if (Date.parse(record.completedAt) < Date.parse(record.startedAt)) {
        ctx.addIssue({ code: 'custom', path: ['completedAt'], message: 'completedAt must not be before startedAt' });
      }
      if ((record.status === 'complete') !== (record.missingItems.length === 0)) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'status must be "complete" exactly when no item is missing' });
      }
      if (record.total === null && record.band !== null) {
        ctx.addIssue({ code: 'custom', path: ['band'], message: 'A record without a total cannot have a band' });
      }
    }),
    z.meta({ id: 'OutcomeRecord', title: 'otforms outcome record v1' }),
  );

export type OutcomeRecord = z.output<typeof OutcomeRecordV1Schema>;
