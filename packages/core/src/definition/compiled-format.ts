export const COMPILED_DEFINITION_FORMAT = 'otforms/compiled-definition';
/** 2: the checksum is `cyrb53-utf8` (4 bytes a step); a version 1 definition is parsed in full, as any other mismatch. */
export const COMPILED_DEFINITION_FORMAT_VERSION = 2;

/** The fields of a compiled definition, each not yet trusted to be what it says. */
export type CompiledFields = Partial<Record<'format' | 'formatVersion' | 'core' | 'hash' | 'definition', unknown>>;

/**
 * The value's fields if it says it is a compiled definition (whether it is
 * intact, and whether to trust it, are the caller's questions).
 */
export function compiledFields(value: unknown): CompiledFields | undefined {
  try {
    if (typeof value !== 'object' || value === null) return undefined;
    const candidate = value as CompiledFields;
    return candidate.format === COMPILED_DEFINITION_FORMAT ? candidate : undefined;
  } catch {
    // A getter or proxy that throws: parseDefinition reports it as a DefinitionError.
    return undefined;
  }
}
