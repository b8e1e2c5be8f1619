import * as z from 'zod/mini';
import { formatPath } from '@otforms/core';

/**
 * Why a stored draft cannot be resumed:
 * - `malformed`: not a persisted snapshot of this machine, or one with a
 *   field missing or of the wrong type (resuming it would fail, or leave a
 *   page blank);
 * - `finished`: the snapshot is of a flow that has ended (done, failed or stopped);
 * - `other-instrument`: an assessment of another instrument or version, or
 *   of a section this definition does not have;
 * - `other-instruments`: an episode assessing with other instruments, or in another order;
 * - `other-person`: an episode about another person.
 */
export type DraftRefusalReason = 'malformed' | 'finished' | 'other-instrument' | 'other-instruments' | 'other-person';

/**
 * What reading a stored draft found: a snapshot to resume (`createActor(machine,
 * { snapshot, input })`), or why not, with a sentence for developers saying
 * where (`detail`). Reading never throws.
 */
export type DraftReading<TSnapshot> =
  | { resumable: true; snapshot: TSnapshot }
  | { resumable: false; reason: DraftRefusalReason; detail: string };

/** The states a persisted snapshot can be in (XState's `status`); only an `active` one can be resumed. */
export const SnapshotStatusSchema = z.enum(['active', 'done', 'error', 'stopped']);

/**
 * The envelope XState's `getPersistedSnapshot()` writes around a machine's
 * `value` and `context`. XState reads `children` and `historyValue` when it
 * restores a snapshot; `output` and `error` are kept only for a flow that
 * has ended. A snapshot in the machine's final state (`finalValue`) cannot
 * still be `active`.
 */
export function persistedSnapshotSchema<TValue extends z.ZodMiniType, TContext extends z.ZodMiniType>(value: TValue, context: TContext, finalValue: string) {
  return z
    .object({
      status: SnapshotStatusSchema,
      value,
      context,
      children: z.record(z.string(), z.unknown()),
      historyValue: z.optional(z.record(z.string(), z.unknown())),
      output: z.optional(z.unknown()),
      error: z.optional(z.unknown()),
    })
    .check(
      // Generic over `value`, zod cannot tell that the key is always there: it is.
      z.refine((snapshot) => !(snapshot.status === 'active' && (snapshot as { value?: unknown }).value === finalValue), {
        message: `The final state "${finalValue}" cannot be under way`,
        path: ['value'],
      }),
    );
}

/**
 * Checks `stored` against `schema` and, when it fits, the further `checks`
 * (which see it typed). The snapshot handed back is `stored` itself, not a
 * parsed copy: the machine resumes exactly what it saved.
 */
export function readDraft<TSchema extends z.ZodMiniType>(
  stored: unknown,
  schema: TSchema,
  checks: (snapshot: z.output<TSchema>) => { reason: DraftRefusalReason; detail: string } | null = () => null,
): DraftReading<z.output<TSchema>> {
  const parsed = z.safeParse(schema, stored);
  if (!parsed.success) return { resumable: false, reason: 'malformed', detail: describeIssues(parsed.error.issues) };
  const refusal = checks(parsed.data);
  return refusal ? { resumable: false, ...refusal } : { resumable: true, snapshot: stored as z.output<TSchema> };
}

/** The first few problems, each at its path (`context.responses.invalidInputs: …`). */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${formatPath(issue.path) || '(the draft)'}: ${issue.message}`);
  return issues.length > shown.length ? `${shown.join('; ')}; and ${issues.length - shown.length} more` : shown.join('; ');
}

/** A refusal for a snapshot of a flow that has ended, or `null` for one still under way. */
export function refuseUnlessActive(snapshot: { status: z.output<typeof SnapshotStatusSchema> }) {
  return snapshot.status === 'active' ? null : { reason: 'finished' as const, detail: `The draft's status is "${snapshot.status}", not "active".` };
}
