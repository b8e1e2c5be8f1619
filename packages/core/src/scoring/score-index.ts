import type { InstrumentDefinition } from '../definition/definition-schema.js';
import { dependantsIndex } from '../conditions/dependants-index.js';
import { indexDefinition } from '../definition/definition-index.js';

/**
 * What keeping a score up answer by answer needs to know of a definition,
 * built once per definition: which rules read which item.
 */
export interface ScoreIndex {
  incremental: boolean;
  scored: ReadonlySet<string>;
  /** Subscale positions of each item, once per mention. */
  subscalesOf: ReadonlyMap<string, number[]>;
  groupScoresOf: ReadonlyMap<string, number[]>;
  rulesReading: ReadonlyMap<string, number[]>;
}

const indexes = new WeakMap<InstrumentDefinition, ScoreIndex>();

export function scoreIndex(definition: InstrumentDefinition): ScoreIndex {
  let index = indexes.get(definition);
  if (index) return index;
  const { scoredIds } = indexDefinition(definition);
  const scoring = definition.scoring;
  const listed = (lists: Map<string, number[]>, id: string, at: number) => {
    const list = lists.get(id);
    if (list) list.push(at);
    else lists.set(id, [at]);
  };
  const subscalesOf = new Map<string, number[]>();
  scoring?.subscales.forEach((subscale, at) => subscale.items.forEach((id) => listed(subscalesOf, id, at)));
  const groupScoresOf = new Map<string, number[]>();
  scoring?.groupScores.forEach((groupScore, at) => listed(groupScoresOf, groupScore.group, at));
  const rulesReading = new Map<string, number[]>();
  scoring?.noTotalWhen.forEach((rule, at) => new Set(rule.enableWhen.map((condition) => condition.item)).forEach((id) => listed(rulesReading, id, at)));
  const scored = new Set(scoredIds);
  index = { incremental: dependantsIndex(definition).incremental && scored.size === scoredIds.length, scored, subscalesOf, groupScoresOf, rulesReading };
  indexes.set(definition, index);
  return index;
}

