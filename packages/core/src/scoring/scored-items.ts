import type { InstrumentDefinitionInput } from '../definition/definition-schema.js';

/**
 * Structural questions about scoring that both the definition rules and the
 * scoring engine ask. They take the definition as written (input type) so the
 * rules can call them before defaults are applied.
 */

/** Every item of a definition, in order (typed as the definition given: parsed or as written). */
export function allItems<D extends { sections: readonly { items: readonly unknown[] }[] }>(
  definition: D,
): D['sections'][number]['items'][number][] {
  return definition.sections.flatMap((section) => section.items);
}

/** The ids of the scored items, in definition order when not declared. */
export function scoredItemIds(definition: InstrumentDefinitionInput): string[] {
  if (!definition.scoring) return [];
  return (
    definition.scoring.items ??
    allItems(definition)
      .filter((item) => item.type === 'single-choice')
      .map((item) => item.id)
  );
}

/** Lowest and highest possible total on a scale ("total" or an alternative scale's id). */
export function scaleRange(definition: InstrumentDefinitionInput, scaleId: string): { min: number; max: number } {
  const scored = new Set(scoredItemIds(definition));
  let min = 0;
  let max = 0;
  for (const item of allItems(definition)) {
    if (item.type !== 'single-choice' || !scored.has(item.id)) continue;
    const scores = item.options.map((option) => option.score ?? 0);
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  const multiplier = scaleMultiplier(definition, scaleId);
  return { min: min * multiplier, max: max * multiplier };
}

export function scaleMultiplier(definition: InstrumentDefinitionInput, scaleId: string): number {
  if (scaleId === 'total') return 1;
  return definition.scoring?.alternativeScales?.find((scale) => scale.id === scaleId)?.multiplier ?? 1;
}
