import fc from 'fast-check';
import { at, compact, header, operators, pick, questionTypes, type JsonObject } from './arbitrary-support.js';

/**
 * A definition that is valid by construction: ids are unique (`q0`, `q1`, …,
 * group members `q2_0`, …), conditions point back at earlier questions with
 * values they can have, and band sets cover the whole range of their scale,
 * counting 0 for a question that can be hidden. Every one must parse.
 */

const conditionSeed = fc.tuple(pick, pick, pick);

const questionShape = fc.record({
  type: fc.constantFrom(...questionTypes),
  required: fc.boolean(),
  scores: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 2, maxLength: 4 }),
  yesNoScored: fc.boolean(),
  min: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  span: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
});
type QuestionShape = typeof questionShape extends fc.Arbitrary<infer T> ? T : never;

const itemShape = fc.record({
  question: questionShape,
  group: fc.option(fc.record({ children: fc.array(questionShape, { minLength: 1, maxLength: 3 }), minEntries: fc.nat(1), maxEntries: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), {
    nil: undefined,
    freq: 5,
  }),
  conditions: fc.array(conditionSeed, { maxLength: 2 }),
  behaviour: fc.constantFrom('all', 'any'),
});

const scoringShape = fc.record({
  present: fc.nat(9),
  method: fc.constantFrom('sum', 'sum', 'sum', 'sum', 'mean', 'none'),
  explicitItems: fc.option(fc.array(pick, { minLength: 1, maxLength: 4 }), { nil: undefined }),
  weights: fc.array(fc.tuple(pick, fc.integer({ min: 1, max: 3 })), { maxLength: 2 }),
  multipliers: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
  prorate: fc.option(fc.tuple(pick, fc.constantFrom('up', 'down', 'nearest')), { nil: undefined }),
  bandSets: fc.array(fc.tuple(pick, fc.array(pick, { maxLength: 3 })), { minLength: 1, maxLength: 2 }),
  subscales: fc.array(fc.tuple(fc.array(pick, { minLength: 1, maxLength: 3 }), fc.constantFrom('sum', 'mean')), { maxLength: 2 }),
  groupScores: fc.array(fc.tuple(pick, fc.constantFrom('sum', 'mean')), { maxLength: 1 }),
  differences: fc.array(fc.tuple(pick, pick), { maxLength: 2 }),
  thresholds: fc.array(fc.tuple(pick, fc.constantFrom('atLeast', 'above', 'atMost', 'below'), fc.integer({ min: -2, max: 12 })), { maxLength: 3 }),
  noTotalWhen: fc.option(fc.array(conditionSeed, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 }),
});

function buildQuestion(shape: QuestionShape, id: string): JsonObject {
  const base = { id, label: `Question ${id}`, required: shape.required };
  switch (shape.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { ...base, type: shape.type, options: shape.scores.map((score, o) => ({ code: `o${o}`, label: `Option ${o}`, score })) };
    case 'yes-no':
      return compact({ ...base, type: 'yes-no', scores: shape.yesNoScored ? { yes: shape.scores[0]!, no: shape.scores[1]! } : undefined });
    case 'integer':
    case 'decimal':
    case 'duration': {
      // A duration's max must be more than 0.
      const max = shape.span === undefined ? undefined : Math.max((shape.min ?? 0) + shape.span, shape.type === 'duration' ? 1 : 0);
      return compact({ ...base, type: shape.type, min: shape.min, max });
    }
    default:
      return { ...base, type: shape.type };
  }
}

/** A condition that a question of this kind can meet: a real code, a number for numbers. */
function buildCondition(target: JsonObject, [operatorSeed, valueSeed]: readonly [number, number, number]): JsonObject {
  const item = target.id as string;
  const type = target.type as string;
  if (type === 'group') return { item, operator: at(['answered', 'notAnswered'], operatorSeed) };
  const codes = type === 'yes-no' ? ['yes', 'no'] : Array.isArray(target.options) ? target.options.map((option) => (option as JsonObject).code as string) : null;
  const numeric = type === 'integer' || type === 'decimal' || type === 'duration';
  const operator = at(numeric ? operators : codes ? (['equals', 'notEquals', 'answered', 'notAnswered'] as const) : (['answered', 'notAnswered'] as const), operatorSeed);
  if (operator === 'answered' || operator === 'notAnswered') return { item, operator };
  return { item, operator, value: codes ? at(codes, valueSeed) : valueSeed % 10 };
}

function scoreRange(item: JsonObject): { min: number; max: number } | null {
  const scores = Array.isArray(item.options) ? item.options.map((option) => (option as JsonObject).score as number) : null;
  if (item.type === 'single-choice' && scores) return { min: Math.min(...scores), max: Math.max(...scores) };
  if (item.type === 'multiple-choice' && scores) {
    return { min: scores.filter((s) => s < 0).reduce((a, b) => a + b, 0), max: scores.filter((s) => s > 0).reduce((a, b) => a + b, 0) };
  }
  if (item.type === 'yes-no') {
    const { yes, no } = item.scores as { yes: number; no: number };
    return { min: Math.min(yes, no), max: Math.max(yes, no) };
  }
  return typeof item.min === 'number' && typeof item.max === 'number' ? { min: item.min, max: item.max } : null;
}

/** Contiguous whole-number bands from min to max, cut where the seeds say. */
function buildBands(min: number, max: number, cutSeeds: readonly number[]): JsonObject[] {
  const cuts = [...new Set(cutSeeds.map((seed) => min + 1 + (seed % Math.max(max - min, 1))).filter((cut) => cut <= max))].sort((a, b) => a - b);
  const starts = [min, ...cuts];
  return starts.map((start, index) => ({ min: start, max: (starts[index + 1] ?? max + 1) - 1, label: `Band ${index + 1}` }));
}

function buildScoring(items: JsonObject[], shape: typeof scoringShape extends fc.Arbitrary<infer T> ? T : never): JsonObject | undefined {
  if (shape.present === 0) return undefined;
  const questions = items.filter((item) => item.type !== 'group');
  const scorable = questions.filter((item) => ['single-choice', 'multiple-choice', 'integer', 'decimal', 'duration'].includes(item.type as string) || item.scores !== undefined);
  const byDefault = questions.filter((item) => item.type === 'single-choice' || item.type === 'multiple-choice' || item.scores !== undefined);
  const explicit = shape.explicitItems && scorable.length > 0 ? [...new Set(shape.explicitItems.map((seed) => at(scorable, seed)))] : undefined;
  const method = shape.method;
  const scored = method === 'none' ? [] : (explicit ?? byDefault);
  const scoredIds = scored.map((item) => item.id as string);

  const weights: JsonObject = {};
  if (scored.length > 0) for (const [seed, weight] of shape.weights) weights[at(scoredIds, seed)] = weight;
  const alternativeScales = shape.multipliers.map((multiplier, index) => ({ id: `alt${index}`, label: `Scale ${index}`, multiplier }));

  let bandSets: JsonObject[] = [];
  // A question that can be hidden adds nothing, so its range reaches 0.
  const ranges = scored.map((item) => {
    const range = scoreRange(item);
    const hideable = item.enableWhen !== undefined;
    return {
      range: range && hideable ? { min: Math.min(range.min, 0), max: Math.max(range.max, 0) } : range,
      weight: (weights[item.id as string] as number | undefined) ?? 1,
    };
  });
  // Bands need whole-number totals: no decimal or duration among the scored items.
  const wholeNumbers = scored.every((item) => item.type !== 'decimal' && item.type !== 'duration');
  if (method === 'sum' && scored.length > 0 && wholeNumbers && ranges.every(({ range }) => range !== null)) {
    const min = ranges.reduce((total, { range, weight }) => total + range!.min * weight, 0);
    const max = ranges.reduce((total, { range, weight }) => total + range!.max * weight, 0);
    bandSets = shape.bandSets.map(([scaleSeed, cuts], index) => {
      const scale = at([{ id: 'total', multiplier: 1 }, ...alternativeScales], scaleSeed);
      return { id: `bands${index}`, label: `Bands ${index}`, scale: scale.id, bands: buildBands(min * scale.multiplier, max * scale.multiplier, cuts) };
    });
  }

  const scoreIds = ['total'];
  const subscales = scored.length === 0 ? [] : shape.subscales.map(([seeds, subscaleMethod], index) => ({ id: `sub${index}`, label: `Subscale ${index}`, items: [...new Set(seeds.map((seed) => at(scoredIds, seed)))], method: subscaleMethod }));
  scoreIds.push(...subscales.map((subscale) => subscale.id));
  const groupChildren = items.flatMap((item) =>
    item.type === 'group' ? (item.items as JsonObject[]).filter((child) => !['text', 'date'].includes(child.type as string)).map((child) => ({ group: item.id as string, item: child.id as string })) : [],
  );
  const groupScores = groupChildren.length === 0 ? [] : shape.groupScores.map(([seed, groupMethod], index) => ({ id: `grp${index}`, label: `Group score ${index}`, ...at(groupChildren, seed), method: groupMethod }));
  scoreIds.push(...groupScores.map((groupScore) => groupScore.id));
  const differences = shape.differences.map(([from, to], index) => {
    const difference = { id: `diff${index}`, label: `Change ${index}`, from: at(scoreIds, from), to: at(scoreIds, to) };
    scoreIds.push(difference.id);
    return difference;
  });
  const thresholds = shape.thresholds.map(([seed, operator, value], index) => ({ id: `flag${index}`, label: `Flag ${index}`, score: at(scoreIds, seed), operator, value }));
  const controllers = questions;
  const noTotalWhen = shape.noTotalWhen && controllers.length > 0 ? [{ enableWhen: shape.noTotalWhen.map((seed) => buildCondition(at(controllers, seed[2]), seed)), reason: 'The rules say so' }] : [];

  return compact({
    method,
    items: explicit?.map((item) => item.id as string),
    weights: Object.keys(weights).length ? weights : undefined,
    alternativeScales,
    missing: shape.prorate && scored.length > 1 ? { rule: 'prorate', maxMissing: 1 + (shape.prorate[0] % (scored.length - 1)), rounding: shape.prorate[1] } : undefined,
    bandSets,
    subscales,
    groupScores,
    differences,
    thresholds,
    noTotalWhen,
  });
}

/** A definition that is valid by construction, with ids `q0`, `q1`, … (group members `q2_0`, …). */
export const coherentDefinition: fc.Arbitrary<JsonObject> = fc
  .record({ items: fc.array(itemShape, { minLength: 1, maxLength: 7 }), split: pick, scoring: scoringShape })
  .map(({ items: shapes, split, scoring }) => {
    const items: JsonObject[] = [];
    shapes.forEach((shape, index) => {
      const id = `q${index}`;
      const item = shape.group
        ? compact({
            id,
            label: `Group ${id}`,
            required: shape.question.required,
            type: 'group',
            entryLabel: 'Entry',
            items: shape.group.children.map((child, c) => buildQuestion(child, `${id}_${c}`)),
            minEntries: shape.group.minEntries,
            maxEntries: shape.group.maxEntries === undefined ? undefined : Math.max(shape.group.maxEntries, shape.group.minEntries, 1),
          })
        : buildQuestion(shape.question, id);
      const earlier = items;
      if (earlier.length > 0 && shape.conditions.length > 0) {
        item.enableWhen = shape.conditions.map((seed) => buildCondition(at(earlier, seed[2]), seed));
        item.enableBehavior = shape.behaviour;
      }
      items.push(item);
    });
    const cut = items.length > 1 ? 1 + (split % items.length) : items.length;
    const sections = [
      { id: 'first', title: 'First', items: items.slice(0, cut) },
      ...(cut < items.length ? [{ id: 'second', title: 'Second', items: items.slice(cut) }] : []),
    ];
    return compact({ ...header, sections, scoring: buildScoring(items, scoring) });
  });
