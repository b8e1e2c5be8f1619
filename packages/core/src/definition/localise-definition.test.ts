import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localiseDefinition } from './localise-definition.js';
import { parseDefinition } from './parse-definition.js';
import { untranslatedText } from './translation-coverage.js';
import { indexDefinition } from './definition-index.js';
import type { InstrumentDefinition } from './definition-schema.js';
import { answersForDefinition } from '../test-support/answer-arbitraries.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { translatedDefinition } from '../test-support/translated-definition.js';
import { enabledItemIds, effectiveAnswers } from '../conditions/enable-when.js';
import { validateAnswers } from '../answers/validate-answers.js';
import { scoreInstrument } from '../scoring/score-instrument.js';
import { evaluateSuggestions } from '../recommendations/evaluate-suggestions.js';
import { allItems } from '../scoring/scored-items.js';

const english = parseDefinition(translatedDefinition);

/** Every string in a value, with its path, in a fixed order. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, index) => strings(entry, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, entry]) => strings(entry, `${path}.${key}`));
  return [];
}

const textKeys = /\.(title|description|label|hint|entryLabel|reason|what|totalLabel|notes\[\d+\]|unit|source)$/;
/** The paths of the definition's text: what a translation replaces (a measurement's unit is a code, mm or kg). */
function textPaths(definition: InstrumentDefinition): string[] {
  const measurementUnits = definition.sections.flatMap((section, s) =>
    section.items.flatMap((item, i) => (item.type === 'measurement' ? [`.sections[${s}].items[${i}].unit`] : [])),
  );
  return strings(definition)
    .map(([path]) => path)
    .filter((path) => textKeys.test(path) && !measurementUnits.includes(path) && !path.startsWith('.translations'));
}

/** The definition with its text blanked out: what must not change between languages. */
function structure(definition: InstrumentDefinition): unknown {
  const { translations: _translations, ...rest } = definition;
  const text = new Set(textPaths(definition));
  return strings(rest).map(([path, value]) => [path, text.has(path) ? '' : value]);
}

describe('localiseDefinition', () => {
  it('finds the exact tag, then the language alone, without regard to case', () => {
    for (const lang of ['cy', 'CY', 'cy-GB', 'cy-Latn-GB', ' cy ']) {
      const result = localiseDefinition(english, lang);
      expect(result.translated, lang).toBe(true);
      expect(result.language).toBe('cy');
      expect(result.source).toBe('Welsh for the otforms tests');
      expect(result.definition.title).toBe('Symud o gwmpas');
    }
  });

  it('prefers an exact regional tag to the language alone', () => {
    const both = parseDefinition({
      ...translatedDefinition,
      languages: ['en-GB', 'cy', 'cy-GB'],
      translations: { cy: translatedDefinition.translations.cy, 'cy-GB': { source: 'Regional', title: 'Teitl rhanbarthol' } },
    });
    expect(localiseDefinition(both, 'cy-GB').definition.title).toBe('Teitl rhanbarthol');
    expect(localiseDefinition(both, 'cy').definition.title).toBe('Symud o gwmpas');
    expect(localiseDefinition(both, 'cy-AR').definition.title).toBe('Symud o gwmpas');
  });

  it('finds a regional translation from the language alone', () => {
    const regional = parseDefinition({ ...translatedDefinition, languages: ['en-GB', 'cy-GB'], translations: { 'cy-GB': translatedDefinition.translations.cy } });
    expect(localiseDefinition(regional, 'cy')).toMatchObject({ language: 'cy-GB', translated: true });
  });

  it('returns the definition itself for its own language, any other variety of it, no language or a language without a translation', () => {
    for (const lang of ['en-GB', 'en', 'en-US', undefined, '', 'ga', 'fr-CA']) {
      const result = localiseDefinition(english, lang);
      expect(result, String(lang)).toEqual({ definition: english, language: 'en-GB', translated: false });
      expect(result.definition).toBe(english);
    }
    const untranslated = parseDefinition(sampleDefinition);
    expect(localiseDefinition(untranslated, 'cy')).toEqual({ definition: untranslated, language: 'en-GB', translated: false });
  });

  it('gives the same object on every call, for every tag that finds the same translation', () => {
    const first = localiseDefinition(english, 'cy');
    expect(localiseDefinition(english, 'cy')).toBe(first);
    expect(localiseDefinition(english, 'cy-GB').definition).toBe(first.definition);
    expect(localiseDefinition(english, 'en-GB')).toBe(localiseDefinition(english, 'en-GB'));
  });

  it('localises a localised copy from the source text, not from the copy', () => {
    const welsh = localiseDefinition(english, 'cy').definition;
    expect(localiseDefinition(welsh, 'en-GB').definition).toBe(english);
    expect(localiseDefinition(welsh, 'cy').definition).toBe(welsh);
  });

  it('replaces every text field and nothing else', () => {
    const welsh = localiseDefinition(english, 'cy').definition;
    expect(structure(welsh)).toEqual(structure(english));
    expect(untranslatedText(english, 'cy')).toEqual([]);
    // Every text field changed: the fixture's Welsh differs from its English everywhere.
    const before = new Map(strings(english));
    const changed = strings(welsh).filter(([path, text]) => before.get(path) !== text).map(([path]) => path);
    // The citation and the licence stay as their holder wrote them.
    expect(changed.sort()).toEqual(textPaths(english).filter((path) => !path.startsWith('.citation') && !path.startsWith('.licence')).sort());
    expect(welsh.citation).toBe(english.citation);
    expect(welsh.licence).toEqual(english.licence);
    const walk = welsh.sections[0]!.items[0]!;
    expect(walk.type === 'single-choice' && walk.options.map((option) => [option.code, option.label, option.score])).toEqual([
      ['unable', 'Methu', 0],
      ['with-help', 'Gyda help', 1],
      ['alone', 'Ar ei ben ei hun', 2],
    ]);
    const outings = welsh.sections[1]!.items[0]!;
    expect(outings.type === 'group' && [outings.entryLabel, outings.items[0]!.label]).toEqual(['Taith', 'I ble']);
    expect(welsh.scoring?.bandSets[0]?.bands.map((band) => band.label)).toEqual(['Isel', 'Uchel']);
  });

  it('keeps text the translation leaves out in the source language', () => {
    const partial = parseDefinition({ ...translatedDefinition, translations: { cy: { source: 'Partial', items: { walk: { options: { alone: 'Ar ei ben ei hun' } } } } } });
    const welsh = localiseDefinition(partial, 'cy').definition;
    expect(welsh.title).toBe('Getting about');
    const walk = welsh.sections[0]!.items[0]!;
    expect(walk.label).toBe('Walking');
    expect(walk.type === 'single-choice' && walk.options.map((option) => option.label)).toEqual(['Unable', 'With help', 'Ar ei ben ei hun']);
    expect(untranslatedText(partial, 'cy')).toContain('translations.cy.items.walk.options.unable');
    expect(untranslatedText(partial, 'cy')).not.toContain('translations.cy.items.walk.options.alone');
  });

  it('gives a frozen copy that parseDefinition accepts as it is', () => {
    const welsh = localiseDefinition(english, 'cy').definition;
    expect(Object.isFrozen(welsh)).toBe(true);
    expect(Object.isFrozen(welsh.sections[0]!.items[0])).toBe(true);
    expect(parseDefinition(welsh)).toBe(welsh);
  });

  it('gives a copy whose answers, visibility, validation, scores and suggestions are the source’s', () => {
    const welsh = localiseDefinition(english, 'cy').definition;
    const englishIndex = indexDefinition(english);
    const welshIndex = indexDefinition(welsh);
    expect(welshIndex.scoredIds).toEqual(englishIndex.scoredIds);
    expect(welshIndex.totalRange).toEqual(englishIndex.totalRange);
    expect(welshIndex.conditionOrder.map((item) => item.id)).toEqual(englishIndex.conditionOrder.map((item) => item.id));
    expect(allItems(welsh).map((item) => item.id)).toEqual(allItems(english).map((item) => item.id));
    fc.assert(
      fc.property(answersForDefinition(english), (answers) => {
        expect([...enabledItemIds(welsh, answers)]).toEqual([...enabledItemIds(english, answers)]);
        expect(effectiveAnswers(welsh, answers)).toEqual(effectiveAnswers(english, answers));
        const state = { answers, invalidInputs: {}, notAssessed: [] };
        expect(validateAnswers(welsh, state).map((error) => error.itemId)).toEqual(validateAnswers(english, state).map((error) => error.itemId));
        const { band: welshBand, bands: welshBands, noTotalReason: welshReason, ...welshScore } = scoreInstrument(welsh, answers);
        const { band: englishBand, bands: englishBands, noTotalReason: englishReason, ...englishScore } = scoreInstrument(english, answers);
        expect(welshScore).toEqual(englishScore);
        const numbers = (band: typeof welshBand) => band && { id: band.bandSetId, scale: band.scale, value: band.value };
        expect(numbers(welshBand)).toEqual(numbers(englishBand));
        expect(welshBands.map(numbers)).toEqual(englishBands.map(numbers));
        expect(welshReason === null).toBe(englishReason === null);
        if (welshReason !== null) expect(welshReason).toBe('Nid oedd modd asesu cerdded');
        const suggestions = (definition: InstrumentDefinition) => evaluateSuggestions(definition, answers).map(({ ruleId, kind, needs, priority }) => ({ ruleId, kind, needs, priority }));
        expect(suggestions(welsh)).toEqual(suggestions(english));
      }),
      { numRuns: 300 },
    );
  });

  it('shows the translated words where scores and suggestions carry labels', () => {
    const welsh = localiseDefinition(english, 'cy').definition;
    const answers = { walk: 'alone', stairs: 'with-help', rail: 'no' } as const;
    expect(scoreInstrument(welsh, answers).band).toMatchObject({ bandSetLabel: 'Syml', label: 'Uchel', value: 3 });
    expect(evaluateSuggestions(welsh, answers)).toMatchObject([{ ruleId: 'stair-rail', what: 'Gosod canllaw ar y grisiau', reason: 'Does dim canllaw ar y grisiau' }]);
  });

  it('leaves a definition that was never parsed unfrozen, and still translates it', () => {
    const raw = structuredClone(english) as InstrumentDefinition;
    const result = localiseDefinition(raw, 'cy');
    expect(result.translated).toBe(true);
    expect(Object.isFrozen(result.definition)).toBe(false);
    expect(Object.isFrozen(raw)).toBe(false);
  });
});

describe('untranslatedText', () => {
  it('lists every text path when there is no translation', () => {
    const paths = untranslatedText(english, 'ga');
    expect(paths).toContain('translations.ga.title');
    expect(paths).toContain('translations.ga.items.ease.options.easy');
    expect(paths).toContain('translations.ga.scoring.bandSets.simple.bands');
    expect(paths).toContain('translations.ga.suggestions.stair-rail.reason');
    expect(paths).not.toContain('translations.ga.items.step-height.unit');
    expect(paths).toHaveLength(new Set(paths).size);
  });
});
