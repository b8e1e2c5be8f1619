import * as z from 'zod/mini';
import { InstrumentDefinitionSchema } from './definition/definition-schema.js';
import { OutcomeRecordSchema, OutcomeRecordV1Schema, OutcomeRecordV2Schema } from './record/outcome-record-schema.js';

/**
 * The published JSON Schema files, generated from the zod schemas so the two
 * can never disagree. Cross-field rules (unique ids, band coverage, dates in
 * order) are zod refinements and cannot be expressed in JSON Schema; a back
 * end that needs them runs `parseDefinition` / `validateOutcomeRecord`.
 * Kept out of the main entry so that bundles do not carry `toJSONSchema`.
 */
export const publishedSchemas = {
  'instrument-definition.v1.json': () =>
    withId(z.toJSONSchema(InstrumentDefinitionSchema, { io: 'input', target: 'draft-2020-12' }), 'instrument-definition.v1.json'),
  'outcome-record.v1.json': () =>
    withId(z.toJSONSchema(OutcomeRecordV1Schema, { io: 'output', target: 'draft-2020-12' }), 'outcome-record.v1.json'),
  'outcome-record.v2.json': () =>
    withId(z.toJSONSchema(OutcomeRecordV2Schema, { io: 'output', target: 'draft-2020-12' }), 'outcome-record.v2.json'),
  'outcome-record.v3.json': () =>
    withId(z.toJSONSchema(OutcomeRecordSchema, { io: 'output', target: 'draft-2020-12' }), 'outcome-record.v3.json'),
} as const;

function withId(schema: Record<string, unknown>, file: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: `urn:otforms:schema:${file.replace(/\.json$/, '')}`, ...rest };
}
