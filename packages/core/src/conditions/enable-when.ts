import type { Condition, InstrumentDefinition } from '../definition/definition-schema.js';
import type { Answer, Answers } from '../answers/answers.js';
import { indexDefinition } from '../definition/definition-index.js';

/**
 * Whether a condition holds for an answer. A question that is hidden, or not
 * answered, meets only `notAnswered` (as FHIR's enableWhen does for
 * comparisons with no answer).
 */
export function isConditionMet(condition: Condition, answer: Answer | undefined): boolean {
  const answered = answer !== undefined && !(Array.isArray(answer) && answer.length === 0);
  switch (condition.operator) {
    case 'answered':
      return answered;
    case 'notAnswered':
      return !answered;
    case 'equals':
      return answered && matches(answer, condition.value);
    case 'notEquals':
      return answered && !matches(answer, condition.value);
    case 'greaterThan':
      return typeof answer === 'number' && typeof condition.value === 'number' && answer > condition.value;
    case 'lessThan':
      return typeof answer === 'number' && typeof condition.value === 'number' && answer < condition.value;
  }
}

function matches(answer: Answer, value: Condition['value']): boolean {
  // A multiple-choice answer "equals" a code it includes.
  if (Array.isArray(answer)) return answer.some((entry) => entry === value);
  return answer === value;
}

export function areConditionsMet(
  conditions: readonly Condition[],
  behaviour: 'all' | 'any',
  answerOf: (itemId: string) => Answer | undefined,
): boolean {
  const met = (condition: Condition) => isConditionMet(condition, answerOf(condition.item));
  return behaviour === 'all' ? conditions.every(met) : conditions.some(met);
}

/**
 * The ids of the top-level items shown for these answers. An item whose
 * controlling question is itself hidden sees that question as unanswered.
 */
export function enabledItemIds(definition: InstrumentDefinition, answers: Answers): Set<string> {
  const hidden = hiddenItemIds(definition, answers);
  const { items } = indexDefinition(definition);
  return new Set(items.filter((item) => !hidden.has(item.id)).map((item) => item.id));
}

/**
 * The ids of the items hidden by their conditions: only conditional items are
 * evaluated, in an order where every controller is decided before the items it
 * controls, so a chain of any length needs no recursion.
 */
export function hiddenItemIds(definition: InstrumentDefinition, answers: Answers): Set<string> {
  const { conditionalItems, conditionOrder } = indexDefinition(definition);
  const hidden = new Set<string>();
  const answerOf = (controller: string) => (hidden.has(controller) ? undefined : answers[controller]);
  for (const item of conditionOrder) {
    if (!areConditionsMet(item.enableWhen!, item.enableBehavior, answerOf)) hidden.add(item.id);
  }
  // In definition order, as callers have always seen it.
  return new Set(conditionalItems.filter((item) => hidden.has(item.id)).map((item) => item.id));
}

/** The answers of shown items only: what validation, scoring and the record see. */
export function effectiveAnswers(definition: InstrumentDefinition, answers: Answers, enabled: ReadonlySet<string> = enabledItemIds(definition, answers)): Answers {
  // Most forms hide nothing most of the time: then the answers are returned as they are.
  if (Object.keys(answers).every((itemId) => enabled.has(itemId))) return answers;
  return Object.fromEntries(Object.entries(answers).filter(([itemId]) => enabled.has(itemId)));
}
