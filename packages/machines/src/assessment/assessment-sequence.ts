import type { DoneActorEvent } from 'xstate';
import type { AssessmentRecord, InstrumentDefinition } from '@otforms/core';
import { createAssessmentMachine, type AssessmentMachine } from './assessment-machine.js';

/**
 * A parent machine that assesses with several definitions in turn (the
 * episode, the home visit) invokes one assessment machine per definition.
 * This is that pattern, once.
 */

export type AssessmentSrc = `assessment${number}`;

/** The key of each definition's assessment machine: children are referenced by key so a persisted parent can restore them. */
export const assessmentSrc = (index: number): AssessmentSrc => `assessment${index}`;

/** One assessment machine per definition, keyed for `setup({ actors })`. */
export function assessmentActors(definitions: readonly InstrumentDefinition[]): Record<AssessmentSrc, AssessmentMachine> {
  return Object.fromEntries(definitions.map((definition, index) => [assessmentSrc(index), createAssessmentMachine(definition)])) as Record<AssessmentSrc, AssessmentMachine>;
}

/**
 * What a host says about an assessment, and can say again when it resumes a
 * parent's draft (another OT carrying on): who is assessed, by whom, and
 * whether answers keep their whole history (`AssessmentInput`).
 */
export interface HostDetails {
  subjectReference?: string;
  assessor?: { reference?: string; role?: string };
  auditHistory?: boolean;
}

/** The host's details in `options`, and nothing else: what a parent hands on to its children. */
export function hostDetailsOf({ subjectReference, assessor, auditHistory }: HostDetails): HostDetails {
  return {
    ...(subjectReference ? { subjectReference } : {}),
    ...(assessor ? { assessor } : {}),
    ...(auditHistory === undefined ? {} : { auditHistory }),
  };
}

/**
 * A parent's options once the host's details changed (its `UPDATE_OPTIONS`),
 * as the assessment's own are: the person and the assessor as now given
 * (one not given is none), the full history kept unless named, and the rest
 * (when it started, the visit day, the goal plan's settings) as it started,
 * since the steps taken so far were shaped by it.
 */
export function withHostDetails<TOptions extends HostDetails>(options: TOptions, details: HostDetails): TOptions {
  const { subjectReference: _subject, assessor: _assessor, ...kept } = options;
  return { ...kept, ...hostDetailsOf(details) } as TOptions;
}

/** What a parent's context must hold for its children: when the next one starts, and who is assessed by whom. */
export interface AssessingContext {
  stepStartedAt: string;
  options: HostDetails;
}

/** The input a child assessment gets: it starts when the parent's step did, about the parent's person, by its assessor now. */
export function childAssessmentInput({ context }: { context: AssessingContext }) {
  return { startedAt: context.stepStartedAt, ...hostDetailsOf(context.options) };
}

/**
 * One state per definition, `instrument0` onwards, each invoking its
 * assessment under the child id `assessment` (so a view finds the one under
 * way); on each record the parent's `keepAssessment` action gets `keep(record)`
 * as its params and `noteChildProgress` runs on every child snapshot; the last
 * hands over to `after`, running `whenDone` too. The states are built at run
 * time, so TypeScript cannot tie their `src` keys to the parent's actors:
 * where they are placed they are cast (`as never`), and `keep` is typed by
 * the record it is handed instead.
 */
export function assessmentSequence<Params>(count: number, after: string, keep: (record: AssessmentRecord) => Params, whenDone: readonly string[] = []) {
  const last = count - 1;
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `instrument${index}`,
      {
        invoke: {
          id: 'assessment',
          src: assessmentSrc(index),
          input: childAssessmentInput,
          onSnapshot: { actions: 'noteChildProgress' as const },
          onDone: {
            target: index < last ? `instrument${index + 1}` : after,
            actions: [
              { type: 'keepAssessment' as const, params: ({ event }: { event: DoneActorEvent<AssessmentRecord> }) => keep(event.output) },
              ...(index < last ? [] : whenDone),
            ],
          },
        },
      },
    ]),
  );
}
