import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { publishedSchemas } from './json-schema.js';
import { parseDefinition } from './definition/parse-definition.js';
import { buildOutcomeRecord } from './record/build-outcome-record.js';
import { sampleDefinition } from './test-support/sample-definitions.js';

const schemaFile = (name: string) => new URL(`../schemas/${name}`, import.meta.url);
const render = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

/** Files of earlier versions as published: back ends refer to them, so they never change, not even a definition's name. */
const frozen = {
  'outcome-record.v1.json': 'd6a61b3e4bf2c6b9abb2518037d994fa133049a905ceb2c9c40b57ea0dc22deb',
  'outcome-record.v2.json': '91e5858f0fc1cc35e7d14a4bbba0fd7519bd1f7e577aafcd7aa20f4eeb54d208',
  'outcome-record.v3.json': 'ba492b18f01849212d4d688ed225dc1c7bc6c78ba633d663701e804a2d2b6ae2',
  'outcome-record.v4.json': 'f74508bb96154c627653450449d647db7d7f3daac4dc5c0e909dd83815d0997d',
  'outcome-record.v5.json': '15baf46312ba1b6d0f3eec51aa1fdc1869422fa50eb99a6ba996ded4a9db4205',
};

describe('published JSON Schema files', () => {
  for (const [name, sha256] of Object.entries(frozen)) {
    it(`${name} is byte for byte as published`, () => {
      expect(createHash('sha256').update(readFileSync(schemaFile(name))).digest('hex')).toBe(sha256);
    });
  }

  for (const [name, generate] of Object.entries(publishedSchemas)) {
    it(`${name} matches the zod schema (run "npm run schemas" after changing a schema)`, () => {
      const fresh = render(generate());
      if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(schemaFile(name), fresh);
      expect(readFileSync(schemaFile(name), 'utf8')).toBe(fresh);
    });
  }

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const load = (name: string) => ajv.compile(JSON.parse(readFileSync(schemaFile(name), 'utf8')));

  it('accepts a real record and rejects a broken one (checked by Ajv, not zod)', () => {
    const validate = load('outcome-record.v6.json');
    const record = buildOutcomeRecord(parseDefinition(sampleDefinition), { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, {
      recordId: '3b241101-e2bb-4255-8caf-4136c566a962',
      startedAt: '2026-11-22T10:00:00.000Z',
      completedAt: '2026-11-22T10:20:00.000Z',
    });
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, status: 'done' })).toBe(false);
    expect(validate({ ...record, completedAt: 'later' })).toBe(false);
  });

  it('accepts a definition as written and rejects a misspelt field', () => {
    const validate = load('instrument-definition.v1.json');
    expect(validate(sampleDefinition), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...sampleDefinition, titel: 'x' })).toBe(false);
  });
});
