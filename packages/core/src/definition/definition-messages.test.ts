import { describe, expect, it } from 'vitest';
import { DefinitionError } from './definition-error.js';
import { parseDefinition } from './parse-definition.js';
import { choice, definitionOf, group, issuesOf, multipleChoice, numberItem, textItem } from '../test-support/definition-builders.js';
import { definitionMessageTemplates, matchesTemplate } from '../test-support/definition-messages.js';

/**
 * The messages of zod-messages.ts and the schemas' own texts (structural
 * problems), and of definition-rules.ts (ids), each with its exact path.
 * Conditions and scoring have their own files beside their rules.
 */

const valid = () => definitionOf([choice('a'), textItem('t')], { bandSets: [{ id: 'simple', label: 'Simple', bands: [{ min: 0, max: 1, label: 'All' }] }] });
type Editable = Record<string, unknown> & { sections: { items: Record<string, unknown>[] }[]; scoring: Record<string, unknown> & { bandSets: { bands: unknown[] }[] } };
const edit = (change: (definition: Editable) => void) => {
  const definition = structuredClone(valid()) as Editable;
  change(definition);
  return definition;
};

const structuralCases: { name: string; input: unknown; issues: { path: string; message: string }[] }[] = [
  { name: 'text that is not JSON', input: '{"id": ', issues: [{ path: '', message: 'The definition is not valid JSON (Unexpected end of JSON input)' }] },
  {
    name: 'an object whose field throws when it is read',
    input: edit((d) => Object.defineProperty(d, 'title', { enumerable: true, get: () => { throw new Error('not now'); } })),
    issues: [{ path: '', message: 'The definition could not be read (not now)' }],
  },
  { name: 'a missing field', input: edit((d) => delete d.title), issues: [{ path: 'title', message: 'This field is required' }] },
  { name: 'a value of the wrong type', input: edit((d) => (d.version = 2)), issues: [{ path: 'version', message: 'Expected string, but found 2' }] },
  {
    name: 'a fraction where a whole number is needed',
    input: edit((d) => (d.scoring.bandSets[0]!.bands[0] = { min: 0, max: 1.5, label: 'All' })),
    issues: [{ path: 'scoring.bandSets[0].bands[0].max', message: 'Expected int, but found 1.5' }],
  },
  {
    name: 'a value outside a fixed list',
    input: edit((d) => (d.administrationModes = ['phone'])),
    issues: [{ path: 'administrationModes[0]', message: 'Expected "observed" or "self-report" or "proxy" or "interview", but found "phone"' }],
  },
  { name: 'a misspelt field', input: edit((d) => (d.lable = 'x')), issues: [{ path: '', message: 'Unknown field: lable' }] },
  {
    name: 'several unknown fields on an item',
    input: edit((d) => Object.assign(d.sections[0]!.items[1]!, { colour: 'red', size: 2 })),
    issues: [{ path: 'sections[0].items[1]', message: 'Unknown fields: colour, size' }],
  },
  { name: 'an unknown item type', input: edit((d) => (d.sections[0]!.items[1]!.type = 'slider')), issues: [{ path: 'sections[0].items[1].type', message: 'Unknown type: "slider"' }] },
  {
    name: 'a repeating group inside a repeating group',
    input: definitionOf([group('g', [group('h', [textItem('x')])])]),
    issues: [{ path: 'sections[0].items[0].items[0].type', message: 'Unknown type: "group"' }],
  },
  {
    name: 'a photo question inside a repeating group',
    input: definitionOf([group('g', [{ id: 'gp', type: 'photo', label: 'Photos' }])]),
    issues: [{ path: 'sections[0].items[0].items[0].type', message: 'A photo question cannot be inside a repeating group; put it outside the group' }],
  },
  { name: 'an unknown missing-item rule', input: edit((d) => (d.scoring.missing = { rule: 'guess' })), issues: [{ path: 'scoring.missing.rule', message: 'Unknown rule: "guess"' }] },
  {
    name: 'a condition value that is neither text nor a number',
    input: edit((d) => (d.sections[0]!.items[1]!.enableWhen = [{ item: 'a', operator: 'equals', value: true }])),
    issues: [{ path: 'sections[0].items[1].enableWhen[0].value', message: 'Not one of the accepted forms: found true' }],
  },
  { name: 'blank text', input: edit((d) => (d.title = '   ')), issues: [{ path: 'title', message: 'Enter some text' }] },
  {
    name: 'an id that is not an identifier',
    input: edit((d) => (d.sections[0]!.items[1]!.id = '2nd question')),
    issues: [{ path: 'sections[0].items[1].id', message: 'Use letters, digits, hyphens or underscores, starting with a letter' }],
  },
  { name: 'a language that is not a language tag', input: edit((d) => (d.languages = ['English'])), issues: [{ path: 'languages[0]', message: 'Use a language tag such as en-GB or cy' }] },
  { name: 'no sections', input: edit((d) => (d.sections = [])), issues: [{ path: 'sections', message: 'A definition needs at least 1 section' }] },
  {
    name: 'an empty section and an empty group',
    input: { ...definitionOf([]), sections: [{ id: 's', title: 'S', items: [] }, { id: 't', title: 'T', items: [group('g', [])] }] },
    issues: [
      { path: 'sections[0].items', message: 'A section needs at least 1 item' },
      { path: 'sections[1].items[0].items', message: 'A group needs at least 1 item' },
    ],
  },
  {
    name: 'a choice with one option',
    input: definitionOf([multipleChoice('m', [['only', 1]])]),
    issues: [{ path: 'sections[0].items[0].options', message: 'Give at least 2 options' }],
  },
  { name: 'a band set without bands', input: edit((d) => (d.scoring.bandSets[0]!.bands = [])), issues: [{ path: 'scoring.bandSets[0].bands', message: 'A band set needs at least 1 band' }] },
  { name: 'an empty list of conditions', input: edit((d) => (d.sections[0]!.items[1]!.enableWhen = [])), issues: [{ path: 'sections[0].items[1].enableWhen', message: 'Give at least 1 item' }] },
  {
    name: 'numbers below their least value',
    input: definitionOf([multipleChoice('m', [['a', undefined], ['b', undefined]], { minSelected: 0 })]),
    issues: [{ path: 'sections[0].items[0].minSelected', message: 'Must be at least 1' }],
  },
  {
    name: 'a number that must be more than 0',
    input: definitionOf([textItem('t', { maxLength: 0 })]),
    issues: [{ path: 'sections[0].items[0].maxLength', message: 'Must be more than 0' }],
  },
  {
    name: 'a number above its greatest value',
    input: definitionOf([numberItem('d', 'decimal', { decimalPlaces: 7 })]),
    issues: [{ path: 'sections[0].items[0].decimalPlaces', message: 'Must be at most 6' }],
  },
  { name: 'a weight keyed by something that is not an id', input: edit((d) => (d.scoring.weights = { '1st': 2 })), issues: [{ path: 'scoring.weights.1st', message: 'Not a valid id: "1st" (use letters, digits, hyphens or underscores, starting with a letter)' }] },
];

describe('messages about shape and types', () => {
  it('the base definition is valid', () => expect(issuesOf(valid())).toEqual([]));

  for (const { name, input, issues } of structuralCases) {
    it(`explain ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('keep what was thrown while reading as the error’s cause, stack and all', () => {
    const thrown = new Error('not now');
    const input = edit((d) => Object.defineProperty(d, 'title', { enumerable: true, get: () => { throw thrown; } }));
    const error = (() => {
      try {
        parseDefinition(input);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).cause).toBe(thrown);
    // A problem found by a rule has none.
    expect(() => parseDefinition(edit((d) => delete d.title))).toThrow(DefinitionError);
    try {
      parseDefinition(edit((d) => delete d.title));
    } catch (caught) {
      expect((caught as DefinitionError).cause).toBeUndefined();
    }
  });

  it('have a case above for every structural message', () => {
    const messages = structuralCases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of definitionMessageTemplates.structural) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
  });
});

const idCases: { name: string; input: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
  {
    name: 'an item id used twice at the top level, across sections',
    input: definitionOf([[choice('a')], [textItem('a')]]),
    issues: [{ path: 'sections[1].items[0].id', message: 'Item id "a" is already used at sections[0].items[0].id' }],
  },
  {
    name: 'a group member with the id of a top-level item',
    input: definitionOf([choice('a'), group('g', [textItem('gt'), textItem('a')])]),
    issues: [{ path: 'sections[0].items[1].items[1].id', message: 'Item id "a" is already used at sections[0].items[0].id' }],
  },
  {
    name: 'two members of one group with the same id',
    input: definitionOf([group('g', [numberItem('gc', 'integer'), textItem('gc')])]),
    issues: [{ path: 'sections[0].items[0].items[1].id', message: 'Item id "gc" is already used at sections[0].items[0].items[0].id' }],
  },
  {
    name: 'a group member with the id of its own group',
    input: definitionOf([group('g', [textItem('g')])]),
    issues: [{ path: 'sections[0].items[0].items[0].id', message: 'Item id "g" is already used at sections[0].items[0].id' }],
  },
  {
    name: 'members of two groups with the same id',
    input: definitionOf([group('g', [textItem('name')]), group('h', [textItem('name')])]),
    issues: [{ path: 'sections[0].items[1].items[0].id', message: 'Item id "name" is already used at sections[0].items[0].items[0].id' }],
  },
  {
    name: 'an item id that JavaScript reserves on every object',
    input: definitionOf([textItem('constructor'), group('g', [textItem('toString')])]),
    issues: [
      { path: 'sections[0].items[0].id', message: 'Item id "constructor" is reserved; choose another id' },
      { path: 'sections[0].items[1].items[0].id', message: 'Item id "toString" is reserved; choose another id' },
    ],
  },
  {
    name: 'a section id used twice',
    input: { ...definitionOf([]), sections: [{ id: 's', title: 'One', items: [choice('a')] }, { id: 's', title: 'Two', items: [choice('b')] }] },
    issues: [{ path: 'sections[1].id', message: 'Section id "s" is used more than once' }],
  },
  {
    name: 'an option code used twice, in a group member too',
    input: definitionOf([group('g', [choice('gc', [['no', 0], ['no', 1]])])]),
    issues: [{ path: 'sections[0].items[0].items[0].options[1].code', message: 'Option code "no" is used more than once in item "gc"' }],
  },
];

describe('messages about ids', () => {
  for (const { name, input, issues } of idCases) {
    it(`report ${name}`, () => expect(issuesOf(input)).toEqual(issues));
  }

  it('accept ids that only look like built-in names', () => {
    expect(issuesOf(definitionOf([textItem('Constructor'), textItem('to-string'), textItem('valueOf2')]))).toEqual([]);
  });

  it('have a case above for every message in definition-rules.ts', () => {
    const messages = idCases.flatMap((testCase) => testCase.issues.map((issue) => issue.message));
    for (const template of definitionMessageTemplates.ids) {
      expect(messages.some((message) => matchesTemplate(message, template)), template).toBe(true);
    }
  });
});
