import fc from 'fast-check';
import { at, pick, type Json, type JsonObject } from './arbitrary-support.js';

/** One change to a valid definition: delete a key, replace a value, duplicate an item, or swap 2 item ids. */

type Key = string | number;

/** Every path in a JSON value, the root excluded. */
function pathsOf(value: Json, prefix: Key[] = []): Key[][] {
  if (Array.isArray(value)) return value.flatMap((child, index) => [[...prefix, index], ...pathsOf(child, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
  }
  return [];
}

function parentOf(root: Json, path: Key[]): Json {
  return path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Key, Json>)[key]!, root);
}

function itemPaths(root: JsonObject): Key[][] {
  const sections = root.sections as JsonObject[];
  return sections.flatMap((section, s) => (section.items as Json[]).map((_, i) => ['sections', s, 'items', i]));
}

export type Mutation =
  | { kind: 'delete'; seed: number }
  | { kind: 'replace'; seed: number; value: Json }
  | { kind: 'duplicate-item'; seed: number }
  | { kind: 'swap-ids'; seeds: [number, number] };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), seed: pick }),
  fc.record({ kind: fc.constant('replace' as const), seed: pick, value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('duplicate-item' as const), seed: pick }),
  fc.record({ kind: fc.constant('swap-ids' as const), seeds: fc.tuple(pick, pick) }),
);

/** Applies one mutation to a copy of a definition. */
export function mutate(definition: JsonObject, change: Mutation): JsonObject {
  const copy = structuredClone(definition);
  if (change.kind === 'delete' || change.kind === 'replace') {
    const paths = pathsOf(copy);
    const path = at(paths, change.seed);
    const parent = parentOf(copy, path) as Record<Key, Json>;
    const key = path[path.length - 1]!;
    if (change.kind === 'replace') parent[key] = change.value;
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    return copy;
  }
  const items = itemPaths(copy);
  if (change.kind === 'duplicate-item') {
    const path = at(items, change.seed);
    const list = parentOf(copy, path) as Json[];
    list.push(structuredClone(list[path[path.length - 1] as number]!));
    return copy;
  }
  const [first, second] = change.seeds.map((seed) => parentOf(copy, [...at(items, seed), 'id']) as JsonObject);
  [first!.id, second!.id] = [second!.id!, first!.id!];
  return copy;
}
