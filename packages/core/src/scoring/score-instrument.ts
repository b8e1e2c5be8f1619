import type { InstrumentDefinition, QuestionItem } from '../definition/definition-schema.js';
import { groupEntries, type Answers, type QuestionAnswer } from '../answers/answers.js';
import { describeOutOfRange } from '../answers/validate-answers.js';
import { areConditionsMet, effectiveAnswers, enabledItemIds } from '../conditions/enable-when.js';
import { scaleMultiplier } from './scored-items.js';
import { indexDefinition } from '../definition/definition-index.js';

/** Where a total falls in one named band set. */
export interface BandResult {
  bandSetId: string;
  bandSetLabel: string;
  scale: string;
  value: number;
  label: string;
}

export interface ScoreResult {
  /** The sum or mean (or prorated sum) of the scored items; `null` when the rules give no total. */
  total: number | null;
  /** `complete` when every shown scored item has an answer. */
  status: 'complete' | 'incomplete';
  /** Each shown scored item's (weighted) score, `null` when it has no readable answer. Hidden items are left out. */
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
  /** Subscales, group scores and differences, by id; `null` when they cannot be given. */
  scores: Record<string, number | null>;
  /** Thresholds, by id: true when met, `null` when their score is missing. */
  flags: Record<string, boolean | null>;
  /** Why the definition's own rules give no total, when they do. */
  noTotalReason: string | null;
}

export interface ScoreOptions {
  bandSetId?: string;
}

/**
 * Scores answers with the definition's declarative rules. Hidden questions
 * are not scored. Never throws on any answers: an answer that does not fit
 * its item counts as missing.
 */
export function scoreInstrument(definition: InstrumentDefinition, answers: Answers, options: ScoreOptions = {}): ScoreResult {
  const scoring = definition.scoring;
  const enabled = enabledItemIds(definition, answers);
  const shown = effectiveAnswers(definition, answers, enabled);
  const { scoredIds } = indexDefinition(definition);

  const scored = scoredIds.filter((id) => enabled.has(id));
  const itemScores: Record<string, number | null> = {};
  const missingItems: string[] = [];
  for (const id of scored) {
    const score = weightedItemScore(definition, id, shown[id]);
    itemScores[id] = score;
    if (score === null) missingItems.push(id);
  }

  const known = Object.values(itemScores).filter((score): score is number => score !== null);
  const sum = known.reduce((total, score) => total + score, 0);
  const refusal = scoring?.noTotalWhen.find((rule) => areConditionsMet(rule.enableWhen, rule.enableBehavior, (id) => shown[id])) ?? null;
  const subscales = (scoring?.subscales ?? []).map((subscale) => subscaleScore(subscale, itemScores));
  const groupScores = (scoring?.groupScores ?? []).map((groupScore) => groupScoreValue(definition, groupScore, shown[groupScore.group]));
  const totals = totalsOf(definition, { sum, known: known.length, scored: scored.length, missing: missingItems.length, refusal, subscales, groupScores }, options);
  return { ...totals, itemScores, missingItems };
}

/** One scored item's score as the total counts it: weighted, `null` when missing or past what a number can hold. */
export function weightedItemScore(definition: InstrumentDefinition, id: string, answer: Answers[string] | undefined): number | null {
  const item = indexDefinition(definition).itemsById.get(id);
  const answered = item && item.type !== 'group' ? itemScore(item, answer as QuestionAnswer | undefined) : null;
  // An answer so large that its weighted score is no number a record can hold counts as missing.
  return answered === null ? null : finiteOrNull(answered * ((definition.scoring?.weights ?? {})[id] ?? 1));
}

/** What the total and the scores around it are made from: the same whether worked out in full or kept up answer by answer. */
export interface ScoreParts {
  /** Sum of the known item scores. */
  sum: number;
  known: number;
  /** Shown scored items. */
  scored: number;
  missing: number;
  /** The first `noTotalWhen` rule met, if any. */
  refusal: NoTotalRule | null;
  /** Each subscale's score, in definition order. */
  subscales: (number | null)[];
  /** Each group score, in definition order. */
  groupScores: (number | null)[];
}

type NoTotalRule = NonNullable<InstrumentDefinition['scoring']>['noTotalWhen'][number];
type Subscale = NonNullable<InstrumentDefinition['scoring']>['subscales'][number];
type GroupScore = NonNullable<InstrumentDefinition['scoring']>['groupScores'][number];

/** Everything of a score but the item by item lists, from its parts: a handful of rules, not the items. */
export function totalsOf(definition: InstrumentDefinition, parts: ScoreParts, options: ScoreOptions = {}): Omit<ScoreResult, 'itemScores' | 'missingItems'> {
  const scoring = definition.scoring;
  const { sum, known, scored, missing, refusal } = parts;
  let total: number | null = null;
  let prorated = false;
  if (scoring && scoring.method !== 'none' && scored > 0) {
    if (missing === 0) total = scoring.method === 'mean' ? sum / scored : sum;
    else if (scoring.missing.rule === 'prorate' && missing <= scoring.missing.maxMissing && known > 0) {
      const mean = sum / known;
      total = scoring.method === 'mean' ? mean : round(mean * scored, scoring.missing.rounding);
      prorated = true;
    }
  }
  // Number answers without a max can add up past the largest number: then there is no total, rather than Infinity.
  total = total === null ? null : finiteOrNull(total);
  if (total === null) prorated = false;
  if (refusal) {
    total = null;
    prorated = false;
  }

  const scales: Record<string, number | null> = {};
  for (const scale of scoring?.alternativeScales ?? []) scales[scale.id] = total === null ? null : finiteOrNull(total * scale.multiplier);
  const bands = total === null ? [] : bandsFor(definition, total);
  const chosenId = options.bandSetId ?? scoring?.defaultBandSet ?? scoring?.bandSets[0]?.id;
  const scores = otherScores(definition, parts, total);

  return {
    total,
    status: missing === 0 ? 'complete' : 'incomplete',
    prorated,
    scales,
    band: bands.find((result) => result.bandSetId === chosenId) ?? null,
    bands,
    scores,
    flags: thresholdFlags(definition, { ...scores, total }),
    noTotalReason: refusal?.reason ?? null,
  };
}

/** The score an answer gives: an option's score, the sum of chosen options, or a number's value. */
export function itemScore(item: QuestionItem, answer: QuestionAnswer | undefined): number | null {
  if (answer === undefined) return null;
  switch (item.type) {
    case 'single-choice':
      return typeof answer === 'string' ? (item.options.find((option) => option.code === answer)?.score ?? null) : null;
    case 'multiple-choice': {
      if (!Array.isArray(answer) || answer.length === 0) return null;
      const chosen = item.options.filter((option) => answer.includes(option.code));
      return chosen.length === answer.length ? chosen.reduce((total, option) => total + (option.score ?? 0), 0) : null;
    }
    case 'yes-no':
      return answer === 'yes' || answer === 'no' ? (item.scores?.[answer] ?? null) : null;
    case 'integer':
    case 'decimal':
    case 'duration':
      // A number the question would refuse (out of range, or a fraction for a
      // whole-number question) would put the total outside every band.
      return typeof answer === 'number' && Number.isFinite(answer) && describeOutOfRange(item, answer) === null ? answer : null;
    default:
      return null;
  }
}

/** A subscale's score from the shown items' scores: `null` while any of its shown items is missing. */
export function subscaleScore(subscale: Subscale, itemScores: Readonly<Record<string, number | null>>): number | null {
  const values = subscale.items.filter((id) => id in itemScores).map((id) => itemScores[id] ?? null);
  return values.length === 0 || values.includes(null) ? null : finiteOrNull(aggregate(values as number[], subscale.method));
}

/** One item scored across the entries of a repeating group, from the group's answer (none when the group is hidden). */
export function groupScoreValue(definition: InstrumentDefinition, groupScore: GroupScore, groupAnswer: Answers[string] | undefined): number | null {
  const group = indexDefinition(definition).itemsById.get(groupScore.group);
  const child = group?.type === 'group' ? group.items.find((item) => item.id === groupScore.item) : undefined;
  const values = child
    ? groupEntries(groupAnswer)
        .map((entry) => itemScore(child, entry[child.id]))
        .filter((value): value is number => value !== null)
    : [];
  return values.length ? finiteOrNull(aggregate(values, groupScore.method)) : null;
}

function otherScores(definition: InstrumentDefinition, parts: ScoreParts, total: number | null): Record<string, number | null> {
  const scoring = definition.scoring;
  const scores: Record<string, number | null> = {};
  if (!scoring) return scores;
  scoring.subscales.forEach((subscale, at) => (scores[subscale.id] = parts.subscales[at] ?? null));
  scoring.groupScores.forEach((groupScore, at) => (scores[groupScore.id] = parts.groupScores[at] ?? null));
  const valueOf = (id: string) => (id === 'total' ? total : (scores[id] ?? null));
  for (const difference of scoring.differences) {
    const from = valueOf(difference.from);
    const to = valueOf(difference.to);
    scores[difference.id] = from === null || to === null ? null : finiteOrNull(to - from);
  }
  return scores;
}

function thresholdFlags(definition: InstrumentDefinition, values: Record<string, number | null>): Record<string, boolean | null> {
  const flags: Record<string, boolean | null> = {};
  for (const threshold of definition.scoring?.thresholds ?? []) {
    const value = values[threshold.score] ?? null;
    // A tolerance keeps 2.0000000001 − 2 from deciding a threshold of 2.
    const difference = value === null ? null : Math.round((value - threshold.value) * 1e9) / 1e9;
    flags[threshold.id] =
      difference === null
        ? null
        : { atLeast: difference >= 0, above: difference > 0, atMost: difference <= 0, below: difference < 0 }[threshold.operator];
  }
  return flags;
}

export function aggregate(values: number[], method: 'sum' | 'mean'): number {
  const sum = values.reduce((total, value) => total + value, 0);
  return method === 'mean' ? sum / values.length : sum;
}

function bandsFor(definition: InstrumentDefinition, total: number): BandResult[] {
  const results: BandResult[] = [];
  for (const bandSet of definition.scoring?.bandSets ?? []) {
    const value = total * scaleMultiplier(definition, bandSet.scale);
    const band = bandSet.bands.find((candidate) => value >= candidate.min && value <= candidate.max);
    if (band) results.push({ bandSetId: bandSet.id, bandSetLabel: bandSet.label, scale: bandSet.scale, value, label: band.label });
  }
  return results;
}

/** A score a record can hold: parseDefinition keeps scores from the definition in range, but unbounded number answers are not. */
export const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

function round(value: number, rounding: 'up' | 'down' | 'nearest'): number {
  // A tolerance keeps 34.0000000001 from being rounded up to 35.
  const tidy = Math.round(value * 1e9) / 1e9;
  if (rounding === 'up') return Math.ceil(tidy);
  if (rounding === 'down') return Math.floor(tidy);
  return Math.round(tidy);
}
