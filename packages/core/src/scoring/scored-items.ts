import type { InstrumentDefinitionInput } from '../definition/definition-shape.js';

/**
 * Structural questions about scoring that both the definition rules and the
 * scoring engine ask. They take the definition as written (input type) so the
 * rules can call them before defaults are applied.
 */

type AnyItem = InstrumentDefinitionInput['sections'][number]['items'][number];

/** Every top-level item of a definition, in order (typed as the definition given: parsed or as written). */
export function allItems<D extends { sections: readonly { items: readonly unknown[] }[] }>(
  definition: D,
): D['sections'][number]['items'][number][] {
  return definition.sections.flatMap((section) => section.items);
}

const scorableTypes = new Set(['single-choice', 'multiple-choice', 'yes-no', 'integer', 'decimal', 'duration']);

/** Whether an item of this type can be scored at all. */
export const isScorableType = (type: string) => scorableTypes.has(type);

/** Scored by default: choice items, and yes-no items that carry scores. */
function scoredByDefault(item: AnyItem): boolean {
  return item.type === 'single-choice' || item.type === 'multiple-choice' || (item.type === 'yes-no' && item.scores !== undefined);
}

/** The ids of the scored items, in definition order when not declared. */
export function scoredItemIds(definition: InstrumentDefinitionInput): string[] {
  const scoring = definition.scoring;
  if (!scoring || scoring.method === 'none') return [];
  return scoring.items ?? allItems(definition).filter(scoredByDefault).map((item) => item.id);
}

/** The lowest and highest score one item can give, before its weight; null when unbounded. */
export function itemScoreRange(item: AnyItem): { min: number; max: number } | null {
  switch (item.type) {
    case 'single-choice': {
      // A loop, not Math.min(...scores): spreading a list of many thousand options overflows the stack.
      const scores = item.options.map((option) => option.score ?? 0);
      // No options (refused by the schema, but the rules still look) score nothing.
      if (scores.length === 0) return { min: 0, max: 0 };
      return { min: scores.reduce((a, b) => Math.min(a, b)), max: scores.reduce((a, b) => Math.max(a, b)) };
    }
    case 'multiple-choice': {
      const scores = item.options.map((option) => option.score ?? 0);
      return { min: scores.filter((s) => s < 0).reduce((a, b) => a + b, 0), max: scores.filter((s) => s > 0).reduce((a, b) => a + b, 0) };
    }
    case 'yes-no':
      return item.scores ? { min: Math.min(item.scores.yes, item.scores.no), max: Math.max(item.scores.yes, item.scores.no) } : null;
    case 'integer':
    case 'decimal':
    case 'duration':
      return item.min !== undefined && item.max !== undefined ? { min: item.min, max: item.max } : null;
    default:
      return null;
  }
}

/** Lowest and highest possible total on a scale ("total" or an alternative scale's id); null when unbounded. */
export function scaleRange(definition: InstrumentDefinitionInput, scaleId: string): { min: number; max: number } | null {
  const scored = new Set(scoredItemIds(definition));
  const weights = definition.scoring?.weights ?? {};
  let min = 0;
  let max = 0;
  for (const item of allItems(definition)) {
    if (!scored.has(item.id)) continue;
    const range = itemScoreRange(item);
    if (!range) return null;
    const weight = weights[item.id] ?? 1;
    // A question that can be hidden adds nothing to the total, so 0 is among its scores.
    const hideable = item.enableWhen !== undefined;
    min += (hideable ? Math.min(range.min, 0) : range.min) * weight;
    max += (hideable ? Math.max(range.max, 0) : range.max) * weight;
  }
  const count = definition.scoring?.method === 'mean' ? Math.max(scored.size, 1) : 1;
  const multiplier = scaleMultiplier(definition, scaleId);
  return { min: (min / count) * multiplier, max: (max / count) * multiplier };
}

export function scaleMultiplier(definition: InstrumentDefinitionInput, scaleId: string): number {
  if (scaleId === 'total') return 1;
  return definition.scoring?.alternativeScales?.find((scale) => scale.id === scaleId)?.multiplier ?? 1;
}
