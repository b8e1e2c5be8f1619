import { draftChange, type DraftChange } from '@otforms/core';
import type { AnyActorLogic, AnyActorRef } from 'xstate';

/** Stands in for the context when only the rest of a snapshot's draft is made. */
const NO_CONTEXT = Object.freeze({});

/**
 * The snapshot a form saved last, so that the next one is saved as the change from it (core's
 * `draftChange`): an answer in a form of 3,000 items then writes that answer, not the 3,000.
 *
 * Only for a machine whose form says so (`FormMachine.draftsAsChanges`): its context holds no actors and
 * its big objects are noted copies, so a snapshot's draft holds the context as it is, but for the bucketed
 * records in it (an assessment's answers and audit), which its drafts hold flat and whose change core's
 * `draftChange` gives as the change of the flat object. xstate's own
 * `getPersistedSnapshot` walks the whole context looking for actors; here it is only given the rest.
 */
export class SavedSnapshots {
  #asChanges = false;
  #last: { actor: AnyActorRef; snapshot: unknown } | null = null;

  /** A new start: nothing saved yet, and whether its machine's drafts are saved as changes. */
  reset(asChanges: boolean): void {
    this.#asChanges = asChanges;
    this.#last = null;
  }

  /**
   * Notes `snapshot` as saved, and gives the change from the one saved before it, or null: save it whole.
   * Not `wanted` (the store keeps no changes), it is only noted.
   */
  saved(actor: AnyActorRef, snapshot: unknown, wanted = true): DraftChange | null {
    const last = this.#last;
    this.#last = { actor, snapshot };
    if (!wanted || !this.#asChanges || last?.actor !== actor) return null;
    const logic = (actor as { logic?: AnyActorLogic }).logic;
    if (!logic || hasChildren(last.snapshot) || hasChildren(snapshot)) return null;
    return draftChange(draftOf(logic, last.snapshot), draftOf(logic, snapshot));
  }
}

/** The draft of each snapshot but its context, made once: the next save compares with it again. */
const rests = new WeakMap<object, object>();

function draftOf(logic: AnyActorLogic, snapshot: unknown): unknown {
  const { context } = snapshot as { context: unknown };
  let rest = rests.get(snapshot as object);
  if (!rest) rests.set(snapshot as object, (rest = logic.getPersistedSnapshot({ ...(snapshot as object), context: NO_CONTEXT } as never) as object));
  return { ...rest, context };
}

/** Whether a snapshot has child actors: xstate persists those as they are now, not as they were. */
export function hasChildren(snapshot: unknown): boolean {
  const children = (snapshot as { children?: Record<string, unknown> } | null)?.children;
  return !!children && Object.keys(children).length > 0;
}
