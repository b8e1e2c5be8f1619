import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileDefinition, loadDefinition, type CompiledDefinition } from './compile-definition.js';
import { DefinitionError } from './definition-error.js';
import { InstrumentDefinitionSchema } from './definition-schema.js';
import { localiseDefinition } from './localise-definition.js';
import { isParsedDefinition, parseDefinition } from './parse-definition.js';
import { choice, definitionOf, numberItem, yesNo } from '../test-support/definition-builders.js';
import { forgeCompiled } from '../test-support/forge-compiled.js';
import { OTFORMS_VERSION } from '../version.js';

/** A definition with something for every part of the parse to do: defaults, a condition, scoring with bands, a translation. */
const raw = () => ({
  ...definitionOf(
    [
      choice('mobility', [['unable', 0], ['with-help', 1], ['independent', 2]]),
      yesNo('falls', { scores: { yes: 0, no: 1 }, enableWhen: [{ item: 'mobility', operator: 'notEquals', value: 'unable' }] }),
      numberItem('minutes', 'integer', { min: 0, max: 60 }),
    ],
    { bandSets: [{ id: 'need', label: 'Need', bands: [{ min: 0, max: 1, label: 'High' }, { min: 2, max: 3, label: 'Low' }] }] },
  ),
  languages: ['en-GB', 'cy'],
  translations: { cy: { source: 'Fictional translation for the otforms tests.', title: 'Prawf', items: { mobility: { label: 'Symud' } } } },
});

/** A compiled definition as a vendor stores and reads it: through JSON. */
// Loosely typed: the tests change it as a hand or a fault would, past what the types allow.
const stored = (): Omit<CompiledDefinition, 'definition'> & { definition: any } => JSON.parse(JSON.stringify(compileDefinition(raw())));

const schemaRuns = () => vi.spyOn(InstrumentDefinitionSchema, 'safeParse');

afterEach(() => vi.restoreAllMocks());

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('compileDefinition', () => {
  it('gives the parsed definition, with its format, core version and checksum, all frozen', () => {
    const compiled = compileDefinition(raw());
    expect(compiled).toMatchObject({ format: 'otforms/compiled-definition', formatVersion: 2, core: expect.any(String) });
    expect(compiled.hash).toMatch(/^cyrb53-utf8:[0-9a-f]{14}$/);
    expect(compiled.definition).toEqual(parseDefinition(raw()));
    expect(deeplyFrozen(compiled)).toBe(true);
  });

  it('throws DefinitionError for an invalid definition, as parseDefinition does', () => {
    const invalid = { ...raw(), sections: [] };
    expect(() => compileDefinition(invalid)).toThrow(DefinitionError);
  });
});

describe('loadDefinition', () => {
  it('takes a compiled definition read back from JSON without running the schema', () => {
    const compiled = stored();
    const expected = parseDefinition(raw());
    const spy = schemaRuns();
    const definition = loadDefinition(compiled);
    expect(spy).not.toHaveBeenCalled();
    expect(definition).toEqual(expected);
    expect(deeplyFrozen(definition)).toBe(true);
    // Core treats it as parsed: parseDefinition hands it back, and a translation of it is too.
    expect(isParsedDefinition(definition)).toBe(true);
    expect(parseDefinition(definition)).toBe(definition);
    // Each load is a fresh copy of the hashed text (the input is never trusted in place): load once, keep the result.
    expect(loadDefinition(compiled)).not.toBe(definition);
    expect(loadDefinition(compiled)).toEqual(definition);
    const welsh = localiseDefinition(definition, 'cy').definition;
    expect(welsh.sections[0]!.items[0]!.label).toBe('Symud');
    expect(parseDefinition(welsh)).toBe(welsh);
    expect(spy).not.toHaveBeenCalled();
  });

  it('takes the compiled definition as JSON text, and the compiled object itself, without running the schema', () => {
    const compiled = compileDefinition(raw());
    const text = JSON.stringify(compiled);
    const spy = schemaRuns();
    expect(loadDefinition(text)).toEqual(compiled.definition);
    expect(loadDefinition(compiled)).toBe(compiled.definition);
    expect(spy).not.toHaveBeenCalled();
  });

  it('parses anything else as parseDefinition does', () => {
    expect(loadDefinition(raw())).toEqual(parseDefinition(raw()));
    expect(loadDefinition(JSON.stringify(raw()))).toEqual(parseDefinition(raw()));
    const parsed = parseDefinition(raw());
    expect(loadDefinition(parsed)).toBe(parsed);
    for (const input of ['{ not json', 42, null, { id: 'x' }]) {
      const expected = issuesOf(() => parseDefinition(input));
      expect(issuesOf(() => loadDefinition(input))).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  const tamperings: [string, (compiled: ReturnType<typeof stored>) => void][] = [
    ['a label changed', (compiled) => void (compiled.definition.sections[0].items[0].label = 'Walking')],
    ['a score changed', (compiled) => void (compiled.definition.sections[0].items[0].options[1].score = 2)],
    ['an item added', (compiled) => void compiled.definition.sections[0].items.push({ id: 'notes', type: 'text', label: 'Notes', required: false })],
    ['the hash changed', (compiled) => void ((compiled as { hash: string }).hash = 'cyrb53-utf8:00000000000000')],
    ['the hash removed', (compiled) => void delete (compiled as { hash?: string }).hash],
    ['another format version', (compiled) => void ((compiled as { formatVersion: number }).formatVersion = 1)],
    ['another core version', (compiled) => void ((compiled as { core: string }).core = '0.0.1')],
  ];

  for (const [name, tamper] of tamperings) {
    it(`parses a compiled definition in full when ${name}`, () => {
      const compiled = stored();
      tamper(compiled);
      const spy = schemaRuns();
      const definition = loadDefinition(compiled);
      expect(spy).toHaveBeenCalledTimes(1);
      // Still valid, so it loads: with the change, exactly as parseDefinition reads it.
      expect(definition).toEqual(parseDefinition(structuredClone(compiled.definition)));
    });
  }

  it('adds the defaults a hand-edited compiled definition leaves out', () => {
    const compiled = stored();
    delete compiled.definition.sections[0].items[2].required;
    expect(loadDefinition(compiled).sections[0]!.items[2]!.required).toBe(true);
  });

  it('reports an invalid tampered definition as DefinitionError with the usual issues', () => {
    const mistyped = stored();
    mistyped.definition.sections[0].items[0].options[1].score = 'one';
    expect(issuesOf(() => loadDefinition(mistyped))).toEqual([{ path: 'sections[0].items[0].options[1].score', message: expect.any(String) }]);
    const compiled = stored();
    compiled.definition.sections[0].items[1].id = 'mobility';
    const issues = issuesOf(() => loadDefinition(compiled));
    expect(issues).toEqual(issuesOf(() => parseDefinition(structuredClone(compiled.definition))));
    expect(issues).toContainEqual({ path: 'sections[0].items[1].id', message: 'Item id "mobility" is already used at sections[0].items[0].id' });
  });

  it('reports a compiled definition without its definition as DefinitionError', () => {
    const compiled = stored() as Partial<ReturnType<typeof stored>>;
    delete compiled.definition;
    expect(() => loadDefinition(compiled)).toThrow(DefinitionError);
  });

  it('reports a compiled definition that cannot be read as DefinitionError', () => {
    const compiled = stored();
    Object.defineProperty(compiled, 'hash', { get: () => { throw new Error('unreadable'); } });
    expect(() => loadDefinition(compiled)).not.toThrow();
    Object.defineProperty(compiled, 'format', { get: () => { throw new Error('unreadable'); } });
    expect(() => loadDefinition(compiled)).toThrow(DefinitionError);
  });
});

describe('loadDefinition trusts only the text it hashed', () => {
  it('freezes every node, even of a definition frozen only at its top, and leaves the object given alone', () => {
    const compiled = stored();
    Object.freeze(compiled.definition);
    const definition = loadDefinition(compiled);
    expect(deeplyFrozen(definition)).toBe(true);
    expect(isParsedDefinition(definition)).toBe(true);
    // The caller's own object is not frozen any further (nor adopted as parsed).
    expect(Object.isFrozen(compiled)).toBe(false);
    expect(Object.isFrozen(compiled.definition.sections)).toBe(false);
    expect(isParsedDefinition(compiled.definition)).toBe(false);
  });

  it('does not freeze the object given, even where nothing of it was frozen', () => {
    const compiled = stored();
    const definition = loadDefinition(compiled);
    expect(definition).not.toBe(compiled.definition);
    expect(Object.isFrozen(compiled.definition)).toBe(false);
    expect(Object.isFrozen(compiled.definition.sections[0].items[0])).toBe(false);
    compiled.definition.sections[0].items[0].label = 'Changed afterwards';
    expect(definition.sections[0]!.items[0]!.label).not.toBe('Changed afterwards');
  });

  it('is not fooled by a toJSON that serialises something other than the object', () => {
    const compiled = stored();
    const hashed = structuredClone(compiled.definition);
    // Serialises as the intact definition (so the checksum matches), while the object holds a duplicate id.
    compiled.definition.sections[0].items[1].id = 'mobility';
    Object.defineProperty(compiled.definition, 'toJSON', { value: () => hashed });
    const definition = loadDefinition(compiled);
    expect(definition).toEqual(parseDefinition(structuredClone(hashed)));
    expect(definition.sections[0]!.items[1]!.id).toBe('falls');
  });

  it('is not fooled by a getter that answers differently once the checksum is worked out', () => {
    const compiled = stored();
    const item = compiled.definition.sections[0].items[1];
    let reads = 0;
    Object.defineProperty(item, 'id', { enumerable: true, get: () => (++reads === 1 ? 'falls' : 'mobility') });
    const definition = loadDefinition(compiled);
    expect(reads).toBe(1);
    expect(definition.sections[0]!.items[1]!.id).toBe('falls');
    expect(definition.sections[0]!.items[1]!.id).toBe('falls');
  });
});

describe('a compiled definition given to parseDefinition', () => {
  it('is not trusted: its definition is checked in full', () => {
    const compiled = stored();
    const text = JSON.stringify(stored());
    const spy = schemaRuns();
    const definition = parseDefinition(compiled);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(parseDefinition(text)).toEqual(definition);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(definition).toEqual(loadDefinition(stored()));
  });

  it('shows the problems of a forged one, which loadDefinition (the host trusting it) would take', () => {
    const forged = stored().definition;
    forged.sections[0].items[1].id = 'mobility';
    const wrapper = forgeCompiled(forged, OTFORMS_VERSION);
    // A real forgery: its checksum matches, so the host's loadDefinition takes it unchecked.
    expect(loadDefinition(structuredClone(wrapper)).sections[0]!.items[1]!.id).toBe('mobility');
    expect(issuesOf(() => parseDefinition(wrapper))).toContainEqual({
      path: 'sections[0].items[1].id',
      message: 'Item id "mobility" is already used at sections[0].items[0].id',
    });
  });

  it('compiled in this process, is handed back as parsed (it was checked here)', () => {
    const compiled = compileDefinition(raw());
    const spy = schemaRuns();
    expect(parseDefinition(compiled)).toBe(compiled.definition);
    expect(spy).not.toHaveBeenCalled();
  });
});

function issuesOf(run: () => unknown): readonly unknown[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DefinitionError) return error.issues;
    throw error;
  }
  return [];
}
