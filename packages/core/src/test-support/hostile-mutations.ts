import fc from 'fast-check';
import { at, pick } from './arbitrary-support.js';

/**
 * Changes a hostile or careless author could make to a valid definition:
 * delete a field, swap a value's type, put in huge or non-finite numbers,
 * number-like strings, deep nesting, prototype keys such as `__proto__`,
 * conditions between any two questions (loops included), and long chains of
 * conditions. The definition is a plain object tree; values put in may be
 * anything JavaScript has, not only JSON.
 */

type Key = string | number;
type Tree = Record<Key, unknown>;

export const prototypeNames = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? { nested: value } : [value];
  return value;
}

const hugeNumbers = [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, -(2 ** 60), 1e16, 5e-324, -0];
const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const numberLikeStrings = ['NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x10', '1_000', '', ' ', '\u0000', 'null', 'undefined', 'true', '[]', '{}'];

/** A value to put somewhere it does not belong. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...hugeNumbers, ...nonFinite),
  fc.double(),
  fc.constantFrom(...numberLikeStrings, ...prototypeNames),
  fc.constantFrom(undefined, null, true, false, 10n, new Date(0), new Map([['a', 1]]), new Set([1]), Symbol('hostile'), () => 'function'),
  fc.constant('x'.repeat(100_000)),
  // Objects are made afresh for every use: a later mutation may change them, and must not change the next run's.
  fc.constantFrom(5_000, 50).map((depth) => deeplyNested(depth)),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => Array.from({ length: 10_000 }, (_, index) => index)),
);

export type HostileMutation =
  | { kind: 'delete'; seed: number }
  | { kind: 'replace'; seed: number; value: unknown }
  | { kind: 'swap-type'; seed: number; to: 'string' | 'number' | 'list' | 'object' | 'boolean' }
  | { kind: 'prototype-key'; seed: number; name: (typeof prototypeNames)[number]; value: unknown }
  | { kind: 'prototype-id'; seed: number; name: (typeof prototypeNames)[number] }
  | { kind: 'condition'; seeds: [number, number]; operator: 'answered' | 'notAnswered' | 'equals' | 'greaterThan'; value: unknown }
  | { kind: 'duplicate-item'; seed: number };

export const hostileMutation: fc.Arbitrary<HostileMutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), seed: pick }),
  fc.record({ kind: fc.constant('replace' as const), seed: pick, value: hostileValue }),
  fc.record({ kind: fc.constant('swap-type' as const), seed: pick, to: fc.constantFrom('string', 'number', 'list', 'object', 'boolean') as fc.Arbitrary<'string'> }),
  fc.record({ kind: fc.constant('prototype-key' as const), seed: pick, name: fc.constantFrom(...prototypeNames), value: hostileValue }),
  fc.record({ kind: fc.constant('prototype-id' as const), seed: pick, name: fc.constantFrom(...prototypeNames) }),
  fc.record({
    kind: fc.constant('condition' as const),
    seeds: fc.tuple(pick, pick),
    operator: fc.constantFrom('answered', 'notAnswered', 'equals', 'greaterThan') as fc.Arbitrary<'answered'>,
    value: fc.oneof(fc.constantFrom('yes', 'no', 0, 1, 1e308), hostileValue),
  }),
  fc.record({ kind: fc.constant('duplicate-item' as const), seed: pick }),
);

const isBranch = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);

/**
 * Every path in the tree, the root left out, found with an explicit stack and
 * no deeper than 12 levels: a deeply nested value put in by an earlier
 * mutation is a leaf here, so the test itself never recurses deeply.
 */
function pathsOf(root: Tree): Key[][] {
  const paths: Key[][] = [];
  const stack: { node: Tree; path: Key[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    for (const key of Object.keys(node)) {
      const child = node[key];
      const childPath = [...path, Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key];
      paths.push(childPath);
      // Long lists put in by an earlier mutation are leaves too: a definition's own lists are short.
      if (isBranch(child) && childPath.length < 12 && Object.keys(child).length <= 200) stack.push({ node: child, path: childPath });
    }
  }
  return paths;
}

const parentOf = (root: Tree, path: Key[]): Tree => path.slice(0, -1).reduce<Tree>((node, key) => node[key] as Tree, root);

/** The top-level items of every section, where the shape still allows finding them. */
function itemsOf(root: Tree): Tree[] {
  const sections = Array.isArray(root.sections) ? (root.sections as unknown[]) : [];
  return sections.flatMap((section) => (isBranch(section) && Array.isArray(section.items) ? (section.items as unknown[]).filter((item): item is Tree => isBranch(item) && !Array.isArray(item)) : []));
}

/**
 * The JSON of an object an earlier mutation may have made thousands of levels deep: stringifying one can run
 * out of stack in the test itself (seen once in a few dozen runs, where the test reported a RangeError of its
 * own instead of parseDefinition's verdict). Any string serves as a swapped-in value.
 */
function jsonOrTypeName(value: object | null): string {
  try {
    return JSON.stringify(value);
  } catch {
    return Array.isArray(value) ? '[array]' : '[object]';
  }
}

function swapType(value: unknown, to: HostileMutation & { kind: 'swap-type' }): unknown {
  switch (to.to) {
    case 'string':
      return typeof value === 'object' ? jsonOrTypeName(value) : String(value);
    case 'number':
      return Number(value);
    case 'list':
      return isBranch(value) ? Object.values(value) : [value];
    case 'object':
      return Array.isArray(value) ? { ...value } : { value };
    case 'boolean':
      return Boolean(value);
  }
}

/** Applies one mutation in place; a mutation that finds nothing to change changes nothing. */
export function applyHostileMutation(root: Tree, change: HostileMutation): void {
  if (change.kind === 'delete' || change.kind === 'replace' || change.kind === 'swap-type' || change.kind === 'prototype-id') {
    const paths = pathsOf(root);
    if (change.kind === 'prototype-id') {
      const ids = paths.filter((path) => ['id', 'item', 'code', 'group', 'from', 'to', 'score'].includes(String(path[path.length - 1])));
      if (ids.length === 0) return;
      const path = at(ids, change.seed);
      parentOf(root, path)[path[path.length - 1]!] = change.name;
      return;
    }
    if (paths.length === 0) return;
    const path = at(paths, change.seed);
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else parent[key] = change.kind === 'replace' ? structuredCloneOrSame(change.value) : swapType(parent[key], change);
    return;
  }
  if (change.kind === 'prototype-key') {
    const objects = [root, ...pathsOf(root).map((path) => parentOf(root, [...path, 'leaf'])).filter((node) => isBranch(node) && !Array.isArray(node))];
    // defineProperty makes even `__proto__` an own key, as JSON.parse does.
    Object.defineProperty(at(objects, change.seed), change.name, { value: structuredCloneOrSame(change.value), enumerable: true, writable: true, configurable: true });
    return;
  }
  const items = itemsOf(root);
  if (items.length === 0) return;
  if (change.kind === 'duplicate-item') {
    const sections = root.sections as { items: unknown[] }[];
    const section = at(sections.filter((candidate) => isBranch(candidate) && Array.isArray(candidate.items)), change.seed);
    section.items.push(structuredCloneOrSame(at(items, change.seed)));
    return;
  }
  const [owner, controller] = change.seeds.map((seed) => at(items, seed));
  const value = structuredCloneOrSame(change.value);
  const condition = { item: controller!.id, operator: change.operator, ...(change.operator === 'answered' || change.operator === 'notAnswered' ? {} : { value }) };
  owner!.enableWhen = [...(Array.isArray(owner!.enableWhen) ? owner!.enableWhen : []), condition];
}

function structuredCloneOrSame<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    // Functions and symbols put in by another mutation cannot be cloned: share the item instead.
    return value;
  }
}

/**
 * A chain of `length` yes-no questions added to the first section, each
 * depending on the next; `closed` makes the last depend on the first, a loop
 * through the whole chain.
 */
export function appendChain(root: Tree, length: number, closed: boolean): void {
  const sections = root.sections as { items: unknown[] }[];
  const chain = Array.from({ length }, (_, index) => ({
    id: `chain${index}`,
    type: 'yes-no',
    label: `Chain question ${index + 1}`,
    ...(index < length - 1 || closed ? { enableWhen: [{ item: `chain${(index + 1) % length}`, operator: 'equals', value: 'yes' }] } : {}),
  }));
  sections[0]!.items.push(...chain);
}
