import * as z from 'zod/mini';
import { InstrumentDefinitionSchema } from './definition/definition-schema.js';
import {
  OutcomeRecordSchema,
  OutcomeRecordV1Schema,
  OutcomeRecordV2Schema,
  OutcomeRecordV3Schema,
  OutcomeRecordV4Schema,
  OutcomeRecordV5Schema,
} from './record/outcome-record-schema.js';

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
  // Published before version 3 existed, when its definitions had no suffix: the file keeps those names, so a
  // back end's `#/$defs/AssessmentRecord` still resolves.
  'outcome-record.v2.json': () =>
    withId(
      renameDefinitions(z.toJSONSchema(OutcomeRecordV2Schema, { io: 'output', target: 'draft-2020-12' }), {
        OutcomeRecordV2: 'OutcomeRecord',
        AssessmentRecordV2: 'AssessmentRecord',
        GoalPlanRecordV2: 'GoalPlanRecord',
        GoalPlanV3: 'GoalPlan',
        GoalV3: 'Goal',
      }),
      'outcome-record.v2.json',
    ),
  // Likewise version 3, published while it was current.
  'outcome-record.v3.json': () =>
    withId(
      renameDefinitions(z.toJSONSchema(OutcomeRecordV3Schema, { io: 'output', target: 'draft-2020-12' }), {
        OutcomeRecordV3: 'OutcomeRecord',
        AssessmentRecordV3: 'AssessmentRecord',
        GoalPlanRecordV3: 'GoalPlanRecord',
        EpisodeAssessmentV3: 'EpisodeAssessment',
        EpisodeRecordV3: 'EpisodeRecord',
        ReablementEpisodeV5: 'ReablementEpisode',
        GoalPlanV3: 'GoalPlan',
        GoalV3: 'Goal',
      }),
      'outcome-record.v3.json',
    ),
  // Likewise version 4.
  'outcome-record.v4.json': () =>
    withId(
      renameDefinitions(z.toJSONSchema(OutcomeRecordV4Schema, { io: 'output', target: 'draft-2020-12' }), {
        OutcomeRecordV4: 'OutcomeRecord',
        AssessmentRecordV4: 'AssessmentRecord',
        GoalPlanRecordV4: 'GoalPlanRecord',
        EpisodeAssessmentV4: 'EpisodeAssessment',
        EpisodeRecordV4: 'EpisodeRecord',
        HomeVisitRecordV4: 'HomeVisitRecord',
        ReablementEpisodeV5: 'ReablementEpisode',
      }),
      'outcome-record.v4.json',
    ),
  // Likewise version 5. Versions 3 to 5 share the episode of their time, ReablementEpisodeV5 here.
  'outcome-record.v5.json': () =>
    withId(
      renameDefinitions(z.toJSONSchema(OutcomeRecordV5Schema, { io: 'output', target: 'draft-2020-12' }), {
        OutcomeRecordV5: 'OutcomeRecord',
        AssessmentRecordV5: 'AssessmentRecord',
        GoalPlanRecordV5: 'GoalPlanRecord',
        EpisodeAssessmentV5: 'EpisodeAssessment',
        EpisodeRecordV5: 'EpisodeRecord',
        HomeVisitRecordV5: 'HomeVisitRecord',
        ReablementEpisodeV5: 'ReablementEpisode',
      }),
      'outcome-record.v5.json',
    ),
  'outcome-record.v6.json': () =>
    withId(z.toJSONSchema(OutcomeRecordSchema, { io: 'output', target: 'draft-2020-12' }), 'outcome-record.v6.json'),
} as const;

/** Renames `$defs` entries and every `$ref` to them, keeping their order. */
function renameDefinitions(schema: Record<string, unknown>, names: Record<string, string>): Record<string, unknown> {
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key === '$ref' && typeof inner === 'string') return [key, inner.replace(/^#\/\$defs\/(.+)$/, (ref, name: string) => (names[name] ? `#/$defs/${names[name]}` : ref))];
        if (key === '$defs' && typeof inner === 'object' && inner !== null) {
          return [key, Object.fromEntries(Object.entries(inner).map(([name, definition]) => [names[name] ?? name, rename(definition)]))];
        }
        return [key, rename(inner)];
      }),
    );
  };
  return rename(schema) as Record<string, unknown>;
}

function withId(schema: Record<string, unknown>, file: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: `urn:otforms:schema:${file.replace(/\.json$/, '')}`, ...rest };
}
