import { describe, expect, it } from 'vitest';
import { definitionOf, group, issuesOf, textItem, yesNo } from '../test-support/definition-builders.js';
import { definitionMessageTemplates, matchesTemplate } from '../test-support/definition-messages.js';
import { homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { parseDefinition } from './parse-definition.js';

const measurement = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'measurement', label: `Question ${id}`, unit: 'mm', ...extra });
const photo = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'photo', label: `Question ${id}`, ...extra });
const ownWords = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'own-words', label: `Question ${id}`, ...extra });

describe('measurement, photo and own-words questions', () => {
  it('parse with their defaults: no decimal places, 3 photos, no suggestions, the default budget', () => {
    const definition = parseDefinition(definitionOf([measurement('m'), photo('p'), ownWords('w')]));
    expect(definition.sections[0]!.items).toMatchObject([{ decimalPlaces: 0, unit: 'mm' }, { maxPhotos: 3 }, { type: 'own-words' }]);
    expect(definition.suggestions).toEqual([]);
    expect(definition.attachmentBudgetBytes).toBeUndefined();
    expect(parseDefinition(homeVisitDefinition).suggestions.map((rule) => [rule.id, rule.behavior, rule.recommend.priority])).toEqual([
      ['step-rail', 'all', 'high'],
      ['wide-door', 'all', 'routine'],
    ]);
  });

  it('take only the units otforms measures in, and bounded places and photo counts', () => {
    expect(issuesOf(definitionOf([measurement('m', { unit: 'in' })]))).toEqual([
      { path: 'sections[0].items[0].unit', message: 'Expected "mm" or "cm" or "m" or "kg", but found "in"' },
    ]);
    expect(issuesOf(definitionOf([measurement('m', { decimalPlaces: 4 }), photo('p', { maxPhotos: 11 }), photo('q', { maxPhotos: 0 })]))).toEqual([
      { path: 'sections[0].items[0].decimalPlaces', message: 'Must be at most 3' },
      { path: 'sections[0].items[1].maxPhotos', message: 'Must be at most 10' },
      { path: 'sections[0].items[2].maxPhotos', message: 'Must be at least 1' },
    ]);
    expect(issuesOf({ ...definitionOf([photo('p')]), attachmentBudgetBytes: 0 })).toEqual([{ path: 'attachmentBudgetBytes', message: 'Must be more than 0' }]);
  });

  it('refuse a measurement whose min is above its max', () => {
    expect(issuesOf(definitionOf([measurement('m', { min: 10, max: 10 })]))).toEqual([]);
    expect(issuesOf(definitionOf([measurement('m', { min: 400, max: 100 })]))).toEqual([
      { path: 'sections[0].items[0].max', message: 'The largest measurement (max 100) must not be below the smallest (min 400)' },
    ]);
  });

  it('allow measurements and own words inside a repeating group, but not photos', () => {
    expect(issuesOf(definitionOf([group('g', [measurement('gm'), ownWords('gw')])]))).toEqual([]);
    expect(issuesOf(definitionOf([group('g', [textItem('gt'), photo('gp')])]))).toEqual([
      { path: 'sections[0].items[0].items[1].type', message: 'A photo question cannot be inside a repeating group; put it outside the group' },
    ]);
  });

  it('are never scored', () => {
    for (const item of [measurement('x', { min: 0, max: 10 }), photo('x'), ownWords('x')]) {
      expect(issuesOf(definitionOf([item], { items: ['x'] }))).toEqual([
        { path: 'scoring.items[0]', message: `Scored item "x" is ${item.type}, which cannot be scored` },
      ]);
    }
    expect(issuesOf(definitionOf([group('g', [measurement('gm')])], { method: 'none', groupScores: [{ id: 's', label: 'S', group: 'g', item: 'gm' }] }))).toEqual([
      { path: 'scoring.groupScores[0].item', message: 'Item "gm" is measurement, which cannot be scored' },
    ]);
  });

  it('can be tested by conditions: measurements with numbers, own words with text, photos for an answer', () => {
    const input = definitionOf([
      measurement('m'),
      ownWords('w'),
      photo('p', { required: false }),
      yesNo('b', { enableWhen: [{ item: 'm', operator: 'greaterThan', value: 150 }, { item: 'w', operator: 'equals', value: 'garden' }, { item: 'p', operator: 'answered' }] }),
    ]);
    expect(issuesOf(input)).toEqual([]);
    expect(issuesOf(definitionOf([ownWords('w'), yesNo('b', { enableWhen: [{ item: 'w', operator: 'equals', value: 3 }] })]))).toEqual([
      { path: 'sections[0].items[1].enableWhen[0].value', message: 'Compare "w" with text in quotes' },
    ]);
  });

  it('have a case above for every message about one item’s own fields', () => {
    expect(definitionMessageTemplates.items.every((template) => matchesTemplate('The largest measurement (max 100) must not be below the smallest (min 400)', template))).toBe(true);
  });
});
