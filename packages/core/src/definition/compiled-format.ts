export const COMPILED_DEFINITION_FORMAT = 'otforms/compiled-definition';
export const COMPILED_DEFINITION_FORMAT_VERSION = 1;

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
