import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createActor,
  type Actor,
  type AnyActorLogic,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
  type Subscription,
} from 'xstate';

/** How `startFromDraft` started: from the draft, afresh with no draft, or afresh because the draft could not be used. */
export type DraftStart = { outcome: 'resumed' } | { outcome: 'fresh' } | { outcome: 'unusable' } | { outcome: 'failed'; error: unknown };

export interface ActorControllerCallbacks<TLogic extends AnyActorLogic> {
  /** Every new snapshot, after the host has been asked to update: the place to autosave. */
  onSnapshot?(snapshot: SnapshotFrom<TLogic>, actor: Actor<TLogic>): void;
  /** The actor failed (an exception inside the machine). */
  onError?(error: unknown): void;
}

/**
 * The one bridge between an XState actor and a Lit host: it starts the actor,
 * re-renders the host on every snapshot and stops the actor with the host. If
 * the host is moved in the DOM (disconnected, then connected again) the actor
 * resumes from its persisted snapshot, so nothing is lost.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  #actor: Actor<TLogic> | null = null;
  #subscription: Subscription | null = null;
  #logic: TLogic | null = null;
  #input: InputFrom<TLogic> | undefined;
  #parked: unknown = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ActorControllerCallbacks<TLogic> = {},
  ) {
    host.addController(this);
  }

  get actor(): Actor<TLogic> | null {
    return this.#actor;
  }

  get snapshot(): SnapshotFrom<TLogic> | null {
    return this.#actor?.getSnapshot() ?? null;
  }

  /** Starts a new actor of `logic`, fresh from `input` or resumed from a persisted `snapshot`. */
  start(logic: TLogic, input: InputFrom<TLogic>, snapshot?: unknown): void {
    this.stop();
    this.#logic = logic;
    this.#input = input;
    const actor = createActor(logic, { input, ...(snapshot ? { snapshot: snapshot as never } : {}) });
    this.#subscription = actor.subscribe({
      next: (next) => {
        this.host.requestUpdate();
        this.callbacks.onSnapshot?.(next, actor);
      },
      error: (error) => this.callbacks.onError?.(error),
    });
    this.#actor = actor;
    actor.start();
    this.host.requestUpdate();
  }

  /**
   * Resumes a saved draft when `isResumable` accepts it, otherwise starts
   * afresh, so a bad draft never stops the form. Says which happened, and
   * why a draft there was could not be used.
   */
  startFromDraft(logic: TLogic, input: InputFrom<TLogic>, draft: unknown, isResumable: (draft: unknown) => boolean): DraftStart {
    if (draft === null || draft === undefined) {
      this.start(logic, input);
      return { outcome: 'fresh' };
    }
    if (!isResumable(draft)) {
      this.start(logic, input);
      return { outcome: 'unusable' };
    }
    try {
      this.start(logic, input, draft);
      return { outcome: 'resumed' };
    } catch (error) {
      this.start(logic, input);
      return { outcome: 'failed', error };
    }
  }

  send(event: EventFromLogic<TLogic>): void {
    this.#actor?.send(event);
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    this.#actor?.stop();
    this.#actor = null;
  }

  hostConnected(): void {
    if (this.#parked && this.#logic) this.start(this.#logic, this.#input as InputFrom<TLogic>, this.#parked);
    this.#parked = null;
  }

  hostDisconnected(): void {
    if (!this.#actor) return;
    this.#parked = this.#actor.getPersistedSnapshot();
    this.stop();
  }
}
