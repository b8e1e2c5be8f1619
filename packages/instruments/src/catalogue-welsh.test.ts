import { describe, expect, it } from 'vitest';
import { emptyResponseState, evaluateSuggestions, localiseDefinition, scoreInstrument, untranslatedText, validateAnswers } from '@otforms/core';
import { catalogue } from './catalogue.js';
import { otformsWelshSource } from './otforms-licence.js';

/** Issue 14: Welsh text only where a Welsh version may be used, and then all of it. */
describe('Welsh in the catalogue', () => {
  for (const entry of catalogue) {
    describe(entry.id, () => {
      const translations = entry.definition.translations ?? {};

      it('carries Welsh text exactly when its catalogue entry says a Welsh version may be shipped', () => {
        expect(Object.keys(translations)).toEqual(entry.welsh.shipped ? ['cy'] : []);
        expect(entry.definition.languages).toEqual(entry.welsh.shipped ? ['en-GB', 'cy'] : ['en-GB']);
      });

      it('is shipped in Welsh only when it is ours to translate (no published Welsh version of a licensed instrument could be confirmed)', () => {
        if (entry.welsh.shipped) {
          expect(entry.licence.holder).toMatch(/^otforms/);
          expect(entry.licence.commercialUseNeedsPermission).toBe(false);
          expect(translations['cy']?.source).toBe(otformsWelshSource);
        }
      });

      for (const tag of Object.keys(translations)) {
        it(`has every text field in its ${tag} translation (no half translations)`, () => {
          expect(untranslatedText(entry.definition, tag)).toEqual([]);
        });

        it(`scores, validates and suggests for every reference and suggestion case in ${tag} exactly as in English`, () => {
          const localised = localiseDefinition(entry.definition, tag);
          expect(localised).toMatchObject({ translated: true, language: tag });
          expect(localised.definition.title).not.toBe(entry.definition.title);
          const numbers = (score: ReturnType<typeof scoreInstrument>) => {
            const { band, bands, noTotalReason, ...rest } = score;
            return { ...rest, band: band && band.value, bands: bands.map((one) => one.value), noTotal: noTotalReason === null };
          };
          for (const reference of entry.referenceCases) {
            expect(numbers(scoreInstrument(localised.definition, reference.answers)), reference.id).toEqual(numbers(scoreInstrument(entry.definition, reference.answers)));
            const state = { ...emptyResponseState(), answers: reference.answers };
            expect(validateAnswers(localised.definition, state).map((error) => error.itemId)).toEqual(validateAnswers(entry.definition, state).map((error) => error.itemId));
          }
          for (const suggestionCase of entry.suggestionCases) {
            const rules = (definition: typeof entry.definition) => evaluateSuggestions(definition, suggestionCase.answers).map((suggestion) => suggestion.ruleId);
            expect(rules(localised.definition), suggestionCase.id).toEqual(suggestionCase.expected.suggestions);
          }
        });
      }

      it('shows its source language, untranslated, when no translation fits', () => {
        const result = localiseDefinition(entry.definition, entry.welsh.shipped ? 'ga' : 'cy');
        expect(result).toEqual({ definition: entry.definition, language: 'en-GB', translated: false });
      });
    });
  }
});
