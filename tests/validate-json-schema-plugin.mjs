// Browser tests cannot run Ajv against files on disk, so they ask the test
// server: executeServerCommand('validate-json-schema', { schemaFile, data }).
// This checks what the elements emit against the very JSON Schema files we
// publish, not against a copy bundled into the test.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(import.meta.dirname, '..');

export function validateJsonSchemaPlugin() {
  return {
    name: 'validate-json-schema',
    async executeCommand({ command, payload }) {
      if (command !== 'validate-json-schema') return undefined; // not ours: let other plugins answer
      const { schemaFile, data } = payload ?? {};
      const file = resolve(root, String(schemaFile));
      // Repo-relative only: the browser should not be able to read arbitrary files.
      if (typeof schemaFile !== 'string' || relative(root, file).startsWith('..')) {
        throw new Error(`validate-json-schema: schemaFile must be a path inside the repository, got ${schemaFile}`);
      }
      const schema = JSON.parse(await readFile(file, 'utf8'));
      // A fresh Ajv per call: our schemas carry an $id, and adding the same $id
      // twice to one instance throws. Compiling is cheap next to a browser test.
      // Ajv's default strict mode stays on, so a typo in a schema fails loudly.
      const ajv = new Ajv2020({ allErrors: true });
      addFormats(ajv);
      // Version 4 carries photos as base64 text (zod's z.base64()), a format ajv-formats does not know.
      ajv.addFormat('base64', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
      const validate = ajv.compile(schema);
      const valid = validate(data);
      return { valid, errors: valid ? [] : (validate.errors ?? []) };
    },
  };
}
