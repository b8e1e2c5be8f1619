import type { InstrumentDefinition, Item } from '../definition/definition-schema.js';
import type { Answers } from '../answers/answers.js';
import { areConditionsMet, hiddenItemIds } from './enable-when.js';
import { dependantsIndex } from './dependants-index.js';

/** Called once for each item whose rules are evaluated: how tests count the work an answer costs. */
export type VisitItem = (itemId: string) => void;

/**
 * The hidden items after the answers of `changedIds` changed, and nothing
 * else: `hidden` must be `hiddenItemIds` of the answers before. Only the
 * dependants of the changed items are evaluated, in condition order, so the
 * result is exactly `hiddenItemIds(definition, answers)` (as a set) at a
 * cost that does not grow with the form. `hidden` is changed in place (a
 * copy would cost as much as the set); returns the ids whose visibility
 * changed. A definition whose conditions loop is recomputed in full.
 */
export function updateHiddenItems(
  definition: InstrumentDefinition,
  hidden: Set<string>,
  answers: Answers,
  changedIds: Iterable<string>,
  visit?: VisitItem,
): string[] {
  const index = dependantsIndex(definition);
  if (!index.incremental) return replaceInFull(definition, hidden, answers, visit);
  const due = dependantsInOrder(index, changedIds);
  const flipped: string[] = [];
  const answerOf = (controller: string) => (hidden.has(controller) ? undefined : answers[controller]);
  for (const item of due) {
    visit?.(item.id);
    const was = hidden.delete(item.id);
    // As in the full pass, an item is not yet hidden while its own conditions are read.
    const hide = !areConditionsMet(item.enableWhen!, item.enableBehavior, answerOf);
    if (hide) hidden.add(item.id);
    if (hide !== was) flipped.push(item.id);
  }
  return flipped;
}

function dependantsInOrder(index: ReturnType<typeof dependantsIndex>, changedIds: Iterable<string>): readonly Item[] {
  const changed = [...new Set(changedIds)];
  if (changed.length === 1) return index.dependantsOf(changed[0]!);
  const due = new Set(changed.flatMap((id) => index.dependantsOf(id)));
  return [...due].sort((a, b) => index.positionOf.get(a.id)! - index.positionOf.get(b.id)!);
}

function replaceInFull(definition: InstrumentDefinition, hidden: Set<string>, answers: Answers, visit?: VisitItem): string[] {
  const now = hiddenItemIds(definition, answers);
  for (const item of definition.sections.flatMap((section) => section.items)) visit?.(item.id);
  const flipped = [...hidden].filter((id) => !now.has(id)).concat([...now].filter((id) => !hidden.has(id)));
  hidden.clear();
  for (const id of now) hidden.add(id);
  return flipped;
}
