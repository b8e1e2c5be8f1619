import type { InstrumentDefinition } from '@otforms/core';

/**
 * Whether a stored value is an unfinished episode this element can resume:
 * a persisted snapshot of the episode machine, not yet done, about the same
 * person (`subjectReference`, or none on both sides) and assessing with the
 * same instruments (id and version, in order) as it is given now. Resuming
 * another person's episode, or with other instruments, would put answers in
 * the wrong record or under the wrong questions.
 */
export function isResumableEpisode(draft: unknown, instruments: readonly InstrumentDefinition[], subjectReference: string | undefined): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const { status, context } = draft as { status?: unknown; context?: Record<string, unknown> };
  if (status !== 'active' || typeof context !== 'object' || context === null) return false;
  const saved = context.instruments;
  const options = context.options as { subjectReference?: unknown } | undefined;
  return (
    options?.subjectReference === subjectReference &&
    Array.isArray(saved) &&
    saved.length === instruments.length &&
    saved.every((instrument: { id?: unknown; version?: unknown }, index) => instrument.id === instruments[index]?.id && instrument.version === instruments[index]?.version) &&
    typeof context.draft === 'object' &&
    Array.isArray(context.assessments) &&
    typeof (context.options as { startedAt?: unknown } | undefined)?.startedAt === 'string'
  );
}
