import { executeServerCommand } from '@web/test-runner-commands';

export interface JsonSchemaResult {
  valid: boolean;
  errors: unknown[];
}

/**
 * Validates `data` against a JSON Schema file on disk (path relative to the
 * repository root), using Ajv in the test server: see
 * tests/validate-json-schema-plugin.mjs for why it runs there.
 */
export async function validateAgainstJsonSchema(schemaFile: string, data: unknown): Promise<JsonSchemaResult> {
  return executeServerCommand<JsonSchemaResult, { schemaFile: string; data: unknown }>(
    'validate-json-schema',
    { schemaFile, data },
  );
}
