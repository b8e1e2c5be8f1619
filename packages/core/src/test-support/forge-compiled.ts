import { checksum } from '../definition/compile-definition.js';
import { COMPILED_DEFINITION_FORMAT, COMPILED_DEFINITION_FORMAT_VERSION } from '../definition/compiled-format.js';

/**
 * What anyone can do with the shipped code: wrap any definition as a
 * compiled one, with the checksum worked out again (the shipped code's
 * own cyrb53). The tests use it to show that only
 * `loadDefinition`, the host's decision, trusts such a wrapper.
 */
export function forgeCompiled(definition: unknown, core: string): object {
  const hash = checksum(core, JSON.stringify(definition));
  return { format: COMPILED_DEFINITION_FORMAT, formatVersion: COMPILED_DEFINITION_FORMAT_VERSION, core, hash, definition };
}
