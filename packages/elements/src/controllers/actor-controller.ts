import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createActor,
  type ActorRefFromLogic,
  type AnyActorLogic,
  type EmittedFrom,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
  type Subscription,
} from 'xstate';
import type { DraftReading, DraftRefusalReason } from '@otforms/machines';

/**
 * How `startFromDraft` started: from the draft, afresh with no draft, or
 * afresh because the draft could not be used (with the machine's reason,
 * when its reader gave one) or failed to resume.
 */
export type DraftStart =
  | { outcome: 'resumed' }
  | { outcome: 'fresh' }
  | { outcome: 'unusable'; reason?: DraftRefusalReason; detail?: string }
  | { outcome: 'failed'; error: unknown };

export interface ActorControllerCallbacks<TLogic extends AnyActorLogic> {
  /** Every new snapshot, after the host has been asked to update: the place to autosave. */
  onSnapshot?(snapshot: SnapshotFrom<TLogic>, actor: ActorRefFromLogic<TLogic>): void;
  /** The actor failed (an exception inside the machine). */
  onError?(error: unknown): void;
  /** An event the machine emitted (`emit`), such as a failed attempt: delivered while the event that caused it is being sent. */
  onEmitted?(event: EmittedFrom<TLogic>): void;
}

/**
 * The one bridge between an XState actor and a Lit host: it re-renders the
 * host on every snapshot and sends the host's events to the actor.
 *
 * An actor it starts (`start`, `startFromDraft`) it owns: it stops it with
 * the host, and if the host is moved in the DOM (disconnected, then connected
 * again) the actor resumes from its persisted snapshot, so nothing is lost.
 *
 * An actor it adopts (`adopt`) belongs to someone else, typically a parent
 * machine that invoked it: the controller only subscribes, never stops it,
 * and picks it up again when the host is connected again.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  #actor: ActorRefFromLogic<TLogic> | null = null;
  #adopted = false;
  #subscription: Subscription | null = null;
  #listening: Subscription | null = null;
  /** The last snapshot handed to `onSnapshot`, so a re-subscription does not hand it over twice. */
  #seen: unknown = null;
  #logic: TLogic | null = null;
  #input: InputFrom<TLogic> | undefined;
  #parked: unknown = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ActorControllerCallbacks<TLogic> = {},
  ) {
    host.addController(this);
  }

  get actor(): ActorRefFromLogic<TLogic> | null {
    return this.#actor;
  }

  get snapshot(): SnapshotFrom<TLogic> | null {
    return this.#actor?.getSnapshot() ?? null;
  }

  /** True while the actor is adopted, not owned: its owner starts, stops and persists it. */
  get adopted(): boolean {
    return this.#adopted;
  }

  /** Starts a new actor of `logic`, fresh from `input` or resumed from a persisted `snapshot`. */
  start(logic: TLogic, input: InputFrom<TLogic>, snapshot?: unknown): void {
    this.stop();
    // An actor parked while the host was out of the page is replaced, not brought back over this one when it
    // returns (the host may have been given another draft meanwhile: another person's).
    this.#parked = null;
    this.#logic = logic;
    this.#input = input;
    const actor = createActor(logic, { input, ...(snapshot ? { snapshot: snapshot as never } : {}) });
    this.#subscribe(actor);
    this.#actor = actor;
    actor.start();
    this.host.requestUpdate();
  }

  /**
   * Resumes a saved draft when `read` (a machine's draft reader, such as
   * `readAssessmentDraft`, or a plain yes or no) accepts it, otherwise
   * starts afresh, so a bad draft never stops the form. Says which
   * happened, and why a draft there was could not be used.
   */
  startFromDraft(logic: TLogic, input: InputFrom<TLogic>, draft: unknown, read: (draft: unknown) => DraftReading<unknown> | boolean): DraftStart {
    if (draft === null || draft === undefined) {
      this.start(logic, input);
      return { outcome: 'fresh' };
    }
    const reading = read(draft);
    if (reading === false || (reading !== true && !reading.resumable)) {
      this.start(logic, input);
      return typeof reading === 'boolean' ? { outcome: 'unusable' } : { outcome: 'unusable', reason: reading.reason, detail: reading.detail };
    }
    try {
      this.start(logic, input, reading === true ? draft : reading.snapshot);
      return { outcome: 'resumed' };
    } catch (error) {
      this.start(logic, input);
      return { outcome: 'failed', error };
    }
  }

  /**
   * Drives an actor someone else started and owns (a child a parent machine
   * invoked, say): the host renders its snapshots and sends it events, but it
   * is never started, stopped or persisted here. Its current snapshot is
   * handed to `onSnapshot` at once. Any actor the controller had is let go
   * of first (stopped if it was its own).
   */
  adopt(actor: ActorRefFromLogic<TLogic>): void {
    this.stop();
    this.#parked = null;
    this.#logic = null;
    this.#input = undefined;
    this.#actor = actor;
    this.#adopted = true;
    this.#resubscribe();
    this.host.requestUpdate();
  }

  send(event: EventFromLogic<TLogic>): void {
    this.#actor?.send(event);
  }

  /** Stops an owned actor; an adopted one is only unsubscribed from and let go of, never stopped. */
  stop(): void {
    this.#unsubscribe();
    if (!this.#adopted) this.#actor?.stop();
    this.#actor = null;
    this.#adopted = false;
    this.#seen = null;
  }

  /** Stops the actor and forgets one parked while the host was out of the page: nothing comes back when it returns. */
  stopForGood(): void {
    this.stop();
    this.#parked = null;
  }

  hostConnected(): void {
    if (this.#adopted) this.#resubscribe();
    else if (this.#parked && this.#logic) this.start(this.#logic, this.#input as InputFrom<TLogic>, this.#parked);
    this.#parked = null;
  }

  hostDisconnected(): void {
    if (!this.#actor) return;
    // Its owner may still be running it (a parent machine, another view): let go of it, keep it to pick up again.
    if (this.#adopted) return this.#unsubscribe();
    this.#parked = this.#actor.getPersistedSnapshot();
    this.stop();
  }

  #subscribe(actor: ActorRefFromLogic<TLogic>): void {
    this.#subscription = actor.subscribe({
      next: (next) => this.#deliver(next, actor),
      error: (error) => this.callbacks.onError?.(error),
    });
    this.#listening = actor.on('*', (event) => this.callbacks.onEmitted?.(event));
  }

  /** Subscribes to the adopted actor and hands over its current snapshot, unless the host has seen it already. */
  #resubscribe(): void {
    const actor = this.#actor;
    if (!actor || this.#subscription) return;
    this.#subscribe(actor);
    // An actor that is already done or stopped never calls `next` again.
    const current = actor.getSnapshot();
    if (current !== this.#seen) this.#deliver(current, actor);
  }

  #deliver(snapshot: SnapshotFrom<TLogic>, actor: ActorRefFromLogic<TLogic>): void {
    this.#seen = snapshot;
    this.host.requestUpdate();
    this.callbacks.onSnapshot?.(snapshot, actor);
  }

  #unsubscribe(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    this.#listening?.unsubscribe();
    this.#listening = null;
  }
}
