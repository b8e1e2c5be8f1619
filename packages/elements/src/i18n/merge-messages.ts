/**
 * Lays a host's words over a catalogue. Only what is given changes; a message
 * that is a function may be replaced by a plain string (it then says the same
 * whatever its values). What cannot be a message — another type, a key the
 * catalogue does not have — is left out and named in `problems`, so one typo
 * in a host's overrides never blanks a form.
 */
export interface MergeResult<T> {
  value: T;
  problems: string[];
}

/** Keys never merged into an object: `result.__proto__ = …` would set its prototype and lose the words. */
export const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Words as they are now: plain objects copied, messages (strings, functions) kept. The registry keeps what a host
 * gives it and lays it over en-GB again whenever an element's words join, so without a copy a host that reused
 * its object afterwards would change words already checked, unchecked.
 */
export function copyWords<T>(words: T): T {
  if (!isPlainObject(words)) return words;
  // Object.fromEntries makes own properties, so a `__proto__` key stays a key, to be refused where the words are checked.
  return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, copyWords(value)])) as T;
}

export function mergeMessages<T extends object>(base: T, overrides: unknown, path = 'messages'): MergeResult<T> {
  const problems: string[] = [];
  if (overrides === undefined || overrides === null) return { value: base, problems };
  if (!isPlainObject(overrides)) return { value: base, problems: [`${path} must be an object`] };
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, given] of Object.entries(overrides)) {
    const at = `${path}.${key}`;
    if (unsafeKeys.has(key) || !Object.hasOwn(base, key)) {
      problems.push(`${at} is not a message`);
      continue;
    }
    const current = merged[key];
    if (given === undefined) continue;
    if (typeof current === 'function') {
      if (typeof given === 'function') merged[key] = given;
      else if (typeof given === 'string') merged[key] = () => given;
      else problems.push(`${at} must be a function or a string`);
    } else if (typeof current === 'string') {
      if (typeof given === 'string') merged[key] = given;
      else problems.push(`${at} must be a string`);
    } else if (Array.isArray(current)) {
      // A list (the options of a select, say) is replaced whole: its order and length are the host's.
      if (Array.isArray(given)) merged[key] = given;
      else problems.push(`${at} must be a list`);
    } else if (isPlainObject(current)) {
      const inner = mergeMessages(current, given, at);
      merged[key] = inner.value;
      problems.push(...inner.problems);
    } else {
      problems.push(`${at} cannot be replaced`);
    }
  }
  return { value: merged as T, problems };
}
