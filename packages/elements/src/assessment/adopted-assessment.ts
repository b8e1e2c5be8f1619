import type { DefinitionIssue, InstrumentDefinition } from '@otforms/core';
import type { AssessmentMachine } from '@otforms/machines';
import type { ActorRefFrom } from 'xstate';

/**
 * Why `definition` cannot render the adopted `actor`, or `null` when both are
 * the same instrument (id and version). The actor's owner chose what it runs,
 * so a mismatch is reported, never thrown, and the actor is left alone.
 */
export function adoptedInstrumentMismatch(definition: InstrumentDefinition, actor: ActorRefFrom<AssessmentMachine>): DefinitionIssue | null {
  const given = `${definition.id} version ${definition.version}`;
  let running: { id?: unknown; version?: unknown } | undefined;
  try {
    // An actor of some other machine has no instrument in its context: read it as unknown.
    running = (actor.getSnapshot() as { context?: { instrument?: { id?: unknown; version?: unknown } } }).context?.instrument;
  } catch (error) {
    return { path: '', message: `The assessment it was given to show cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!running) return { path: '', message: `The assessment it was given to show does not run an instrument; the definition is ${given}.` };
  if (running.id === definition.id && running.version === definition.version) return null;
  return {
    path: '',
    message: `The definition is ${given}, but the assessment it was given to show runs ${String(running.id)} version ${String(running.version)}.`,
  };
}
