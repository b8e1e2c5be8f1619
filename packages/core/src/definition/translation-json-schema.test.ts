import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { translatedDefinition } from '../test-support/translated-definition.js';

/** The published schema (schemas/instrument-definition.v1.json) as a back end without zod reads it. */
const schema = JSON.parse(readFileSync(new URL('../../schemas/instrument-definition.v1.json', import.meta.url), 'utf8')) as {
  $defs: Record<string, { description?: string; properties?: Record<string, { description?: string }> }>;
};
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('translations in the published definition schema', () => {
  it('accept a translated definition and refuse a misspelt translation field or tag', () => {
    expect(validate(translatedDefinition), JSON.stringify(validate.errors)).toBe(true);
    const misspelt = structuredClone(translatedDefinition) as { translations: { cy: Record<string, unknown> } };
    misspelt.translations.cy['titel'] = 'Teitl';
    expect(validate(misspelt)).toBe(false);
    expect(validate({ ...translatedDefinition, translations: { Welsh: { source: 'x' } } })).toBe(false);
    expect(validate({ ...translatedDefinition, translations: { cy: { title: 'Teitl' } } })).toBe(false);
  });

  it('describe the translation and its source for whoever writes one', () => {
    expect(schema.$defs['DefinitionTranslation']?.description).toMatch(/never translated/);
    expect(schema.$defs['DefinitionTranslation']?.properties?.['source']?.description).toMatch(/on what terms/);
    expect(schema.$defs['InstrumentDefinition']?.properties?.['translations']?.description).toMatch(/must also be in languages/);
  });
});
