import { describe, expect, it } from 'vitest';
import { DefinitionError } from './definition-error.js';
import { parseDefinition } from './parse-definition.js';
import { clone, sampleDefinition } from '../test-support/sample-definitions.js';

function issuesOf(input: unknown) {
  try {
    parseDefinition(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionError);
    return (error as DefinitionError).issues;
  }
  throw new Error('expected a DefinitionError');
}

describe('parseDefinition', () => {
  it('accepts a valid definition and applies defaults', () => {
    const definition = parseDefinition(sampleDefinition);
    const walk = definition.sections[0]!.items[0]!;
    expect(walk.required).toBe(true);
    expect(walk.type === 'single-choice' && walk.allowNotAssessed).toBe(false);
    expect(definition.scoring?.missing).toEqual({ rule: 'no-total' });
    expect(definition.licence.commercialUseNeedsPermission).toBe(false);
  });

  it('accepts the definition as JSON text', () => {
    expect(parseDefinition(JSON.stringify(sampleDefinition)).id).toBe('sample');
  });

  it('names the path of a duplicate item id', () => {
    const bad = clone(sampleDefinition);
    bad.sections[1]!.items[0]!.id = 'walk';
    expect(issuesOf(bad)).toEqual([
      { path: 'sections[1].items[0].id', message: 'Item id "walk" is already used at sections[0].items[0].id' },
    ]);
  });

  it('names the option without a score when the item is scored', () => {
    const bad = clone(sampleDefinition) as { sections: { items: { options?: { score?: number }[] }[] }[] };
    delete bad.sections[0]!.items[1]!.options![1]!.score;
    expect(issuesOf(bad)).toEqual([
      { path: 'sections[0].items[1].options[1].score', message: 'Option "alone" needs a score because item "stairs" is scored' },
    ]);
  });

  it('names a gap in a band set', () => {
    const bad = clone(sampleDefinition);
    bad.scoring.bandSets[0]!.bands[1]!.min = 3;
    expect(issuesOf(bad)).toEqual([{ path: 'scoring.bandSets[0].bands[1]', message: 'Gap: no band covers a total of 2' }]);
  });

  it('names overlapping bands, and bands beyond the possible range', () => {
    const overlap = clone(sampleDefinition);
    overlap.scoring.bandSets[0]!.bands[1]!.min = 1;
    expect(issuesOf(overlap)[0]).toEqual({
      path: 'scoring.bandSets[0].bands[1]',
      message: 'Band 1–4 overlaps the band before it',
    });
    const beyond = clone(sampleDefinition);
    beyond.scoring.bandSets[1]!.bands[1]!.max = 50;
    expect(issuesOf(beyond)[0]).toEqual({
      path: 'scoring.bandSets[1].bands[1]',
      message: 'Band 40–50 ends above the highest possible total, 40',
    });
    const short = clone(sampleDefinition);
    short.scoring.bandSets[0]!.bands[1]!.max = 3;
    expect(issuesOf(short)[0]).toEqual({ path: 'scoring.bandSets[0].bands', message: 'Gap: no band covers a total of 4' });
  });

  it('names unknown references in scoring', () => {
    const bad = clone(sampleDefinition) as typeof sampleDefinition & { scoring: { items?: string[]; defaultBandSet?: string } };
    bad.scoring.items = ['walk', 'jump', 'notes'];
    bad.scoring.defaultBandSet = 'nope';
    expect(issuesOf(bad)).toEqual([
      { path: 'scoring.items[1]', message: 'Scored item "jump" is not in the definition' },
      { path: 'scoring.items[2]', message: 'Scored item "notes" is text, which cannot be scored' },
      { path: 'scoring.defaultBandSet', message: 'Default band set "nope" is not defined' },
    ]);
  });

  it('names duplicate option codes and section ids', () => {
    const bad = clone(sampleDefinition);
    bad.sections[1]!.id = 'first';
    (bad.sections[0]!.items[0] as { options: { code: string }[] }).options[2]!.code = 'unable';
    expect(issuesOf(bad)).toEqual([
      { path: 'sections[0].items[0].options[2].code', message: 'Option code "unable" is used more than once in item "walk"' },
      { path: 'sections[1].id', message: 'Section id "first" is used more than once' },
    ]);
  });

  it('rejects a proration rule that leaves nothing to prorate from', () => {
    const bad = { ...clone(sampleDefinition), scoring: { ...clone(sampleDefinition).scoring, missing: { rule: 'prorate', maxMissing: 2, rounding: 'up' } } };
    expect(issuesOf(bad)).toEqual([
      { path: 'scoring.missing.maxMissing', message: 'maxMissing must be less than the 2 scored items, or nothing would be left to prorate from' },
    ]);
  });

  it('explains structural problems in plain words', () => {
    const bad = clone(sampleDefinition) as Record<string, unknown> & { sections: Record<string, unknown>[] };
    delete bad.title;
    bad.lable = 'typo';
    (bad.sections[0]!.items as Record<string, unknown>[])[0]!.type = 'slider';
    const issues = issuesOf(bad);
    expect(issues).toContainEqual({ path: 'title', message: 'This field is required' });
    expect(issues).toContainEqual({ path: '', message: 'Unknown field: lable' });
    expect(issues).toContainEqual({ path: 'sections[0].items[0].type', message: 'Unknown type: "slider"' });
  });

  it('turns anything that is not a definition into a DefinitionError', () => {
    for (const input of [undefined, null, 42, 'not json', '{"id":', [], { sections: 'x' }]) {
      expect(issuesOf(input).length).toBeGreaterThan(0);
    }
    expect(issuesOf('{"id":')[0]!.message).toMatch(/^The definition is not valid JSON/);
  });
});

describe('parsed definitions', () => {
  it('are frozen, and returned as they are when parsed again', () => {
    const definition = parseDefinition(sampleDefinition);
    expect(Object.isFrozen(definition)).toBe(true);
    expect(Object.isFrozen(definition.sections[0]!.items[0])).toBe(true);
    expect(() => {
      (definition as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(parseDefinition(definition)).toBe(definition);
  });

  it('are checked again when copied and changed', () => {
    const copy = structuredClone(parseDefinition(sampleDefinition));
    copy.sections[1]!.items[0]!.id = 'walk';
    expect(() => parseDefinition(copy)).toThrow(DefinitionError);
  });
});
