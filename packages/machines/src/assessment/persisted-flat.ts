import { bucketEntries, isBucketedRecord } from '@otforms/core';
import type { AnyStateMachine, Snapshot } from 'xstate';
import { flatAnswers, type HeldAnswers } from './held-answers.js';

type PersistedContext = { audit?: unknown; responses?: { answers?: unknown } };

/**
 * `machine`, whose persisted snapshots (its drafts, and an episode's or a visit's draft of it as a child) hold
 * the answers and the audit flat, though its context holds them bucketed (`held-answers.ts`, `answer-audit.ts`):
 * the shape that earlier versions read and that stores keep, with no buckets in it. A draft saved as a change
 * is the change of those flat objects (core's `draftChange`).
 */
export function withBucketsPersistedFlat<TMachine extends AnyStateMachine>(machine: TMachine): TMachine {
  // A copy with other implementations (xstate's `provide`) is a new machine: it persists the same way.
  const provide = machine.provide.bind(machine);
  machine.provide = ((implementations: Parameters<TMachine['provide']>[0]) => withBucketsPersistedFlat(provide(implementations))) as TMachine['provide'];
  const persist = machine.getPersistedSnapshot.bind(machine);
  machine.getPersistedSnapshot = (snapshot, options) => {
    const persisted = persist(snapshot, options) as Snapshot<unknown> & { context?: PersistedContext };
    const context = persisted.context;
    if (!context) return persisted;
    const { audit, responses } = context;
    const answers = responses?.answers;
    if (!isBucketedRecord(audit) && !isBucketedRecord(answers)) return persisted;
    // Unordered (the buckets' order): a draft's keys carry no meaning, and this runs at every whole write.
    return {
      ...persisted,
      context: {
        ...context,
        ...(isBucketedRecord(audit) ? { audit: bucketEntries(audit) } : {}),
        // Flattened once per answers object (`flatAnswers`): a parent's draft, written whole, asks on each change.
        ...(isBucketedRecord(answers) ? { responses: { ...responses, answers: flatAnswers(answers as unknown as HeldAnswers) } } : {}),
      },
    };
  };
  return machine;
}
