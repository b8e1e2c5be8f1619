import type { InstrumentDefinition, SingleChoiceItem } from '../definition/definition-schema.js';
import type { Answers } from '../answers/answers.js';
import { allItems, scaleMultiplier, scoredItemIds } from './scored-items.js';

/** Where a total falls in one named band set. */
export interface BandResult {
  bandSetId: string;
  bandSetLabel: string;
  scale: string;
  value: number;
  label: string;
}

export interface ScoreResult {
  /** The sum (or prorated sum) of the scored items; `null` when the missing-item rule gives no total. */
  total: number | null;
  /** `complete` when every scored item has an answer. */
  status: 'complete' | 'incomplete';
  /** Each scored item's score, `null` when it has no (readable) answer. */
  itemScores: Record<string, number | null>;
  missingItems: string[];
  /** True when the total was estimated with the definition's proration rule. */
  prorated: boolean;
  /** The total on each alternative scale, by scale id. */
  scales: Record<string, number | null>;
  /** The band in the chosen band set (the option, else the definition's default, else its first). */
  band: BandResult | null;
  /** The band in every band set of the definition. */
  bands: BandResult[];
}

export interface ScoreOptions {
  bandSetId?: string;
}

/**
 * Scores answers with the definition's declarative rules. Never throws on any
 * answers: an answer that is not one of the item's codes counts as missing.
 */
export function scoreInstrument(
  definition: InstrumentDefinition,
  answers: Answers,
  options: ScoreOptions = {},
): ScoreResult {
  const scoring = definition.scoring;
  const scored = new Set(scoredItemIds(definition));
  const itemScores: Record<string, number | null> = {};
  const missingItems: string[] = [];
  let sum = 0;
  for (const item of allItems(definition)) {
    if (item.type !== 'single-choice' || !scored.has(item.id)) continue;
    const score = optionScore(item, answers[item.id]);
    itemScores[item.id] = score;
    if (score === null) missingItems.push(item.id);
    else sum += score;
  }

  const answered = scored.size - missingItems.length;
  let total: number | null = scoring && missingItems.length === 0 ? sum : null;
  let prorated = false;
  const rule = scoring?.missing;
  if (rule?.rule === 'prorate' && missingItems.length > 0 && missingItems.length <= rule.maxMissing && answered > 0) {
    total = round((sum / answered) * scored.size, rule.rounding);
    prorated = true;
  }

  const scales: Record<string, number | null> = {};
  for (const scale of scoring?.alternativeScales ?? []) {
    scales[scale.id] = total === null ? null : total * scale.multiplier;
  }
  const bands = total === null ? [] : bandsFor(definition, total);
  const chosenId = options.bandSetId ?? scoring?.defaultBandSet ?? scoring?.bandSets[0]?.id;
  const band = bands.find((result) => result.bandSetId === chosenId) ?? null;

  return {
    total,
    status: missingItems.length === 0 ? 'complete' : 'incomplete',
    itemScores,
    missingItems,
    prorated,
    scales,
    band,
    bands,
  };
}

function optionScore(item: SingleChoiceItem, answer: unknown): number | null {
  if (typeof answer !== 'string') return null;
  return item.options.find((option) => option.code === answer)?.score ?? null;
}

function bandsFor(definition: InstrumentDefinition, total: number): BandResult[] {
  const results: BandResult[] = [];
  for (const bandSet of definition.scoring?.bandSets ?? []) {
    const value = total * scaleMultiplier(definition, bandSet.scale);
    const band = bandSet.bands.find((candidate) => value >= candidate.min && value <= candidate.max);
    if (band) {
      results.push({ bandSetId: bandSet.id, bandSetLabel: bandSet.label, scale: bandSet.scale, value, label: band.label });
    }
  }
  return results;
}

function round(value: number, rounding: 'up' | 'down' | 'nearest'): number {
  // A tolerance keeps 34.0000000001 from being rounded up to 35.
  const tidy = Math.round(value * 1e9) / 1e9;
  if (rounding === 'up') return Math.ceil(tidy);
  if (rounding === 'down') return Math.floor(tidy);
  return Math.round(tidy);
}
