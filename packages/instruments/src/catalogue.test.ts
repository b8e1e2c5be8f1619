import { describe, expect, it } from 'vitest';
import {
  allItems,
  buildOutcomeRecord,
  emptyResponseState,
  evaluateSuggestions,
  parseDefinition,
  scoreInstrument,
  validateAnswers,
  type BetterWhen,
  type ScoreResult,
} from '@otforms/core';
import { catalogue, getInstrument } from './catalogue.js';
import type { ReferenceCase } from './reference-case.js';

/** From each instrument's source: a higher Barthel or Lawton total is more independence; FES-I is concern about falling; TUG is seconds. */
const expectedBetterWhen: Record<string, BetterWhen> = {
  'barthel-cw20': 'higher',
  'lawton-iadl-8': 'higher',
  'fes-i-16': 'lower',
  'short-fes-i-7': 'lower',
  tug: 'lower',
};

describe('catalogue', () => {
  it('lists every definition with its id, title, version and licence', () => {
    expect(catalogue.map((entry) => entry.id)).toEqual([
      'barthel-cw20', 'lawton-iadl-8', 'fes-i-16', 'short-fes-i-7', 'tug', 'person-rated-performance',
      'home-environment', 'falls-risk-checklist', 'what-matters-conversation',
    ]);
    for (const entry of catalogue) {
      expect(entry.title).toBe(entry.definition.title);
      expect(entry.version).toBe(entry.definition.version);
      expect(entry.licence.attribution.length).toBeGreaterThan(0);
      expect(entry.licence.terms.length).toBeGreaterThan(0);
    }
  });

  it('finds an instrument by id, and nothing for an unknown id', () => {
    expect(getInstrument('barthel-cw20')?.title).toBe('Barthel Index of activities of daily living');
    expect(getInstrument('copm')).toBeUndefined();
  });

  for (const entry of catalogue) {
    describe(entry.id, () => {
      it('is a fixed point of parseDefinition', () => {
        expect(parseDefinition(entry.definition)).toEqual(entry.definition);
      });
      it('says which way its total improves, when it has a total, and its records carry it', () => {
        const { method, betterWhen } = entry.definition.scoring ?? {};
        if (method === undefined || method === 'none') {
          expect(betterWhen).toBeUndefined();
          return;
        }
        expect(betterWhen, 'an instrument with a total declares scoring.betterWhen').toBeDefined();
        expect(betterWhen).toBe(expectedBetterWhen[entry.id]);
        const [reference] = entry.referenceCases;
        const record = buildOutcomeRecord(entry.definition, { ...emptyResponseState(), answers: reference!.answers }, {
          recordId: crypto.randomUUID(), startedAt: '2025-06-02T10:00:00Z', completedAt: '2025-06-02T10:20:00Z',
        });
        expect(record.totalBetterWhen).toBe(betterWhen);
      });
      it('has reference cases from its publication', () => {
        expect(entry.referenceCases.length).toBeGreaterThan(0);
      });
      for (const reference of entry.referenceCases) {
        it(`${reference.id}: ${reference.description}`, () => {
          expectReferenceCase(scoreInstrument(entry.definition, reference.answers), reference.expected);
        });
        it(`${reference.id}: can be submitted, marking missing items not assessed, and makes a valid outcome record`, () => {
          const notAssessed = allItems(entry.definition)
            .filter((item) => item.type === 'single-choice' && item.allowNotAssessed && !(item.id in reference.answers))
            .map((item) => item.id);
          const responses = { ...emptyResponseState(), answers: reference.answers, notAssessed };
          expect(validateAnswers(entry.definition, responses)).toEqual([]);
          const record = buildOutcomeRecord(entry.definition, responses, {
            recordId: crypto.randomUUID(), startedAt: '2025-06-02T10:00:00Z', completedAt: '2025-06-02T10:20:00Z',
          });
          expect(record).toMatchObject({ total: reference.expected.total, licence: entry.licence });
        });
      }
      it('has a suggestion case that sets off each of its suggestion rules', () => {
        const fired = new Set(entry.suggestionCases.flatMap((suggestionCase) => suggestionCase.expected.suggestions));
        expect(entry.definition.suggestions.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
        const ids = entry.suggestionCases.map((suggestionCase) => suggestionCase.id);
        expect(new Set(ids).size).toBe(ids.length);
      });
      for (const suggestionCase of entry.suggestionCases) {
        it(`${suggestionCase.id}: ${suggestionCase.description}`, () => {
          // Complete answers, as a visit would submit them: a case cannot lean on a question left blank.
          expect(validateAnswers(entry.definition, { ...emptyResponseState(), answers: suggestionCase.answers })).toEqual([]);
          const suggestions = evaluateSuggestions(entry.definition, suggestionCase.answers);
          expect(suggestions.map((suggestion) => suggestion.ruleId)).toEqual(suggestionCase.expected.suggestions);
          for (const suggestion of suggestions) expect(suggestion.instrumentId).toBe(entry.id);
        });
      }
    });
  }
});

function expectReferenceCase(result: ScoreResult, expected: ReferenceCase['expected']): void {
  expect(result.total).toBe(expected.total);
  expect(result.status).toBe(expected.status);
  if (expected.prorated !== undefined) expect(result.prorated).toBe(expected.prorated);
  if (expected.scales) expect(result.scales).toEqual(expected.scales);
  if (expected.missingItems) expect(result.missingItems).toEqual(expected.missingItems);
  const bandLabels = Object.fromEntries(result.bands.map((band) => [band.bandSetId, band.label]));
  expect(bandLabels).toEqual(expected.bands ?? {});
  if (expected.scores) {
    expect(Object.keys(result.scores).sort()).toEqual(Object.keys(expected.scores).sort());
    for (const [id, value] of Object.entries(expected.scores)) {
      if (value === null) expect(result.scores[id], id).toBeNull();
      else expect(result.scores[id], id).toBeCloseTo(value, 2);
    }
  }
  if (expected.flags) expect(result.flags).toEqual(expected.flags);
  if (expected.noTotalReason !== undefined) expect(result.noTotalReason).toBe(expected.noTotalReason);
}
