import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, ResponseState } from '../answers/answers.js';
import { validateAnswers } from '../answers/validate-answers.js';
import { enabledItemIds } from '../conditions/enable-when.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { answersFor, answersForDefinition, anyAnswer, coherentAnswers } from '../test-support/answer-arbitraries.js';
import { conditionalDefinition, conditionalItemIds } from '../test-support/conditional-definition.js';
import { coherentDefinition } from '../test-support/coherent-definition.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { scoreInstrument, type ScoreResult } from './score-instrument.js';
import { allItems, scaleMultiplier, scoredItemIds } from './scored-items.js';

const parsedCoherent = coherentDefinition.map((input) => parseDefinition(input));
/** A generated definition with answers of any kind (one in two) or answers shaped by its questions. */
const definitionWithAnswers = fc.tuple(parsedCoherent, fc.boolean()).chain(([definition, shaped]) =>
  fc.tuple(fc.constant(definition), shaped ? answersForDefinition(definition) : coherentAnswers),
);

const sample = parseDefinition(sampleDefinition);
const conditional = parseDefinition(conditionalDefinition);
const topIds = (definition: InstrumentDefinition) => allItems(definition).map((item) => item.id);
const memberIds = (definition: InstrumentDefinition) => allItems(definition).flatMap((item) => (item.type === 'group' ? item.items.map((child) => child.id) : []));
const sampleAnswers = answersFor(topIds(sample), ['none']);
const conditionalAnswers = fc.oneof(answersFor(topIds(conditional), memberIds(conditional)), answersForDefinition(conditional));

/** What must hold of any score, whatever the answers. */
function expectConsistent(definition: InstrumentDefinition, answers: Answers, result: ScoreResult): void {
  const scoring = definition.scoring;
  const enabled = enabledItemIds(definition, answers);
  const scored = scoredItemIds(definition);

  expect(result.status === 'complete').toBe(result.missingItems.length === 0);
  expect(result.missingItems).toEqual(Object.keys(result.itemScores).filter((id) => result.itemScores[id] === null));
  expect(Object.keys(result.itemScores)).toEqual(scored.filter((id) => enabled.has(id)));
  if (result.status === 'incomplete' && !result.prorated) expect(result.total).toBeNull();
  if (result.prorated) {
    expect(result.total).not.toBeNull();
    expect(result.status).toBe('incomplete');
    expect(scoring?.missing.rule === 'prorate' && result.missingItems.length <= scoring.missing.maxMissing).toBe(true);
  }
  if (result.noTotalReason !== null) expect(result.total).toBeNull();
  if (result.total !== null) expect(Number.isFinite(result.total)).toBe(true);

  if (result.status === 'complete' && result.total !== null && scoring) {
    const sum = Object.values(result.itemScores).reduce<number>((total, score) => total + (score ?? 0), 0);
    // A mean is over the questions shown.
    expect(result.total).toBeCloseTo(scoring.method === 'mean' ? sum / Object.keys(result.itemScores).length : sum, 9);
  }

  for (const scale of scoring?.alternativeScales ?? []) {
    expect(result.scales[scale.id]).toBe(result.total === null ? null : result.total * scale.multiplier);
  }

  // Every band's value lies in its band, on its band set's scale.
  for (const band of result.bands) {
    const bandSet = scoring?.bandSets.find((candidate) => candidate.id === band.bandSetId);
    expect(bandSet).toBeDefined();
    expect(band.value).toBe(result.total! * scaleMultiplier(definition, bandSet!.scale));
    const matching = bandSet!.bands.find((candidate) => candidate.label === band.label && candidate.min <= band.value && band.value <= candidate.max);
    expect(matching, `${band.value} is not in band "${band.label}"`).toBeDefined();
  }
  if (result.total === null) expect(result.bands).toEqual([]);
  if (result.band !== null) expect(result.bands).toContainEqual(result.band);
  // Bands cover the whole range, so every whole-number total that is not an estimate has a band in every set.
  if (result.total !== null && Number.isInteger(result.total) && !result.prorated) {
    expect(result.bands).toHaveLength(scoring?.bandSets.length ?? 0);
  }

  for (const threshold of scoring?.thresholds ?? []) {
    const value = threshold.score === 'total' ? result.total : (result.scores[threshold.score] ?? null);
    expect(result.flags[threshold.id] === null).toBe(value === null);
  }
  for (const subscale of scoring?.subscales ?? []) {
    if (subscale.items.some((id) => result.itemScores[id] === null)) expect(result.scores[subscale.id]).toBeNull();
  }
}

const state = (answers: Answers, invalidInputs: Record<string, string> = {}): ResponseState => ({ answers, invalidInputs, notAssessed: [], attachments: {} });

describe('scoreInstrument, for any answers', () => {
  it('never throws and stays consistent on generated definitions', () => {
    fc.assert(
      fc.property(definitionWithAnswers, ([definition, answers]) => {
        expectConsistent(definition, answers, scoreInstrument(definition, answers));
        expect(() => validateAnswers(definition, state(answers))).not.toThrow();
      }),
      { numRuns: 250 },
    );
  });

  it('never throws and stays consistent on the fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom('simple', 'tens'), sampleAnswers, (bandSetId, answers) => {
        const result = scoreInstrument(sample, answers, { bandSetId });
        expectConsistent(sample, answers, result);
        if (result.band) expect(result.band.bandSetId).toBe(bandSetId);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(conditionalAnswers, (answers) => expectConsistent(conditional, answers, scoreInstrument(conditional, answers))),
      { numRuns: 100 },
    );
  });
});

describe('hidden questions', () => {
  /** The score and errors are the same whatever a hidden question's answer is. */
  function expectHiddenIgnored(definition: InstrumentDefinition, answers: Answers, hiddenId: string, hiddenAnswer: unknown): void {
    const without: Answers = { ...answers };
    delete without[hiddenId];
    if (enabledItemIds(definition, without).has(hiddenId)) return;
    const withAnswer = { ...without, [hiddenId]: hiddenAnswer } as Answers;
    expect(enabledItemIds(definition, withAnswer).has(hiddenId)).toBe(false);
    const before = scoreInstrument(definition, without);
    const after = scoreInstrument(definition, withAnswer);
    expect(after.total).toEqual(before.total);
    expect(after.itemScores).toEqual(before.itemScores);
    expect(after).toEqual(before);
    expect(validateAnswers(definition, state(withAnswer, { [hiddenId]: 'unreadable' }))).toEqual(validateAnswers(definition, state(without)));
  }

  it('never change the total, item scores or errors of the conditional fixture', () => {
    fc.assert(
      fc.property(conditionalAnswers, fc.constantFrom(...conditionalItemIds), anyAnswer, (answers, hiddenId, hiddenAnswer) => {
        expectHiddenIgnored(conditional, answers, hiddenId, hiddenAnswer);
      }),
      { numRuns: 200 },
    );
  });

  it('never change the total, item scores or errors of a generated definition', () => {
    fc.assert(
      fc.property(definitionWithAnswers, fc.nat(), anyAnswer, ([definition, answers], seed, hiddenAnswer) => {
        const conditional = allItems(definition).filter((item) => item.enableWhen);
        if (conditional.length === 0) return;
        expectHiddenIgnored(definition, answers, conditional[seed % conditional.length]!.id, hiddenAnswer);
      }),
      { numRuns: 150 },
    );
  });
});
