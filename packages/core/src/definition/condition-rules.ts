import type { InstrumentDefinitionInput } from './definition-shape.js';
import type { LocatedItem, Path, Report } from './rule-support.js';

type InputCondition = { item: string; operator: string; value?: string | number };

const numericTypes = new Set(['integer', 'decimal', 'duration', 'measurement']);
const needsValue = new Set(['equals', 'notEquals', 'greaterThan', 'lessThan']);

/**
 * Conditions must point at an existing question outside any repeating group,
 * compare it with a value it can have, and never loop back on themselves.
 * A suggestion rule's conditions (`when`) follow the same rules as enableWhen.
 */
export function checkConditions(definition: InstrumentDefinitionInput, located: Map<string, LocatedItem>, report: Report): void {
  const checkCondition = conditionChecker(located, report);
  const dependsOn = new Map<string, { controllers: string[]; path: Path }>();
  for (const [id, { item, path, group }] of located) {
    if (!item.enableWhen) continue;
    if (group) {
      report([...path, 'enableWhen'], `Conditions inside a repeating group are not supported (item "${id}" in group "${group}")`);
      continue;
    }
    item.enableWhen.forEach((condition, c) => checkCondition(condition, [...path, 'enableWhen', c], id));
    // Each controller once, so a loop is reported once; a condition on the item
    // itself is reported above, not again as a loop.
    const controllers = [...new Set(item.enableWhen.map((condition) => condition.item))].filter((controller) => controller !== id);
    dependsOn.set(id, { controllers, path: [...path, 'enableWhen'] });
  }
  definition.scoring?.noTotalWhen?.forEach((rule, r) =>
    rule.enableWhen.forEach((condition, c) =>
      checkCondition(condition, ['scoring', 'noTotalWhen', r, 'enableWhen', c], undefined),
    ),
  );
  checkSuggestionRules(definition, checkCondition, report);
  reportLoops(dependsOn, report);
}

type CheckCondition = (condition: InputCondition, path: Path, ownerId: string | undefined) => void;

function checkSuggestionRules(definition: InstrumentDefinitionInput, checkCondition: CheckCondition, report: Report): void {
  const ids = new Set<string>();
  definition.suggestions?.forEach((rule, r) => {
    if (ids.has(rule.id)) report(['suggestions', r, 'id'], `Suggestion rule id "${rule.id}" is used more than once`);
    ids.add(rule.id);
    rule.when.forEach((condition, c) => checkCondition(condition, ['suggestions', r, 'when', c], undefined));
  });
}

/**
 * Checks one condition. Each tested question's answer codes are gathered once
 * into a set: many conditions can test one question with many options, and
 * searching its options for each would grow with their product.
 */
function conditionChecker(located: Map<string, LocatedItem>, report: Report): CheckCondition {
  const codeSets = new Map<LocatedItem['item'], Set<string>>();
  const codesOf = (item: LocatedItem['item']): Set<string> | null => {
    if (item.type !== 'yes-no' && !('options' in item)) return null;
    let codes = codeSets.get(item);
    if (!codes) {
      codes = new Set(codeList(item));
      codeSets.set(item, codes);
    }
    return codes;
  };
  return (condition, path, ownerId) => checkCondition(condition, path, ownerId, located, codesOf, report);
}

/** The answer codes as listed (repeats and all), as a message names them. */
function codeList(item: LocatedItem['item']): string[] {
  return item.type === 'yes-no' ? ['yes', 'no'] : 'options' in item ? item.options.map((option) => option.code) : [];
}

function checkCondition(
  condition: InputCondition,
  path: Path,
  ownerId: string | undefined,
  located: Map<string, LocatedItem>,
  codesOf: (item: LocatedItem['item']) => Set<string> | null,
  report: Report,
): void {
  const target = located.get(condition.item);
  if (!target) return report([...path, 'item'], `Condition refers to item "${condition.item}", which is not in the definition`);
  if (condition.item === ownerId) return report([...path, 'item'], `Item "${ownerId}" cannot depend on its own answer`);
  if (target.group) return report([...path, 'item'], `Condition refers to "${condition.item}" inside repeating group "${target.group}"; refer to a question outside any group`);
  if (target.item.type === 'group' || target.item.type === 'photo') {
    if (condition.operator !== 'answered' && condition.operator !== 'notAnswered') {
      const what = target.item.type === 'group' ? 'A repeating group' : 'A photo question';
      report([...path, 'operator'], `${what} ("${condition.item}") can only be tested with answered or notAnswered`);
    }
    return;
  }
  if (!needsValue.has(condition.operator)) {
    if (condition.value !== undefined) report([...path, 'value'], `Operator "${condition.operator}" takes no value`);
    return;
  }
  if (condition.value === undefined) return report([...path, 'value'], `Operator "${condition.operator}" needs a value to compare with`);
  const item = target.item;
  if (condition.operator === 'greaterThan' || condition.operator === 'lessThan') {
    if (!numericTypes.has(item.type)) report([...path, 'operator'], `"${condition.operator}" needs a number question; "${condition.item}" is ${item.type}`);
    else if (typeof condition.value !== 'number') report([...path, 'value'], `Compare "${condition.item}" with a number`);
    return;
  }
  const codes = codesOf(item);
  if (codes && !codes.has(String(condition.value))) {
    report([...path, 'value'], `"${condition.value}" is not an answer of "${condition.item}" (use one of: ${codeList(item).join(', ')})`);
  } else if (numericTypes.has(item.type) && typeof condition.value !== 'number') {
    report([...path, 'value'], `Compare "${condition.item}" with a number`);
  } else if ((item.type === 'text' || item.type === 'own-words' || item.type === 'date') && typeof condition.value !== 'string') {
    // A text or date answer is never a number, so the condition could never hold.
    report([...path, 'value'], `Compare "${condition.item}" with text in quotes`);
  }
}

/**
 * Reports each loop once, at the conditions of the item where it was found.
 * A depth-first walk with its own stack rather than recursion: a chain of
 * conditions can be thousands of questions long, far deeper than the call stack.
 */
function reportLoops(dependsOn: Map<string, { controllers: string[]; path: Path }>, report: Report): void {
  const done = new Set<string>();
  // The walk's current trail: each item with the next of its controllers to visit.
  const trail: { id: string; next: number }[] = [];
  const onTrail = new Map<string, number>();
  for (const start of dependsOn.keys()) {
    if (done.has(start)) continue;
    trail.push({ id: start, next: 0 });
    onTrail.set(start, 0);
    while (trail.length > 0) {
      const step = trail[trail.length - 1]!;
      const controller = dependsOn.get(step.id)!.controllers[step.next++];
      if (controller === undefined) {
        trail.pop();
        onTrail.delete(step.id);
        done.add(step.id);
        continue;
      }
      if (done.has(controller) || !dependsOn.has(controller)) continue;
      const at = onTrail.get(controller);
      if (at !== undefined) {
        report(dependsOn.get(controller)!.path, `Conditions form a loop: ${describeLoop(trail.slice(at).map((entry) => entry.id))}`);
        continue;
      }
      onTrail.set(controller, trail.length);
      trail.push({ id: controller, next: 0 });
    }
  }
}

/** `a → b → a`; a loop through hundreds of questions is shortened in the middle so the message stays readable. */
function describeLoop(ids: string[]): string {
  const shown = ids.length > 12 ? [...ids.slice(0, 6), `… (${ids.length - 11} more) …`, ...ids.slice(-5)] : ids;
  return [...shown, ids[0]!].join(' → ');
}
