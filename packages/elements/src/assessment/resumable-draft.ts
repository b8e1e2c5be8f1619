import type { InstrumentDefinition } from '@otforms/core';

/**
 * Whether a stored value is an unfinished assessment of exactly this
 * definition. A draft of another instrument or version is never resumed:
 * its answers could mean something else there.
 */
export function isResumableDraft(draft: unknown, definition: InstrumentDefinition): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const { status, context } = draft as { status?: unknown; context?: Record<string, unknown> };
  if (status !== 'active' || typeof context !== 'object' || context === null) return false;
  const instrument = context.instrument as { id?: unknown; version?: unknown } | undefined;
  const responses = context.responses as Record<string, unknown> | undefined;
  return (
    instrument?.id === definition.id &&
    instrument.version === definition.version &&
    typeof responses?.answers === 'object' &&
    Array.isArray(responses.notAssessed) &&
    typeof context.sectionIndex === 'number' &&
    context.sectionIndex < definition.sections.length
  );
}
