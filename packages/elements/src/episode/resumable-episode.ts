import type { InstrumentDefinition } from '@otforms/core';

/**
 * Whether a stored value is an unfinished episode this element can resume:
 * a persisted snapshot of the episode machine, not yet done, that assesses
 * with the same instruments (id and version, in order) as it is given now.
 * Resuming with other instruments would show a person's answers to the
 * wrong questions.
 */
export function isResumableEpisode(draft: unknown, instruments: readonly InstrumentDefinition[]): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const { status, context } = draft as { status?: unknown; context?: Record<string, unknown> };
  if (status !== 'active' || typeof context !== 'object' || context === null) return false;
  const saved = context.instruments;
  return (
    Array.isArray(saved) &&
    saved.length === instruments.length &&
    saved.every((instrument: { id?: unknown; version?: unknown }, index) => instrument.id === instruments[index]?.id && instrument.version === instruments[index]?.version) &&
    typeof context.draft === 'object' &&
    Array.isArray(context.assessments) &&
    typeof (context.options as { startedAt?: unknown } | undefined)?.startedAt === 'string'
  );
}
