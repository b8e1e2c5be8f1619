/**
 * What anyone can do with the shipped code: wrap any definition as a
 * compiled one, with the checksum worked out again (cyrb53, as
 * compile-definition.ts works it out). The tests use it to show that only
 * `loadDefinition`, the host's decision, trusts such a wrapper.
 */
export function forgeCompiled(definition: unknown, core: string): object {
  const text = `otforms/compiled-definition\n1\n${core}\n${JSON.stringify(definition)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = `cyrb53:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')}`;
  return { format: 'otforms/compiled-definition', formatVersion: 1, core, hash, definition };
}
