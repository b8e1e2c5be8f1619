import type { LocaleMessages } from './catalogue.js';
import { isPlainObject, unsafeKeys } from './merge-messages.js';

/**
 * An outer element's words with an inner one's laid over, by locale tag: what a
 * nested element is given. The same object while neither changes, so the
 * catalogues built from it stay cached.
 */

const mergedWords = new WeakMap<LocaleMessages, WeakMap<LocaleMessages, LocaleMessages>>();

export function combineWords(outer: LocaleMessages | undefined, inner: LocaleMessages | undefined): LocaleMessages | undefined {
  // Words that are not an object by locale tag are none (the element that was given them warns).
  if (!isPlainObject(outer)) outer = undefined;
  if (!isPlainObject(inner)) inner = undefined;
  if (!outer || !inner || outer === inner) return inner ?? outer;
  let byInner = mergedWords.get(outer);
  if (!byInner) mergedWords.set(outer, (byInner = new WeakMap()));
  let combined = byInner.get(inner);
  if (!combined) {
    combined = deepCombine(outer, inner) as LocaleMessages;
    byInner.set(inner, combined);
  }
  return combined;
}

function deepCombine(outer: unknown, inner: unknown): unknown {
  if (inner === undefined) return outer;
  if (!isPlainObject(outer) || !isPlainObject(inner)) return inner;
  const result: Record<string, unknown> = { ...outer };
  for (const [key, value] of Object.entries(inner)) {
    // An unsafe key is kept as an own property, not merged: the catalogue merge then names it in a warning.
    const combined = unsafeKeys.has(key) ? value : deepCombine(Object.hasOwn(result, key) ? result[key] : undefined, value);
    Object.defineProperty(result, key, { value: combined, enumerable: true, writable: true, configurable: true });
  }
  return result;
}
